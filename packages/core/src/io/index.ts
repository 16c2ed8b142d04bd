/** Importers for the official sources and panel files, and CSV reading and writing. */
export * from './acd.js';
export * from './brd.js';
export * from './cells.js';
export * from './column-mapping-schema.js';
export * from './country-month-deaths.js';
export * from './csv.js';
export * from './format-csv.js';
export * from './ged.js';
export * from './kathman.js';
export * from './mission-month-csv.js';
export * from './nonun.js';
export * from './nonun-interpolate.js';
export * from './panel-csv.js';
export { HeaderIndex } from './row-schema.js';
export * from './support-missions.js';

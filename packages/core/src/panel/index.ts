/** Panel helpers: the country-month builder, lags, derived variables, descriptives and dataset JSON. */
export * from './african-countries.js';
export * from './apportion-deaths.js';
export * from './build-conflict-month.js';
export * from './build-country-month.js';
export * from './country-month-evidence.js';
export * from './country-operations.js';
export * from './dataset.js';
export * from './dataset-schema.js';
export * from './derive.js';
export * from './describe-deployments.js';
export * from './evidence-sources.js';
export * from './lags.js';
export * from './nonun-filled.js';
export * from './operations-series.js';
export * from './series-lags.js';

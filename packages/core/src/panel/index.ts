/** Panel helpers: the country-month builder, lags, derived variables, descriptives and dataset JSON. */
export * from './african-countries.js';
export * from './build-country-month.js';
export * from './dataset.js';
export * from './dataset-schema.js';
export * from './derive.js';
export * from './describe-deployments.js';
export * from './lags.js';

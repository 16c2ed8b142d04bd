import { type FitResult, regressionTable } from '@peacepanel/core';

type Format = 'markdown' | 'csv' | 'latex' | 'html';

/**
 * The regression table of several models as CSV, Markdown, LaTeX or HTML, made by core's
 * `regressionTable` so the demo, the CLI and scripts export the same text.
 * @example import { fitModel, tableFromRows } from '@peacepanel/core';
 * const fit = fitModel({ formula: 'y ~ x', family: 'poisson' }, tableFromRows([{ y: 1, x: 0 }, { y: 3, x: 1 }, { y: 2, x: 2 }, { y: 6, x: 3 }]));
 * exportTable([fit], 'markdown')
 */
export function exportTable(models: readonly FitResult[], format: Format): string {
  return regressionTable([...models], format);
}

import { type FitResult, regressionTable } from '@peacepanel/core';

type Format = 'markdown' | 'csv' | 'latex' | 'html';

/**
 * The regression table of several models as CSV, Markdown, LaTeX or HTML, made by core's
 * `regressionTable` so the demo, the CLI and scripts export the same text.
 * @example exportTable([fit], 'markdown')
 */
export function exportTable(models: readonly FitResult[], format: Format): string {
  return regressionTable([...models], format);
}

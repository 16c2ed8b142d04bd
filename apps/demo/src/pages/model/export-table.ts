import { type FitResult, regressionTable } from '@peacepanel/core';

type Format = 'markdown' | 'csv' | 'latex';

/**
 * The regression table of several models as CSV, Markdown or LaTeX, made by core's
 * `regressionTable` so the demo, the CLI and scripts export the same text.
 * @example exportTable([fit], 'markdown')
 */
export function exportTable(models: readonly FitResult[], format: Format): string {
  return regressionTable([...models], format);
}

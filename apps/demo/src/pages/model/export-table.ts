import type { FitResult } from '@peacepanel/core';
import * as core from '@peacepanel/core';

type Format = 'markdown' | 'csv' | 'latex';
type RegressionTable = (models: FitResult[], format: Format) => string;

/**
 * The regression table of several models as CSV, Markdown or LaTeX, made by core's
 * `regressionTable` (docs/CONTRACTS.md) so the demo, the CLI and scripts export the same text.
 * @throws Error when the built core has no `regressionTable` yet.
 * @example exportTable([fit], 'markdown')
 */
export function exportTable(models: readonly FitResult[], format: Format): string {
  const fn = (core as unknown as { regressionTable?: RegressionTable }).regressionTable;
  if (!fn) throw new Error('this build of @peacepanel/core has no regressionTable');
  return fn([...models], format);
}

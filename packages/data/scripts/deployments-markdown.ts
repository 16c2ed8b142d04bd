/** The deployment-overlap table of the africa-cm datasheet. */
import type { DeploymentSummary } from '@peacepanel/core';

const pct = (x: number | null) => (x === null ? '–' : `${(100 * x).toFixed(1)}%`);

/** Markdown table: per year and overall, UN months, with partner, share, and months by type. */
export function deploymentMarkdown(d: DeploymentSummary): string {
  const head =
    '| year | months | none | UN only | non-UN only | both | UN troops unknown | UN months | with non-UN partner | share |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const row = (label: string, c: DeploymentSummary['overall']) =>
    `| ${label} | ${c.months} | ${c.none} | ${c.unOnly} | ${c.nonunOnly} | ${c.both} | ${c.unknown} | ${c.unMonths} | ${c.unWithPartner} | ${pct(c.shareUnWithPartner)} |`;
  return [head, ...d.byYear.map((y) => row(String(y.year), y)), row('**all**', d.overall)].join('\n');
}

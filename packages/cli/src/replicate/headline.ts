import { FIGURE_FILES } from './figures.js';
import { createFormatter } from './format.js';
import { pointer } from './json-pointer.js';
import type { ReplicationNumbers } from './numbers.js';

/**
 * The README's headline: the verdict of each claim and the partnership figure, as markdown whose
 * links are relative to `base` (the report's folder as seen from the README). Numbers come from
 * numbers.json through the formatter, like the report.
 * @example renderHeadline(replicationNumbers, 'docs/replication').length > 0 // => true
 */
export function renderHeadline(numbers: ReplicationNumbers, base: string): string {
  const f = createFormatter(numbers);
  const prefix = base === '' || base.endsWith('/') ? base : `${base}/`;
  const rows = numbers.claims.flatMap((c, i) => {
    if (c.id.startsWith('robust')) return [];
    const show = (refs: typeof c.ours) =>
      refs
        .filter((r) => r.headline !== false)
        .map((r) => `${r.label} ${f.num(r.pointer, r.style)}`)
        .join('; ');
    const ours = show(c.ours);
    const paper = show(c.paper);
    return `| ${f.str(pointer('claims', i, 'claim'))} | ${[c.paperSays, paper].filter(Boolean).join(': ')} | ${ours || '—'} | ${c.verdict} |`;
  });
  const figure =
    numbers.partnership.status === 'ok'
      ? [
          '',
          `![Predicted monthly battle deaths by UN troops, with and without a non-UN partner](${prefix}${FIGURE_FILES.partnership})`,
        ]
      : [];
  return [
    `Re-estimated with \`peacepanel replicate\` on \`${f.str('/meta/dataset/id')}\` (seed ${f.num('/meta/seed', 'plain')}). Full report, with how our data differ from the paper's: [${prefix}report.md](${prefix}report.md).`,
    '',
    '| claim | paper | ours | verdict |',
    '|---|---|---|---|',
    ...rows,
    `| The partnership interaction survives the robustness checks (re-estimated variants) | the main finding should hold | ${f.num('/summary/robustness/reproduced', 'int')} of ${f.num('/summary/robustness/variants', 'int')} variants negative and significant; ${f.num('/summary/robustness/notTestable', 'int')} not testable | see the report |`,
    ...figure,
  ].join('\n');
}

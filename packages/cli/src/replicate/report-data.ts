import { PARTNERSHIP_MODES } from '@peacepanel/core';
import { FIGURE_FILES } from './figures.js';
import type { Formatter } from './format.js';
import { pointer } from './json-pointer.js';
import type { ReplicationNumbers } from './numbers.js';
import { descriptiveReading } from './readings.js';

/**
 * The report's sections on the data: how they differ from the paper's, and the descriptives (partner
 * shares under every definition, deployment types, partnership modes and organisation types). Numbers
 * only through the formatter (see report.ts).
 */

function notRun(title: string, reason: string): string {
  return `${title}\n\n**Not run:** ${reason}`;
}

/**
 * How our data differ from the paper's, for the conflict-month main dataset.
 * @example differencesSection(createFormatter(replicationNumbers), replicationNumbers).length > 0 // => true
 */
export function differencesSection(f: Formatter, n: ReplicationNumbers): string {
  const d = n.descriptive;
  const figures =
    d.status === 'ok'
      ? ` Of the ${f.num('/descriptive/nonunFigures/present', 'int')} conflict-months with a non-UN mission present, ${f.num('/descriptive/nonunFigures/known', 'int')} have a troop figure under the strict rule (reported, or interpolated between reports) and **${f.num('/descriptive/nonunFigures/missing', 'int')} (${f.num('/descriptive/nonunFigures/missingShare', 'pct0')}) none**. Those months are left out of every model that uses strict non-UN troops (never set to zero), so the non-UN and interaction estimates rest on the missions the press reported on; the robustness rows refit with the filled figures and with presence alone.`
      : '';
  const cm = n.meta.countryMonthDataset
    ? ` The former country-month specification (\`${f.str('/meta/countryMonthDataset/id')}\`, deaths summed over a country's conflicts, months with a mission but no war included, standard errors clustered by country) is kept as a robustness row, not the headline.`
    : '';
  return [
    "## How our data differ from the paper's, and what that may do",
    '',
    'These differences are real and they matter. Read every verdict below with them in mind.',
    '',
    `- **Conflict-months in active wars, as the paper, but with apportioned deaths.** The unit is the paper's: a UCDP/PRIO conflict (intrastate or internationalised, African government) in each month of a year it is active. No conflict-linked event data exist for the whole period, so monthly deaths are ViEWS country-month state-based deaths of the countries where the conflict is fought, split between conflicts sharing a country by their share of that year's UCDP battle deaths (the dataset's datasheet gives the rule and its validation against UCDP BRD and GED). Where the split is wrong, deaths are misattributed between conflicts of one country, which adds noise to the outcome.${cm}`,
    "- **Troops by country, not by conflict zone.** UN and non-UN personnel are those deployed in the conflict's location country; where a country hosts several conflicts, each is credited with the whole deployment. This measurement error tends to pull the troop coefficients towards zero.",
    `- **Press-derived non-UN troop figures.** The paper uses researcher-coded monthly non-UN strengths. Ours were compiled from news wires and official pages (see the datasheet), interpolated between reported points under the strict rule; figures are rounded and sometimes mix troops with police.${figures} Measurement error of this kind biases the non-UN and interaction coefficients, most likely towards zero, and makes the interaction the least reliable number in this report.`,
    `- **Period.** The main specification keeps the study's period with a declared subset (\`${f.str('/models/subset')}\`): ${f.num('/models/sample/outsideSubset', 'int')} of the dataset's ${f.num('/models/sample/panelRows', 'int')} conflict-months lie outside it and are reported, not silently dropped.`,
    `- **GED version.** Our battle deaths rest on ${n.meta.dataset.gedVersion ? `UCDP GED ${f.str('/meta/dataset/gedVersion')}` : 'a UCDP GED release'} state-based events aggregated by ViEWS. We could not confirm the paper's GED release; UCDP revises past events between releases, so monthly counts, and with them the estimates, can differ from the paper's even where the unit is the same. Full source line: ${f.str('/meta/dataset/source')}`,
    `- **Dataset caveat, as the data package states it:** ${f.str('/meta/dataset/caveat')}`,
    `- **Controls.** The main model holds the controls of the study's design our data have (${n.models.controls.map((_, i) => `\`${f.str(pointer('models', 'controls', i))}\``).join(', ')}); the paper's models include further covariates, so our estimates may differ from the paper's through omitted variables as well as through the data.`,
  ].join('\n');
}

function shareTable(f: Formatter, n: ReplicationNumbers): string[] {
  const d = n.descriptive;
  if (d.status !== 'ok') return [];
  const rows = (kind: 'datasets' | 'samples') =>
    d.partnerShares[kind].flatMap((set, i) =>
      set.shares.map((_, j) => {
        const p = (k: string) => pointer('descriptive', 'partnerShares', kind, i, 'shares', j, k);
        const base = pointer('descriptive', 'partnerShares', kind, i);
        return `| \`${f.str(`${base}/dataset`)}\` | ${f.str(`${base}/label`)} (${f.num(`${base}/rows`, 'int')} rows) | ${f.str(p('label'))} | ${f.num(p('unMonths'), 'int')} | ${f.num(p('withPartner'), 'int')} | **${f.num(p('share'), 'pct1')}** |`;
      }),
    );
  return [
    `The share of UN deployment months (UN troops deployed that month) with a non-UN partner, for every definition of a partner the data allow, on both datasets and inside each model's estimation sample; the paper reports about ${f.num('/descriptive/partnerShares/paperShare', 'pct0')}. A partner with a mission but no troop figure counts as a partner only under "any mission".`,
    '',
    '| dataset | rows | partner | UN months | with partner | share |',
    '|---|---|---|---|---|---|',
    ...rows('datasets'),
    ...rows('samples'),
  ];
}

function modesTable(f: Formatter, n: ReplicationNumbers): string[] {
  const d = n.descriptive;
  if (d.status !== 'ok' || !d.modesByYear) return [];
  const keys = [...PARTNERSHIP_MODES, 'other'] as const;
  return [
    `Conflict-months by partnership mode (the dataset's \`partnership_mode\`: parallel = UN and non-UN deployed together; sequential = a hand-over between them within six months; support = the UN supports a non-UN mission without deploying troops; the study examines only parallel deployments):`,
    '',
    `![Conflict-months by partnership mode, by year](${FIGURE_FILES.modesByYear})`,
    '',
    `| year | ${keys.join(' | ')} |`,
    `|---|${keys.map(() => '---').join('|')}|`,
    ...d.modesByYear.map(
      (_, i) =>
        `| ${f.num(pointer('descriptive', 'modesByYear', i, 'year'), 'year')} | ${keys.map((k) => f.num(pointer('descriptive', 'modesByYear', i, 'counts', k), 'int')).join(' | ')} |`,
    ),
  ];
}

function orgTypesTable(f: Formatter, n: ReplicationNumbers): string[] {
  const d = n.descriptive;
  if (d.status !== 'ok' || !d.orgTypes) return [];
  return [
    'The partner by organisation type: the share of UN deployment months (UN troops the month before) with troops of each type of non-UN mission the month before (filled figures; a month can count for several types):',
    '',
    '| organisation type | UN months | with this partner | share | figure unknown |',
    '|---|---|---|---|---|',
    ...d.orgTypes.map((_, i) => {
      const p = (k: string) => pointer('descriptive', 'orgTypes', i, k);
      return `| ${f.str(p('type'))} | ${f.num(p('unMonths'), 'int')} | ${f.num(p('withPartner'), 'int')} | ${f.num(p('share'), 'pct1')} | ${f.num(p('unknown'), 'int')} |`;
    }),
  ];
}

/**
 * The descriptive section: how often the UN had a partner, by definition, year, mode and organisation type.
 * @example descriptiveSection(createFormatter(replicationNumbers), replicationNumbers).startsWith('## Descriptive') // => true
 */
export function descriptiveSection(f: Formatter, n: ReplicationNumbers): string {
  const title = '## Descriptive: how often the UN had a partner';
  const d = n.descriptive;
  if (d.status !== 'ok') return notRun(title, d.reason);
  const rows = d.byYear.map((_, i) => {
    const p = (k: string) => pointer('descriptive', 'byYear', i, k);
    return `| ${f.num(p('year'), 'year')} | ${f.num(p('unMonths'), 'int')} | ${f.num(p('unWithPartner'), 'int')} | ${f.num(p('share'), 'pct1')} | ${f.num(p('unOnly'), 'int')} | ${f.num(p('nonunOnly'), 'int')} | ${f.num(p('both'), 'int')} |`;
  });
  const unit = f.str('/descriptive/unitLabel');
  const sections = [shareTable(f, n), modesTable(f, n), orgTypesTable(f, n)].filter((s) => s.length);
  return [
    title,
    '',
    `Our main dataset covers ${f.num('/descriptive/units', 'int')} conflicts, ${f.num('/descriptive/firstYear', 'year')}–${f.num('/descriptive/lastYear', 'year')} (${f.num('/descriptive/months', 'int')} ${unit}). Of the ${f.num('/descriptive/unMonths', 'int')} ${unit} with UN troops deployed, ${f.num('/descriptive/unWithPartner', 'int')} (**${f.num('/descriptive/share', 'pct1')}**) also had a non-UN mission deployed; the paper reports about ${f.num('/paper/schumannBara/partnerShare', 'pct0')} of UN deployment months for ${f.num('/paper/schumannBara/period/first', 'year')}–${f.num('/paper/schumannBara/period/last', 'year')}. Over the whole dataset, ${f.num('/descriptive/unOnly', 'int')} ${unit} had UN troops only, ${f.num('/descriptive/nonunOnly', 'int')} a non-UN mission only, ${f.num('/descriptive/both', 'int')} both, ${f.num('/descriptive/neither', 'int')} neither, and ${f.num('/descriptive/unknownUn', 'int')} have an unknown UN troop figure. A partner here is at least one non-UN mission present, whatever its troop figure.`,
    '',
    descriptiveReading(f, n),
    '',
    ...sections.flatMap((s) => [...s, '']),
    `![Share of UN deployment months with a non-UN partner, by year](${FIGURE_FILES.shareByYear})`,
    '',
    `![${unit} by deployment type, by year](${FIGURE_FILES.monthsByType})`,
    '',
    '| year | UN months | with partner | share | UN only | non-UN only | both |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

import { readFileSync } from 'node:fs';
import { expandGrid, multiverseResult, runMultiverse, specificationCurve } from '@peacepanel/core';
import { describe, expect, it } from 'vitest';
import { multiversePanel } from '../../core/test/multiverse-panel.js';
import { MULTIVERSE_FIGURES, multiverseReportSection } from '../src/replicate/multiverse-section.js';
import type { ReplicationNumbers } from '../src/replicate/numbers.js';
import { renderReport } from '../src/replicate/report.js';

describe('the multiverse section of the replication report', () => {
  const expanded = expandGrid({
    unit: ['conflict-month'],
    nonun: ['strict', 'filled'],
    pastViolence: ['log1p-lag1'],
    fixedEffects: ['none'],
  });
  const rows = runMultiverse(expanded.specs, { 'africa-conflict-month': multiversePanel(3) });
  const result = multiverseResult(expanded, rows, { 'africa-conflict-month': 'synthetic' });

  it('draws both curves with the main specification marked and states the summary in words', () => {
    const section = multiverseReportSection(result);
    expect(section.figures.map((f) => f.file)).toEqual([
      MULTIVERSE_FIGURES.interaction,
      MULTIVERSE_FIGURES.unTroops,
    ]);
    expect(specificationCurve(result, 'interaction').points.filter((p) => p.main)).toHaveLength(1);
    for (const f of section.figures) {
      expect(f.svg).toContain('main specification');
      expect(f.svg).not.toContain('NaN');
    }
    expect(section.markdown).toMatch(/^## Robustness across every defensible specification/);
    expect(section.markdown).toContain(
      `In ${result.summary.quantities[1]!.withSign} of ${rows.length} specifications`,
    );
    expect(section.markdown).toContain(`![Specification curve: UN troops](${MULTIVERSE_FIGURES.unTroops})`);
  });

  it('goes into the report before the reproduction section through renderReport’s hook', () => {
    const numbers = JSON.parse(
      readFileSync(new URL('../../../docs/replication/numbers.json', import.meta.url), 'utf8'),
    ) as ReplicationNumbers;
    const plain = renderReport(numbers);
    const withSection = renderReport(numbers, [multiverseReportSection(result).markdown]);
    const at = withSection.indexOf('## Robustness across every defensible specification');
    expect(at).toBeGreaterThan(0);
    const lastHeading = plain.lastIndexOf('\n## ');
    expect(withSection.indexOf(plain.slice(lastHeading + 1, lastHeading + 30))).toBeGreaterThan(at);
    expect(
      withSection.replace(/## Robustness across every defensible specification[\s\S]*?\n\n(?=## )/, ''),
    ).toBe(plain);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitModel } from '../src/estimators/fit-model.js';
import { seededRng } from '../src/inference/rng.js';
import {
  CHOICE_NAMES,
  EXCLUSION_RULES,
  expandGrid,
  MAIN_CHOICES,
  MULTIVERSE_GRID,
  type MultiverseRow,
  modelOfSpec,
  multiverseContext,
  multiverseCsv,
  multiverseJson,
  multiverseResult,
  parseOnly,
  runMultiverse,
  specId,
  summarizeMultiverse,
} from '../src/multiverse/index.js';
import { tableFromDataset } from '../src/panel/dataset.js';
import { DatasetJsonSchema } from '../src/panel/dataset-schema.js';
import { MAIN_DATASET_ID, MAIN_SPEC } from '../src/partnership/main-spec.js';
import { multiversePanel } from './multiverse-panel.js';
import { thrown } from './thrown.js';

describe('the multiverse grid', () => {
  it('expands every combination and removes exactly what the declared rules match', () => {
    const g = expandGrid();
    const product = MULTIVERSE_GRID.reduce((p, c) => p * c.options.length, 1);
    expect(g.combinations).toBe(product);
    expect(g.specs.length + g.excluded.reduce((s, e) => s + e.count, 0)).toBe(product);
    // hand count: 2 units × 3 samples × 4 × 3 × 3 × 3 × 2 inference × 2 models = 2592; the
    // unavailable bootstrap removes half (1296); conflict-month × active removes 4·3·3·3·2 = 216 more
    expect(g.excluded.map((e) => [e.rule, e.count])).toEqual([
      ['inference-not-available', 1296],
      ['conflict-month-active-is-all', 216],
    ]);
    expect(g.specs.length).toBe(1080);
    expect(g.specs.length).toBeGreaterThanOrEqual(500);
    for (const s of g.specs)
      for (const r of EXCLUSION_RULES) expect(r.excludes(s.choices, MULTIVERSE_GRID)).toBe(false);
    expect(new Set(g.specs.map((s) => s.id)).size).toBe(g.specs.length);
    expect(g.specs.map((s) => s.index)).toEqual(g.specs.map((_, i) => i));
    expect(g.specs.some((s) => s.id === specId(MAIN_CHOICES))).toBe(true);
  });

  it('restricts options with --only and refuses unknown choices and options', () => {
    const g = expandGrid(parseOnly('unit=country-month,model=nb2,model=poisson,fixedEffects=none'));
    expect(
      g.specs.every((s) => s.choices.unit === 'country-month' && s.choices.fixedEffects === 'none'),
    ).toBe(true);
    expect(g.specs.length).toBe(3 * 4 * 3 * 3 * 2);
    expect(thrown(() => parseOnly('colour=red')).code).toBe('BAD_OPTION');
    expect(thrown(() => parseOnly('model')).code).toBe('BAD_OPTION');
    expect(thrown(() => expandGrid({ model: ['logit'] })).message).toContain('nb2, poisson');
  });

  it('writes the main specification as the study declares it (issue 11 §2)', () => {
    const m = modelOfSpec(MAIN_CHOICES);
    expect(m.dataset).toBe(MAIN_DATASET_ID);
    expect(m.model).toEqual(MAIN_SPEC);
    expect(modelOfSpec({ ...MAIN_CHOICES, fixedEffects: 'unit-year', nonun: 'org-type' }).model.formula).toBe(
      'battle_deaths ~ un_troops_k_lag1 * nonun_ro_k_lag1 + nonun_eu_k_lag1 + nonun_state_k_lag1 + nonun_coalition_k_lag1 + un_police_k_lag1 + un_observers_k_lag1 + log1p(battle_deaths_lag1) + conflict_duration | conflict_id + year',
    );
  });
});

const small = () =>
  expandGrid({
    nonun: ['strict', 'present'],
    pastViolence: ['log1p-lag1'],
    controls: ['none', 'police-observers-duration'],
    fixedEffects: ['none', 'unit'],
  });
const datasets = () => ({ 'africa-cm': multiversePanel(7), 'africa-conflict-month': multiversePanel(8) });

describe('running the multiverse', () => {
  it('is deterministic byte for byte, whatever the split of the run', () => {
    const g = small();
    const a = runMultiverse(g.specs, datasets());
    const half = Math.floor(g.specs.length / 2);
    const b = [
      ...runMultiverse(g.specs.slice(half), datasets(), { cacheSize: 1 }),
      ...runMultiverse(g.specs.slice(0, half), datasets()),
    ].sort((x, y) => x.index - y.index);
    const labels = { 'africa-cm': 'synthetic' };
    expect(multiverseJson(multiverseResult(g, b, labels))).toBe(
      multiverseJson(multiverseResult(g, a, labels)),
    );
    expect(multiverseCsv(b)).toBe(multiverseCsv(a));
    expect(a.filter((r) => r.ok).length).toBe(a.length);
  });

  it('keeps a failed fit as a row with its reason', () => {
    const g = small();
    const rows = runMultiverse(g.specs, {
      'africa-cm': multiversePanel(7, { drop: ['nonun_present_lag1'] }),
    });
    const present = rows.filter((r) => r.choices.nonun === 'present' && r.dataset === 'africa-cm');
    expect(present.length).toBeGreaterThan(0);
    for (const r of present) {
      expect(r.ok).toBe(false);
      expect(r.reason).toContain('nonun_present_lag1');
      expect([r.interaction, r.unTroops, r.partnership, r.n]).toEqual([null, null, null, null]);
    }
    const conflict = rows.filter((r) => r.dataset === 'africa-conflict-month');
    expect(conflict.every((r) => !r.ok && r.reason?.includes('africa-conflict-month'))).toBe(true);
    expect(rows.length).toBe(g.specs.length);
    const csv = multiverseCsv(rows);
    expect(csv.trimEnd().split('\n').length).toBe(rows.length + 1);
    const s = summarizeMultiverse(rows);
    expect(s.failed).toBe(rows.filter((r) => !r.ok).length);
    expect(s.failures.reduce((k, f) => k + f.count, 0)).toBe(s.failed);
  });

  it('builds each design once per dataset, sample and formula', () => {
    const g = small();
    const ctx = multiverseContext(datasets());
    runMultiverse(g.specs, ctx);
    // NB2 and Poisson share each formula
    expect(ctx.designs.stats).toEqual({ builds: g.specs.length / 2, hits: g.specs.length / 2 });
  });
});

describe('the summary', () => {
  const row = (
    id: string,
    model: string,
    fe: string,
    est: number | null,
    p: number,
    ratio: number,
  ): MultiverseRow => ({
    id,
    index: 0,
    choices: { ...MAIN_CHOICES, model, fixedEffects: fe },
    dataset: 'x',
    formula: 'y ~ x',
    family: 'negbin',
    ok: est !== null,
    reason: est === null ? 'failed' : null,
    n: 10,
    clusters: 5,
    nExcluded: 0,
    converged: true,
    iterations: 3,
    unTroops: est === null ? null : { estimate: est, stdError: 1, lower: est - 1, upper: est + 1, p },
    interaction: est === null ? null : { estimate: -est, stdError: 1, lower: -est - 1, upper: -est + 1, p },
    partnership:
      est === null
        ? null
        : { estimate: ratio, stdError: 1, lower: ratio / 2, upper: ratio * 2, p, un: 1, partner: 1 },
    warnings: [],
  });

  it('matches a hand count on a small grid', () => {
    const rows = [
      row('a', 'nb2', 'none', -0.3, 0.01, 0.5),
      row('b', 'nb2', 'unit', -0.1, 0.2, 2),
      row('c', 'poisson', 'none', 0.2, 0.04, 0.8),
      row('d', 'poisson', 'unit', -0.2, 0.03, 1.25),
      row('e', 'poisson', 'unit', null, 1, 1),
    ];
    const s = summarizeMultiverse(rows);
    expect([s.total, s.ok, s.failed]).toEqual([5, 4, 1]);
    expect(s.failures).toEqual([{ reason: 'failed', count: 1 }]);
    const un = s.quantities[0]!;
    // estimates −0.3, −0.2, −0.1, 0.2: median −0.15; three negative (the study's sign), two of them p < 0.05
    expect(un.median).toBeCloseTo(-0.15, 12);
    expect([un.n, un.withSign, un.significant]).toEqual([4, 3, 2]);
    expect(un.shareWithSign).toBe(0.75);
    expect(un.shareSignificantOfSign).toBeCloseTo(2 / 3, 12);
    const byModel = un.byOption.filter((o) => o.choice === 'model');
    expect(byModel.map((o) => [o.option, o.n])).toEqual([
      ['nb2', 2],
      ['poisson', 2],
    ]);
    expect(byModel[0]!.mean).toBeCloseTo(-0.2, 12);
    expect(byModel[1]!.mean).toBeCloseTo(0, 12);
    // fixed effects: none (−0.3 + 0.2)/2 = −0.05, unit (−0.1 − 0.2)/2 = −0.15: range 0.1 < model's 0.2
    expect(un.mostInfluential).toBe('model');
    const inter = s.quantities[1]!;
    expect([inter.withSign, inter.significant]).toEqual([1, 1]);
    const ratio = s.quantities[2]!;
    // ratios 0.5, 0.8, 1.25, 2: median of logs = (log 0.8 + log 1.25)/2 = 0 → 1; two below 1, both p < 0.05
    expect(ratio.median).toBeCloseTo(1, 12);
    expect([ratio.withSign, ratio.significant]).toEqual([2, 2]);
    expect(ratio.byOption.find((o) => o.choice === 'model' && o.option === 'nb2')!.mean).toBeCloseTo(1, 12);
  });
});

describe('agreement with one fit at a time', () => {
  it('three specifications picked at random (seeded) equal fitModel on the same sample', () => {
    const json = DatasetJsonSchema.parse(
      JSON.parse(readFileSync(new URL('../../data/datasets/africa-cm.json', import.meta.url), 'utf8')),
    );
    const g = expandGrid({
      unit: ['country-month'],
      nonun: ['strict'],
      pastViolence: ['log1p-lag1', 'level-lag1'],
      controls: ['none'],
    });
    const ctx = multiverseContext({ 'africa-cm': tableFromDataset(json) });
    const rng = seededRng(12, 0);
    const picked = [0, 1, 2].map(() => g.specs[rng.nextInt(g.specs.length)]!);
    const rows = runMultiverse(picked, ctx);
    rows.forEach((r, k) => {
      const m = modelOfSpec(picked[k]!.choices);
      const one = fitModel(m.model, ctx.datasets['africa-cm']!);
      const c = (term: string) => one.coefficients.find((x) => x.term === term)!;
      expect(r.ok).toBe(true);
      expect(r.n).toBe(one.n);
      expect(r.unTroops).toEqual({
        estimate: c(m.terms.un).estimate,
        stdError: c(m.terms.un).stdError,
        lower: c(m.terms.un).ciLow,
        upper: c(m.terms.un).ciHigh,
        p: c(m.terms.un).p,
      });
      expect(r.interaction?.estimate).toBe(c(m.terms.interaction).estimate);
      expect(r.interaction?.stdError).toBe(c(m.terms.interaction).stdError);
      // the ratio at (U, P) against (U, 0) is exp(P·β_nonun + U·P·β_int)
      const p = r.partnership!;
      expect(Math.log(p.estimate)).toBeCloseTo(
        p.partner * c(m.terms.nonun).estimate + p.un * p.partner * c(m.terms.interaction).estimate,
        10,
      );
    });
    expect(new Set(picked.map((s) => s.id)).size).toBe(3);
    expect(CHOICE_NAMES.length).toBe(8);
  });
});

describe('the asynchronous fit of a specification', () => {
  it('gives the same row bit for bit as the synchronous one, and is cancellable', async () => {
    const { fitSpec, fitSpecAsync } = await import('../src/multiverse/index.js');
    const g = small();
    const spec = g.specs.find(
      (s) => s.choices.unit === 'country-month' && s.choices.fixedEffects === 'unit',
    )!;
    const a = fitSpec(spec, multiverseContext(datasets()));
    const b = await fitSpecAsync(spec, multiverseContext(datasets()));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const controller = new AbortController();
    controller.abort();
    const e = await fitSpecAsync(spec, multiverseContext(datasets()), { signal: controller.signal }).catch(
      (x) => x,
    );
    expect(e.code).toBe('CANCELLED');
  });
});

// Test helper: a small synthetic panel with every column of the conflict-month contract the multiverse
// grid reads (seeded; NB2 outcomes), with both unit columns: `country` (string) and `conflict_id` (number).
import type { Column, Table } from '../src/table.js';
import { gamma, mulberry32, poisson } from './fit-simulate.js';

export function multiversePanel(
  seed: number,
  opts: { units?: number; months?: number; drop?: string[] } = {},
): Table {
  const units = opts.units ?? 24;
  const months = opts.months ?? 36;
  const u = mulberry32(seed);
  const n = units * months;
  const num = (name: string) => [name, new Float64Array(n)] as const;
  const cols = new Map<string, Float64Array>(
    [
      'year',
      'month',
      'conflict_active',
      'battle_deaths',
      'battle_deaths_lag1',
      'battle_deaths_mean3_lag1',
      'un_troops_k_lag1',
      'un_police_k_lag1',
      'un_observers_k_lag1',
      'nonun_troops_k_lag1',
      'nonun_filled_k_lag1',
      'nonun_present_lag1',
      'nonun_ro_k_lag1',
      'nonun_eu_k_lag1',
      'nonun_state_k_lag1',
      'nonun_coalition_k_lag1',
      'conflict_duration',
      'conflict_id',
    ].map(num),
  );
  const set = (name: string, i: number, v: number) => {
    (cols.get(name) as Float64Array)[i] = v;
  };
  const unitNames: string[] = [];
  const ym: string[] = [];
  for (let g = 0; g < units; g++) {
    const level = 2 * u();
    const hasUn = u() < 0.6;
    const hasPartner = u() < 0.5;
    for (let t = 0; t < months; t++) {
      const i = g * months + t;
      const year = 2016 + Math.floor(t / 12);
      unitNames.push(`c${String(g + 1).padStart(2, '0')}`);
      ym.push(`${year}-${String((t % 12) + 1).padStart(2, '0')}`);
      set('year', i, year);
      set('month', i, (t % 12) + 1);
      set('conflict_id', i, 100 + g);
      set('conflict_active', i, u() < 0.7 ? 1 : 0);
      const un = hasUn ? Math.round(40 * u()) / 4 : 0;
      const nonun = hasPartner ? Math.round(20 * u()) / 4 : 0;
      const lag = Math.floor(30 * u() * level);
      set('un_troops_k_lag1', i, un);
      set('un_police_k_lag1', i, un * 0.1 * u());
      set('un_observers_k_lag1', i, 0.05 * u());
      set('nonun_troops_k_lag1', i, nonun);
      set('nonun_filled_k_lag1', i, nonun + (hasPartner ? 0.5 : 0));
      set('nonun_present_lag1', i, nonun > 0 ? 1 : 0);
      set('nonun_ro_k_lag1', i, nonun * 0.6);
      set('nonun_eu_k_lag1', i, nonun * 0.1 * u());
      set('nonun_state_k_lag1', i, nonun * 0.3 * u());
      set('nonun_coalition_k_lag1', i, 0);
      set('battle_deaths_lag1', i, lag);
      set('battle_deaths_mean3_lag1', i, lag * (0.5 + u()));
      set('conflict_duration', i, t);
      const mu = Math.exp(0.5 + level + 0.3 * Math.log1p(lag) - 0.05 * un - 0.02 * un * nonun + 0.03 * nonun);
      set('battle_deaths', i, poisson((mu * gamma(2, u)) / 2, u));
    }
  }
  const columns: Record<string, Column> = {
    country: { kind: 'string', values: unitNames },
    ym: { kind: 'string', values: ym },
  };
  for (const [name, values] of cols) columns[name] = { kind: 'number', values };
  for (const d of opts.drop ?? []) delete columns[d];
  return { n, columns };
}

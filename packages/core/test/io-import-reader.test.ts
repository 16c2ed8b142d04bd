// The one reader behind the importers (io/import-reader.ts): columns found by definition, in order,
// with aliases and optional columns; cells read with located errors.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readImport } from '../src/io/import-reader.js';
import { thrown } from './thrown.js';

const COLUMNS = {
  id: 'mission_id',
  troops: ['troops', 'troop'],
  start: 'start_ym',
  note: { optional: 'note' },
} as const;

describe('readImport', () => {
  it('reads fields through aliases and optional columns', () => {
    const { rows, file } = readImport(
      'troop,mission_id,start_ym\n12,A, 2001-03\n',
      { file: 'm.csv' },
      COLUMNS,
    );
    const row = rows[0]!;
    expect(file).toBe('m.csv');
    expect(row.line).toBe(2);
    expect(row.text('id')).toBe('A');
    expect(row.number('troops')).toBe(12);
    expect(row.yearMonth('start')).toEqual({ year: 2001, month: 3 });
    expect(row.has('note')).toBe(false);
    expect(row.cell('note')).toBe('');
    // errors name the definition's first name for the column, at the row's line
    expect(row.loc('troops')).toEqual({ file: 'm.csv', line: 2, column: 'troops' });
  });

  it('names the first missing column in the definition order', () => {
    const e = thrown(() => readImport('x,start_ym\n1,2001-01\n', { file: 'm.csv' }, COLUMNS));
    expect(e.code).toBe('MISSING_COLUMN');
    expect(e.message).toContain('mission_id');
  });

  it('locates bad cells and broken rules', () => {
    const { rows } = readImport('mission_id,troops,start_ym\nA,many,2001-13\nB,-3,2001-01\n', {}, COLUMNS);
    const bad = thrown(() => rows[0]!.number('troops'));
    expect(bad.message).toContain('"many"');
    expect(bad.location).toMatchObject({ line: 2, column: 'troops' });
    expect(thrown(() => rows[0]!.yearMonth('start')).code).toBe('OUT_OF_RANGE');
    const rule = z.object({ troops: z.number().nonnegative() });
    const e = thrown(() => rows[1]!.validate(rule, { troops: rows[1]!.number('troops') }));
    expect(e.code).toBe('BAD_VALUE');
    expect(e.message).toContain('Too small: expected number to be >=0');
  });
});

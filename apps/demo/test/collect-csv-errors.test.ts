import type { ErrorValue, Result } from '@peacepanel/worker';
import { describe, expect, it } from 'vitest';
import { collectCsvErrors } from '../src/services/collect-csv-errors.js';

/** A stand-in importer: the first line (1-based) containing "bad" is an error; "HEADER?" is a file-level error. */
async function fakeValidate(text: string): Promise<Result<number>> {
  const lines = text.split('\n');
  if (lines[0] === 'HEADER?') return { ok: false, code: 'MISSING_COLUMN', message: 'no column' };
  const i = lines.findIndex((l) => l.includes('bad'));
  if (i < 0) return { ok: true, value: lines.filter((l) => l !== '').length - 1 };
  const e: ErrorValue = {
    ok: false,
    code: 'BAD_VALUE',
    message: `bad on ${i + 1}`,
    location: { line: i + 1, column: 'x' },
  };
  return e;
}

describe('collectCsvErrors', () => {
  it('returns the value when the file is fine', async () => {
    expect(await collectCsvErrors('h\n1\n2', fakeValidate)).toEqual({ ok: true, value: 2 });
  });
  it('finds every bad row with its original line number', async () => {
    const r = await collectCsvErrors('h\n1\nbad\n2\nbad\nbad', fakeValidate);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.location?.line)).toEqual([3, 5, 6]);
  });
  it('stops at a file-level error and at the cap', async () => {
    const header = await collectCsvErrors('HEADER?\nbad', fakeValidate);
    expect(header.ok ? 0 : header.errors.length).toBe(1);
    const many = await collectCsvErrors(['h', ...Array(40).fill('bad')].join('\n'), fakeValidate, 5);
    expect(many).toMatchObject({ ok: false, truncated: true });
    expect(many.ok ? 0 : many.errors.length).toBe(5);
  });
});

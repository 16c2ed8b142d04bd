import * as z from 'zod/mini';
import type { ColumnMapping } from '../types/column-mapping.js';
import type { TypesEqual } from '../types/type-equality.js';
import { ensureEnglishZodMessages } from '../zod-english.js';

ensureEnglishZodMessages();

/**
 * How the columns of a user's panel file map onto peacepanel's names. Every field is optional; a
 * mapped column appears in the table under the target name (`country`, `ym`, `battle_deaths`, or the
 * key in `regressors`) instead of its own.
 */
export const ColumnMappingSchema = z.object({
  /** The panel unit (becomes `country`). Default: `country`, else `iso3`, `unit`, `conflict_id`. */
  unit: z.optional(z.string().check(z.minLength(1))),
  /** A `YYYY-MM` (or `YYYY-MM-DD`) column (becomes `ym`). Default: `ym`, else `year` + `month`. */
  time: z.optional(z.string().check(z.minLength(1))),
  /** Year and month columns, used when there is no `time` column. */
  year: z.optional(z.string().check(z.minLength(1))),
  month: z.optional(z.string().check(z.minLength(1))),
  /** The outcome (becomes `battle_deaths`); must be numeric. */
  outcome: z.optional(z.string().check(z.minLength(1))),
  /** Target name → source column, e.g. `{ un_troops: "UN_troops_total" }`; each must be numeric. */
  regressors: z.optional(z.record(z.string(), z.string())),
});
export type { ColumnMapping };

/** Compile-time check: the schema validates exactly the declared `ColumnMapping`. */
true satisfies TypesEqual<z.infer<typeof ColumnMappingSchema>, ColumnMapping>;

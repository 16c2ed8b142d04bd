import * as z from 'zod/mini';
import type { DatasetJson } from '../types/dataset-json.js';
import type { TypesEqual } from '../types/type-equality.js';
import { ensureEnglishZodMessages } from '../zod-english.js';

ensureEnglishZodMessages();

/**
 * A bundled dataset as stored in `packages/data/datasets/<id>.json`: metadata plus columnar values
 * (compact, and cheap to turn into a `Table`). Numeric missing values are `null` in JSON.
 */
export const DatasetJsonSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** Bumped whenever the build changes the values or columns. */
  version: z.string().check(z.minLength(1)),
  title: z.string(),
  /** Citation line(s) of the sources. */
  source: z.string(),
  /** Coverage caveat shown next to any chart made from it. */
  caveat: z.string(),
  /** Licence of the dataset as a whole (the most restrictive of its sources). */
  license: z.optional(z.string()),
  n: z.optional(z.int().check(z.nonnegative())),
  columns: z.array(
    z.discriminatedUnion('kind', [
      z.object({ name: z.string(), kind: z.literal('number'), values: z.array(z.nullable(z.number())) }),
      z.object({ name: z.string(), kind: z.literal('string'), values: z.array(z.nullable(z.string())) }),
    ]),
  ),
});

export type { DatasetJson };

/** Compile-time check: the schema validates exactly the declared `DatasetJson`. */
true satisfies TypesEqual<z.infer<typeof DatasetJsonSchema>, DatasetJson>;

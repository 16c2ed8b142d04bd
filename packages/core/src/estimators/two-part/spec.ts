import * as z from 'zod/mini';
import { PeacepanelError } from '../../errors.js';
import { ensureEnglishZodMessages } from '../../zod-english.js';

ensureEnglishZodMessages();

/** The zero-inflated and hurdle models, as the CLI's `--model` names them. */
export const TWO_PART_MODELS = ['zip', 'zinb', 'hurdle-poisson', 'hurdle-nb'] as const;
export type TwoPartModelName = (typeof TWO_PART_MODELS)[number];

/**
 * A zero-inflated or hurdle model specification. `formula` is pscl's `y ~ count terms | zero terms`
 * (without `|`, the zero part uses the count terms); here `|` never means fixed effects.
 */
export const TwoPartSpecSchema = z.object({
  formula: z.string().check(z.minLength(3)),
  model: z.enum(TWO_PART_MODELS),
  /** `model`: inverse observed information (pscl); `robust`: sandwich (HC0); `cluster`: sandwich::vcovCL (one or two columns). */
  vcov: z._default(z.enum(['model', 'robust', 'cluster']), 'model'),
  /** One cluster column, or two for Cameron–Gelbach–Miller two-way clustering. */
  cluster: z.optional(z.array(z.string()).check(z.minLength(1), z.maxLength(2))),
  /** Panel unit and time columns, needed by `lag()`. */
  unit: z.optional(z.string()),
  time: z.optional(z.string()),
  ciLevel: z._default(z.number().check(z.gt(0.5), z.lt(1)), 0.95),
  maxIter: z._default(z.int().check(z.positive()), 100),
  tol: z._default(z.number().check(z.positive()), 1e-10),
});

/** A validated two-part model specification (defaults filled in). */
export type TwoPartSpec = z.infer<typeof TwoPartSpecSchema>;
/** What callers may pass: defaults optional. */
export type TwoPartSpecInput = z.input<typeof TwoPartSpecSchema>;

/**
 * Validates a two-part spec.
 * @throws PeacepanelError `BAD_SPEC` naming the field.
 * @example parseTwoPartSpec({ formula: 'y ~ x | z', model: 'zinb' }).vcov // => 'model'
 */
export function parseTwoPartSpec(spec: TwoPartSpecInput): TwoPartSpec {
  const parsed = z.safeParse(TwoPartSpecSchema, spec);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PeacepanelError(
      'BAD_SPEC',
      `model spec: ${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}`,
      { fix: `see TwoPartSpecSchema; model is one of ${TWO_PART_MODELS.join(', ')}` },
    );
  }
  if (parsed.data.vcov === 'cluster' && !parsed.data.cluster)
    throw new PeacepanelError('BAD_SPEC', 'vcov "cluster" needs a cluster column', {
      fix: 'set cluster (CLI: --cluster COLUMN or --cluster A,B) or choose another vcov',
    });
  return parsed.data;
}

/**
 * True when `A` and `B` are the same type (mutually assignable is not enough: optional vs required
 * fields count). Used to check, at compile time, that a zod schema's inferred type equals the declared
 * one: `true satisfies TypesEqual<z.infer<typeof Schema>, Declared>` fails to typecheck otherwise.
 * Reference: the identity check used by type-testing libraries (e.g. `expect-type`'s `Equal`).
 * @example true satisfies TypesEqual<{ a: number }, { a: number }>;
 */
export type TypesEqual<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

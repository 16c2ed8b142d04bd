import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * `zod/mini` (the functional build of zod that core's browser-facing schemas use, because it
 * tree-shakes to a fraction of classic zod) ships no messages: an issue reads "Invalid input" until a
 * locale is configured. This registers zod's English locale, as classic zod does on first use, so
 * the messages our errors quote ("Too small: expected string to have >=3 characters") are the same
 * from either build. A locale the application configured itself is kept.
 * Reference: https://zod.dev/packages/mini (locales), zod's `v4/classic/schemas` `_ensureDefaultLocale`.
 * @example ensureEnglishZodMessages(); ModelSpecSchema.safeParse({}).error?.issues[0]?.message
 * // 'Invalid input: expected string, received undefined'
 */
export function ensureEnglishZodMessages(): void {
  if (!z.config().localeError) z.config(en());
}

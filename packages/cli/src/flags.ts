import { messages } from '@peacepanel/core';

/**
 * The flag reader every subcommand uses: `--flag value`, `--flag=value` and boolean flags.
 * @throws PeacepanelError BAD_OPTION for an unknown flag or a flag without its value.
 * @example readFlags('export', ['--format=csv', '--derived'], { values: ['--format'], booleans: ['--derived'] })
 */
export function readFlags(
  command: string,
  argv: readonly string[],
  spec: { values: readonly string[]; booleans?: readonly string[] },
): { values: Map<string, string>; booleans: Set<string> } {
  const values = new Map<string, string>();
  const booleans = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const [flag, inline] = a.includes('=') ? (a.split(/=(.*)/s, 2) as [string, string]) : [a, undefined];
    if (spec.booleans?.includes(flag)) {
      booleans.add(flag);
      continue;
    }
    if (!spec.values.includes(flag)) throw messages.unknownOption(command, flag);
    const v = inline ?? argv[++i];
    if (v === undefined || v === '') throw messages.badOption(flag, '', 'given a value');
    values.set(flag, v);
  }
  return { values, booleans };
}

/**
 * Checks that a flag's value is one of the allowed words.
 * @throws PeacepanelError BAD_OPTION naming the flag and the allowed values.
 * @example oneOf('--family', 'poisson', ['negbin', 'poisson']) // => 'poisson'
 */
export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw messages.badOption(flag, value, `one of ${allowed.join(', ')}`);
  return value as T;
}

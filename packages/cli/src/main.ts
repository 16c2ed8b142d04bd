import { formatError, isUserError, messages, type PeacepanelError, VERSION } from '@peacepanel/core';
import type { CliIo } from './command.js';
import { commands } from './commands/index.js';
import { ioReason } from './dataset-files.js';

/**
 * A file-system failure (ENOENT, EACCES, ENOSPC, …) that escaped a command is the user's input, not a
 * bug: it becomes a one-line error naming the path and the system's reason.
 */
function ioErrorOf(e: unknown): PeacepanelError | undefined {
  const err = e as NodeJS.ErrnoException;
  if (!(e instanceof Error) || typeof err.code !== 'string' || !/^E[A-Z]+$/.test(err.code)) return undefined;
  return messages.ioFailure(err.path ?? '', err.syscall ?? 'access', ioReason(e));
}

const defaultIo: CliIo = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

function helpText(): string {
  const width = Math.max(8, ...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `peacepanel ${VERSION}: partnership peacekeeping evidence from real data`,
    '',
    'Usage: peacepanel <command> [options]',
    '',
    'Commands:',
    ...(lines.length ? lines : ['  (none yet)']),
    '',
    'Options:',
    '  --help, -h     show this help (or `peacepanel <command> --help`)',
    '  --version, -v  print the version',
    '',
    'Exit codes: 0 success, 1 internal error, 2 a mistake in the input or the command line.',
  ].join('\n');
}

/**
 * Runs the CLI with the given arguments and returns the exit code (0 ok, 1 internal error,
 * 2 user mistake). User mistakes print one line without a stack trace.
 * @example await main(['--version']) // prints "0.1.0", returns 0
 */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.out(helpText());
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.out(VERSION);
    return 0;
  }
  const cmd = commands.find((c) => c.name === first);
  if (!cmd) {
    io.err(`peacepanel: ${formatError(messages.unknownCommand(first))}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(cmd.usage);
    return 0;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    const user = isUserError(e) ? e : ioErrorOf(e);
    if (user) {
      io.err(`peacepanel ${cmd.name}: ${formatError(user)}`);
      return 2;
    }
    io.err(
      `peacepanel ${cmd.name}: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
    );
    return 1;
  }
}

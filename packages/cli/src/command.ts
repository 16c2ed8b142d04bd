/** The shape of one CLI subcommand. Each lives in its own file under `commands/`. */
export interface Command {
  /** The word typed after `peacepanel`. */
  name: string;
  /** One line for `--help`. */
  summary: string;
  /** Full usage text for `peacepanel <name> --help`. */
  usage: string;
  /** Runs the command; returns the exit code. Throws `PeacepanelError` for user mistakes (exit 2). */
  run(argv: string[], io: CliIo): Promise<number>;
}

/** Output streams, injectable for tests. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

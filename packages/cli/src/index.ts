/**
 * @peacepanel/cli: the `peacepanel` command line (bin `peacepanel`) and the replication report it
 * writes, on top of the library `@peacepanel/core`.
 */

export type { CliIo, Command } from './command.js';
export { main } from './main.js';
export * from './replicate/index.js';

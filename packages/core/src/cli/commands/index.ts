import type { Command } from '../command.js';
import { fitCommand } from './fit.js';
import { replicateCommand } from './replicate.js';

/** Every subcommand, in the order `--help` lists them. Add new commands here. */
export const commands: Command[] = [fitCommand, replicateCommand];

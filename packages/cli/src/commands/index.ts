import type { Command } from '../command.js';
import { buildPanelCommand } from './build-panel.js';
import { datasetsCommand } from './datasets.js';
import { describeCommand } from './describe.js';
import { exportCommand } from './export.js';
import { fitCommand } from './fit.js';
import { multiverseCommand } from './multiverse.js';
import { replicateCommand } from './replicate.js';

/** Every subcommand, in the order `--help` lists them. Add new commands here. */
export const commands: Command[] = [
  fitCommand,
  replicateCommand,
  multiverseCommand,
  datasetsCommand,
  exportCommand,
  describeCommand,
  buildPanelCommand,
];

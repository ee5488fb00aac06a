import type { Command } from 'commander';
import { registerDriftCommand } from './drift/command';
import { registerFairnessCommand } from './fairness/command';
import { registerImportCommands } from './import/command';
import { registerReportCommand } from './report/command';

/**
 * Every command, defined up front (help lists them all) but loaded lazily: each definition imports
 * its code only when its command runs, so `sprintlab --help` reads no parser or statistics module.
 */
export function registerCommands(program: Command): void {
  registerImportCommands(program);
  registerDriftCommand(program);
  registerFairnessCommand(program);
  registerReportCommand(program);
}

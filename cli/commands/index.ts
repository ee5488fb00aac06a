import type { Command } from 'commander';
import { registerImportAgileCommands } from './import-agile';
import { registerImportMlCommands } from './import-ml';
import { registerDriftCommands } from './drift';
import { registerFairnessCommands } from './fairness';
import { registerReportCommands } from './report';

/** Each capability adds its commands here, one register function per file in cli/commands/. */
export function registerCommands(program: Command): void {
  void program;
  registerFairnessCommands(program);
  registerDriftCommands(program);
  registerImportAgileCommands(program);
  registerImportMlCommands(program);
  registerReportCommands(program);
}

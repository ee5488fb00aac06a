import type { Command } from 'commander';

/** Each capability adds its commands here, one register function per file in cli/commands/. */
export function registerCommands(program: Command): void {
  void program;
}

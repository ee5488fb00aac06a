import type { Command } from 'commander';

type Register = (program: Command) => void;

/**
 * Each capability adds its commands here: the command name and the modules that register it.
 * Only the modules of the command being run are loaded (a drift run in a pipeline should not pay
 * for the report renderer); help and unknown commands load them all.
 */
const commandModules: Record<string, (() => Promise<Register>)[]> = {
  fairness: [async () => (await import('./fairness')).registerFairnessCommands],
  drift: [async () => (await import('./drift')).registerDriftCommands],
  import: [async () => (await import('./import-agile')).registerImportAgileCommands, async () => (await import('./import-ml')).registerImportMlCommands],
  report: [async () => (await import('./report')).registerReportCommands],
};

export async function registerCommands(program: Command, argv: readonly string[] = process.argv): Promise<void> {
  const name = argv[2];
  const loaders = name && commandModules[name] ? commandModules[name] : Object.values(commandModules).flat();
  for (const register of await Promise.all(loaders.map((load) => load()))) register(program);
}

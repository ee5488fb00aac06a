import path from 'node:path';
import { backupExtension, deepLinkScheme, parseDeepLink, type DeepLink } from '@shared/ipc';

/** What a launch, a second launch or the OS (open-url, open-file) asks the app to open. */
export type LaunchTarget = { kind: 'link'; link: DeepLink } | { kind: 'backup'; path: string };

export interface ArgvOptions {
  /** The working directory of the launch, for relative file paths. */
  cwd: string;
  /**
   * Leading arguments that are not the user's: the executable, and in an unpackaged build
   * also the app's path (`electron .`).
   */
  skip: number;
}

/** One argument: a sprintlab:// link, a path to a .sprintlab backup, or nothing of ours. */
export function launchTargetOf(arg: string, cwd: string): LaunchTarget | null {
  if (arg.toLowerCase().startsWith(`${deepLinkScheme}:`)) {
    const link = parseDeepLink(arg);
    return link ? { kind: 'link', link } : null;
  }
  if (arg.toLowerCase().endsWith(`.${backupExtension}`)) return { kind: 'backup', path: path.resolve(cwd, arg) };
  return null;
}

/**
 * The targets in a command line (process.argv, or a second instance's). Switches such as
 * --no-sandbox or Chromium's own (--original-process-start-time=…) are never targets; other
 * arguments are ignored unless they are a valid link or a .sprintlab path.
 */
export function launchTargetsFromArgv(argv: readonly string[], options: ArgvOptions): LaunchTarget[] {
  const targets: LaunchTarget[] = [];
  for (const arg of argv.slice(options.skip)) {
    if (arg.startsWith('-')) continue;
    const target = launchTargetOf(arg, options.cwd);
    if (target) targets.push(target);
  }
  return targets;
}

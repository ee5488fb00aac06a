import type { Command } from 'commander';

/** Every command's help ends with what its exit codes mean, so a pipeline author need not guess. */
export function exitCodes(command: Command, codes: Record<0 | 1 | 2, string | null>): Command {
  const lines = Object.entries(codes)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([code, meaning]) => `  ${code}  ${meaning}`);
  return command.addHelpText('after', `\nExit codes:\n${lines.join('\n')}`);
}

/** What exit code 2 always means. */
export const USAGE_OR_INPUT = 'bad usage or unreadable input (the message says which file and why)';

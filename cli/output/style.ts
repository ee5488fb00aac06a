// How the CLI writes for people: colour only where a person is looking, counted nouns, one error prefix.

/** Colour for a stream: a terminal that supports it (Node's check honours NO_COLOR, FORCE_COLOR and TERM=dumb), never a pipe or a file. */
export function colourFor(stream: { isTTY?: boolean; hasColors?: () => boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && (stream.hasColors?.() ?? false);
}

const sgr = (open: number, close: number) => (on: boolean, text: string) => (on ? `\u001b[${open}m${text}\u001b[${close}m` : text);
export const red = sgr(31, 39);
export const yellow = sgr(33, 39);
export const bold = sgr(1, 22);

/** "1 run", "2 runs", "0 runs"; irregular nouns pass their plural. */
export const count = (n: number, noun: string, plural = `${noun}s`): string => `${n} ${n === 1 ? noun : plural}`;

/** The one prefix for everything the CLI says on stderr: `sprintlab: <message>`, `sprintlab: warning: <message>`. */
export function errorLine(message: string, stream: NodeJS.WriteStream = process.stderr): string {
  return `${bold(colourFor(stream), 'sprintlab:')} ${message}\n`;
}

export function warningLine(message: string, stream: NodeJS.WriteStream = process.stderr): string {
  return `${bold(colourFor(stream), 'sprintlab:')} ${yellow(colourFor(stream), 'warning:')} ${message}\n`;
}

export const warn = (message: string): void => {
  process.stderr.write(warningLine(message));
};

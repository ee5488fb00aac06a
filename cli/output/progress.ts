// Progress for long work (an MLflow server import, a large drift run), on stderr so stdout stays the
// result. Shown on a terminal, or everywhere with --progress; never with --no-progress.

let forced: boolean | undefined;

/** Set from the global --progress / --no-progress flag. */
export function setProgress(choice: boolean | undefined): void {
  forced = choice;
}

export const progressShown = (): boolean => forced ?? process.stderr.isTTY === true;

/** One progress line: rewritten in place on a terminal, one line each otherwise (logs stay readable). */
export function progress(message: string): void {
  if (!progressShown()) return;
  if (process.stderr.isTTY) process.stderr.write(`\r\u001b[2K${message}`);
  else process.stderr.write(`sprintlab: ${message}\n`);
}

/** Ends a line of in-place progress so what follows starts on a clean line. */
export function progressDone(): void {
  if (progressShown() && process.stderr.isTTY) process.stderr.write('\r\u001b[2K');
}

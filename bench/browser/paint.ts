// Timing helpers shared by the view benches: when a frame is painted, and a keystroke as React sees it.

/** When the frame holding the current DOM was painted: the next animation frame, then the task after it. */
export const paintedAt = () => new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));

/** Resolves at the first animation frame where `done()` holds (or rejects after `timeoutMs`). */
export const untilFrame = (done: () => boolean, what: string, timeoutMs = 120_000) =>
  new Promise<void>((resolve, reject) => {
    const started = performance.now();
    const tick = () => {
      if (done()) return resolve();
      if (performance.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${what}`));
      requestAnimationFrame(tick);
    };
    tick();
  });

/** One keystroke into a controlled input: React tracks the value through the native setter, then reads the `input` event. */
export function typeInto(input: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Choose a file in an `<input type=file>`, as the file dialog does. */
export function chooseFile(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

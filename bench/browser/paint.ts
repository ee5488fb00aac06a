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

export interface FrameTiming {
  /** Main-thread work the user waits for: the action to the DOM change, plus the style, layout and paint of the frame that shows it. */
  work: number;
  /** The action to that frame painted, waiting for the display's refresh included. */
  wall: number;
  /** The action to the DOM change. */
  toDom: number;
  /** Whether the change made the first frame after the action (else `work` is the wall time). */
  nextFrame: boolean;
}

/**
 * Times one user action the way a frame budget reads (an in-page estimate; with `label`, the
 * harness replaces it with the main thread's busy time read from a trace): `act` runs as a task between frames (as a
 * real key press arrives), `changed` resolves when the DOM shows the result. The wait for the
 * display's next refresh (up to 16.7 ms at 60 Hz, whatever the app does) is reported apart.
 */
export async function timeToFrame(act: () => void, changed: () => Promise<number> | number, label?: string): Promise<FrameTiming> {
  await new Promise((r) => setTimeout(r, 0));
  // With a label, the run harness times the same action from a Chromium trace (bench/lib/frame-trace.ts).
  if (label) performance.mark(`${label}:start`);
  const start = performance.now();
  let frameAt = 0;
  requestAnimationFrame(() => (frameAt = performance.now()));
  act();
  const domAt = await changed();
  if (label) performance.mark(`${label}:dom`);
  const end = await paintedAt();
  const nextFrame = frameAt > 0 && frameAt >= domAt;
  return { work: nextFrame ? domAt - start + (end - frameAt) : end - start, wall: end - start, toDom: domAt - start, nextFrame };
}

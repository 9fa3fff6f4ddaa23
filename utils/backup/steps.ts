/**
 * Long jobs (import, export of thousands of records) written once as generators that yield
 * `[done, total]`; run them straight through in Node, or in slices in the popup so the UI can
 * draw a progress bar and stay responsive.
 */
export interface ProgressOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export type Steps<T> = Generator<[number, number], T, void>;

export function runSteps<T>(steps: Steps<T>, onProgress?: ProgressOptions['onProgress']): T {
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
    onProgress?.(...s.value);
  }
}

/** Runs the steps, yielding to the event loop after each; rejects with an AbortError if aborted. */
export async function runStepsAsync<T>(steps: Steps<T>, opts: ProgressOptions = {}): Promise<T> {
  for (;;) {
    opts.signal?.throwIfAborted();
    const s = steps.next();
    if (s.done) return s.value;
    opts.onProgress?.(...s.value);
    await new Promise((r) => setTimeout(r, 0));
  }
}

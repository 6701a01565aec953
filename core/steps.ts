// Long work written once as a generator that yields at safe points, then run either straight
// through (CLI, tests) or in short tasks that give the browser's main thread back in between.

export type Steps<T> = Generator<void, T>;

/** Runs every step at once. */
export function runAll<T>(steps: Steps<T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * Runs the steps, and whenever the current task has run for `sliceMs` or more, awaits `pause()`
 * (which ends the task and lets the page run) before going on.
 */
export async function runInSlices<T>(steps: Steps<T>, pause: () => Promise<void>, sliceMs: number): Promise<T> {
  let sliceStarted = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() - sliceStarted >= sliceMs) {
      await pause();
      sliceStarted = performance.now();
    }
  }
}

// Work on a live page is cut into short tasks; these tests prove the cutting happens, at the
// right moments, and never changes the answer.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { matcher } from '../../core/bundled-library';
import { extractPageText, extractionSteps } from '../../core/extract';
import { runAll, runInSlices, type Steps } from '../../core/steps';
import { documentOf } from './helpers';

/** A clock the steps below move forward by hand. */
function fakeClock() {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  return { advance: (ms: number) => (now += ms) };
}

function* costlySteps(clock: { advance: (ms: number) => void }, count: number, msEach: number): Steps<string> {
  for (let i = 0; i < count; i++) {
    clock.advance(msEach);
    yield;
  }
  return 'done';
}

const hipPage = () =>
  documentOf(`<html><head><title>Hip flexor strain</title></head><body><main><h1>Hip flexor strain</h1>
    ${'<div><span>hip</span></div>'.repeat(1500)}
    ${'<p>A hip flexor strain is a tear of the iliopsoas at the front of the hip. Pain in the groin when lifting the knee is typical. Physiotherapy rebuilds hip strength.</p>'.repeat(100)}
    </main></body></html>`);

afterEach(() => vi.restoreAllMocks());

describe('runInSlices', () => {
  it('pauses once a slice has used its time, and not before', async () => {
    const clock = fakeClock();
    const pause = vi.fn(async () => {});
    // 3 ms a step, 8 ms a slice: a pause after every third step.
    expect(await runInSlices(costlySteps(clock, 9, 3), pause, 8)).toBe('done');
    expect(pause).toHaveBeenCalledTimes(3);
  });

  it('never pauses quick work', async () => {
    const clock = fakeClock();
    const pause = vi.fn(async () => {});
    expect(await runInSlices(costlySteps(clock, 20, 0.1), pause, 8)).toBe('done');
    expect(pause).not.toHaveBeenCalled();
  });

  it('runAll gives the same answer without pausing', () => {
    expect(runAll(costlySteps(fakeClock(), 5, 10))).toBe('done');
  });
});

describe('a live page in slices', () => {
  it('extraction stops between elements on a large page and reads the same text', () => {
    const doc = hipPage();
    const steps = extractionSteps(doc);
    let stops = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) stops++;
    expect(stops).toBeGreaterThan(3);
    expect(step.value).toEqual(extractPageText(doc));
  });

  it('reads the same text in slices as in one go, pausing whenever asked', async () => {
    const doc = hipPage();
    const pause = vi.fn(async () => {});
    // A slice of 0 ms: every chance to pause is taken, the hardest case for the result.
    const live = await runInSlices(extractionSteps(doc), pause, 0);
    expect(live).toEqual(extractPageText(doc));
    expect(matcher.match(live)[0]?.id).toBe('hip-flexor-strain');
    expect(pause.mock.calls.length).toBeGreaterThan(10);
  });
});

// @vitest-environment happy-dom
// Re-reading a live page: after in-page navigation and large content changes, debounced, never
// while the tab is hidden, and nothing left running once the content script is invalidated.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeContext } from './fake-context';
import { watchPage } from '../../features/page-watch';


let hidden = false;
beforeEach(() => {
  vi.useFakeTimers();
  hidden = false;
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.body.innerHTML = '<main><p>start</p></main>';
});
afterEach(() => vi.useRealTimers());

const options = { debounceMs: 600, maxWaitMs: 5000, largeChangeChars: 1500, ignore: (n: Node) => n.nodeName.toLowerCase() === 'hiplens-sidebar' };
const flushMutations = () => new Promise<void>((ok) => queueMicrotask(ok));

/** Adds an element holding `text` to the page, as a page's own script would. */
function append(tag: string, text: string) {
  const el = document.createElement(tag);
  el.textContent = text;
  document.body.append(el);
}

describe('watchPage', () => {
  it('re-reads once after in-page navigation settles', () => {
    const onChange = vi.fn();
    watchPage(fakeContext().ctx, onChange, options);
    window.dispatchEvent(new Event('wxt:locationchange'));
    vi.advanceTimersByTime(300);
    window.dispatchEvent(new Event('wxt:locationchange'));
    vi.advanceTimersByTime(599);
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('re-reads after a large change of content but not after small ones or our own sidebar', async () => {
    const onChange = vi.fn();
    watchPage(fakeContext().ctx, onChange, options);
    append('p', 'a new comment');
    append('hiplens-sidebar', 'x'.repeat(5000));
    await flushMutations();
    vi.advanceTimersByTime(1000);
    expect(onChange).not.toHaveBeenCalled();
    append('article', 'new story '.repeat(200));
    await flushMutations();
    vi.advanceTimersByTime(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reads a page that never stops changing at most every few seconds, not never', () => {
    const onChange = vi.fn();
    watchPage(fakeContext().ctx, onChange, options);
    // A change every 100 ms for 12 s: never 600 ms of quiet.
    for (let t = 0; t < 12_000; t += 100) {
      window.dispatchEvent(new Event('wxt:locationchange'));
      vi.advanceTimersByTime(100);
    }
    expect(onChange).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(600);
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('does no work while the tab is hidden, and catches up when it is shown', () => {
    const onChange = vi.fn();
    watchPage(fakeContext().ctx, onChange, options);
    hidden = true;
    window.dispatchEvent(new Event('wxt:locationchange'));
    vi.advanceTimersByTime(1000);
    expect(onChange).not.toHaveBeenCalled();
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops listening and observing once invalidated', async () => {
    const onChange = vi.fn();
    const { ctx, invalidate } = fakeContext();
    watchPage(ctx, onChange, options);
    invalidate();
    window.dispatchEvent(new Event('wxt:locationchange'));
    append('article', 'new story '.repeat(200));
    await flushMutations();
    vi.advanceTimersByTime(1000);
    expect(onChange).not.toHaveBeenCalled();
  });
});

// Watches a live page for the changes that call for reading it again: in-page navigation in
// single-page apps (WXT's wxt:locationchange) and large content changes, debounced, and never
// while the tab is hidden. Everything it sets up is released through the content script context.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface PageWatchOptions {
  /** Quiet time before re-reading after the last change. */
  debounceMs: number;
  /** The longest a change waits for quiet: a page that never stops changing is still read again. */
  maxWaitMs: number;
  /** Characters of text that must be added or removed before a DOM change counts as large. */
  largeChangeChars: number;
  /** Elements to ignore (our own sidebar). */
  ignore: (node: Node) => boolean;
}

export function watchPage(ctx: ContentScriptContext, onChange: () => void, options: PageWatchOptions): void {
  let timer: number | undefined;
  /** When the first change not yet read came. */
  let firstChangeAt: number | undefined;
  let pendingWhileHidden = false;
  let changedChars = 0;

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    const now = Date.now();
    firstChangeAt ??= now;
    const wait = Math.max(0, Math.min(options.debounceMs, firstChangeAt + options.maxWaitMs - now));
    timer = ctx.setTimeout(() => {
      timer = undefined;
      firstChangeAt = undefined;
      changedChars = 0;
      if (document.hidden) pendingWhileHidden = true;
      else onChange();
    }, wait);
  };

  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (!document.hidden && pendingWhileHidden) {
      pendingWhileHidden = false;
      onChange();
    }
  });

  const textOf = (nodes: NodeList) => {
    let n = 0;
    nodes.forEach((node) => {
      if (!options.ignore(node)) n += node.textContent?.length ?? 0;
    });
    return n;
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) changedChars += textOf(record.addedNodes) + textOf(record.removedNodes);
    if (changedChars >= options.largeChangeChars) schedule();
  });
  // The whole document, not the body of the moment: a page may replace its body, or have none.
  if (document.documentElement) observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}

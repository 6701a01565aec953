import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Just enough of WXT's ContentScriptContext for a DOM test: timers and listeners it can cancel. */
export function fakeContext() {
  const cleanups: (() => void)[] = [];
  const ctx = {
    isValid: true,
    setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
    addEventListener: (target: EventTarget, type: string, handler: EventListener) => {
      target.addEventListener(type, handler);
      cleanups.push(() => target.removeEventListener(type, handler));
    },
    onInvalidated: (fn: () => void) => cleanups.push(fn),
  };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate: () => cleanups.forEach((c) => c()) };
}

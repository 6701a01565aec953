// Side by side: while the sidebar (or its strip) is shown, the page moves over instead of lying
// under it. The root element gets a margin as wide as the sidebar, so the page's content reflows
// into the rest of the window. What does not move with the root is found by hit-testing the
// sidebar's area: elements fixed to the window (headers, chat buttons, cookie bars) are moved or
// narrowed, and blocks sized to the window rather than the page (width: 100vw) are held to the
// page's width. Everything is restored exactly when the sidebar goes.

export interface PageLayout {
  /** Moves the page so that `width` pixels on `side` are free (0: none). */
  reserve(side: 'left' | 'right', width: number): void;
  /** Puts every style it changed back as it was. */
  restore(): void;
}

/** Inline styles as they were before we touched them, per element. */
type Saved = Map<HTMLElement, string | null>;

export function createPageLayout(isOurs: (el: Element) => boolean): PageLayout {
  const saved: Saved = new Map();
  let reserved = { side: 'right' as 'left' | 'right', width: 0 };
  // The root's style attribute as the page had it before HipLens ever showed: a root left with an
  // empty style attribute after the sidebar goes (the browser's CSSOM can leave one) gets none again.
  const rootHadStyle = document.documentElement?.hasAttribute('style') ?? false;

  const remember = (el: HTMLElement) => {
    if (!saved.has(el)) saved.set(el, el.getAttribute('style'));
  };
  const restore = () => {
    for (const [el, style] of saved) {
      if (style === null) el.removeAttribute('style');
      else el.setAttribute('style', style);
    }
    saved.clear();
    const root = document.documentElement;
    if (root && !rootHadStyle && root.getAttribute('style') === '') root.removeAttribute('style');
  };

  /** The elements that still overlap the reserved strip: fixed ones, and the outermost block of any other. */
  function under(side: 'left' | 'right', width: number): { fixed: HTMLElement[]; wide: HTMLElement[] } {
    const found = new Set<HTMLElement>();
    const wide = new Set<HTMLElement>();
    // Hit-testing is part of every browser's DOM, not of every DOM (the unit tests' happy-dom).
    if (typeof document.elementsFromPoint !== 'function') return { fixed: [], wide: [] };
    const viewport = document.documentElement.clientWidth;
    const left = side === 'right' ? viewport : 0;
    const xs = [0.15, 0.5, 0.85].map((f) => (side === 'right' ? left - width * f : width * f));
    for (let y = 4; y < window.innerHeight; y += 32)
      for (const x of xs) {
        for (const el of document.elementsFromPoint(x, y)) {
          if (isOurs(el) || el === document.documentElement || el === document.body) continue;
          const fixed = fixedAncestor(el);
          if (fixed) found.add(fixed);
          else {
            const block = outermostOver(el, side, width);
            if (block) wide.add(block);
          }
        }
      }
    return { fixed: [...found], wide: [...wide] };
  }

  /** The outermost ancestor of `el` (body included) that reaches into the reserved strip. */
  function outermostOver(el: Element, side: 'left' | 'right', width: number): HTMLElement | null {
    const limit = side === 'right' ? document.documentElement.clientWidth - width : width;
    let found: HTMLElement | null = null;
    for (let e: Element | null = el; e && e !== document.documentElement; e = e.parentElement) {
      const r = e.getBoundingClientRect();
      if ((side === 'right' ? r.right > limit + 1 : r.left < limit - 1) && e instanceof HTMLElement) found = e;
    }
    return found;
  }

  function fixedAncestor(el: Element): HTMLElement | null {
    for (let e: Element | null = el; e && e !== document.body && e !== document.documentElement; e = e.parentElement) {
      if (getComputedStyle(e).position === 'fixed') return e instanceof HTMLElement ? e : null;
    }
    return null;
  }

  function moveFixed(el: HTMLElement, side: 'left' | 'right', width: number) {
    const style = getComputedStyle(el);
    const viewport = document.documentElement.clientWidth;
    const rect = el.getBoundingClientRect();
    remember(el);
    const near = side === 'right' ? style.right : style.left;
    const far = side === 'right' ? style.left : style.right;
    if (near !== 'auto' && far === 'auto') {
      // Pinned to our side (a chat button): it moves over by our width.
      el.style.setProperty(side, `${parseFloat(near) + width}px`, 'important');
    } else {
      // Stretched across the window, or pinned to the other side: it narrows to the free width.
      const start = side === 'right' ? rect.left : viewport - rect.right;
      if (near !== 'auto') el.style.setProperty(side, `${parseFloat(near) + width}px`, 'important');
      el.style.setProperty('max-width', `${Math.max(0, viewport - width - Math.max(0, start))}px`, 'important');
      el.style.setProperty('box-sizing', 'border-box', 'important');
    }
  }

  return {
    reserve(side, width) {
      if (reserved.side === side && reserved.width === width) return;
      restore();
      reserved = { side, width };
      if (!width) return;
      const root = document.documentElement;
      remember(root);
      root.style.setProperty(side === 'right' ? 'margin-right' : 'margin-left', `${width}px`, 'important');
      // Only once the root has moved do we know what still overlaps.
      const { fixed, wide } = under(side, width);
      for (const el of fixed) moveFixed(el, side, width);
      for (const el of wide) {
        remember(el);
        el.style.setProperty('max-width', '100%', 'important');
        el.style.setProperty('box-sizing', 'border-box', 'important');
      }
    },
    restore() {
      reserved = { side: 'right', width: 0 };
      restore();
    },
  };
}

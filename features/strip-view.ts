// The slim strip beside the page (the peek, and the sidebar collapsed), drawn by the page script
// itself in the sidebar's closed shadow root: it appears as soon as the background has answered,
// without waiting for the panel's frame, Preact and the cards to load (they load when the user
// opens the whole sidebar). Plain DOM with text only (no page text ever becomes markup), and it
// acts on trusted events alone, so the page's scripts cannot drive it.
import type { Side } from '../core/settings';

export interface StripProps {
  count: number;
  /** The first suggestion's title. */
  firstTitle: string | undefined;
  side: Side;
}

export interface StripActions {
  onExpand: () => void;
  onClose: () => void;
}

/** When the strip was first drawn on this page, for the benches' time to peek. */
export const STRIP_DRAWN_MARK = 'hiplens:strip-drawn';

// The panel's palette (components/sidebar.css), light and dark; written compact, since the
// minifier leaves a string as it is and every byte of it is in every page.
const STRIP_CSS = `:host{all:initial}.strip{--bg:#fff;--fg:#1f2933;--muted:#52606d;--border:#d9e2ec;--accent:#0f766e;--accent-fg:#fff;--focus:#b45309;box-sizing:border-box;display:flex;flex-direction:column;align-items:stretch;width:100%;height:100%;background:var(--bg);color:var(--fg);font:13px/1.2 system-ui,sans-serif}@media (prefers-color-scheme:dark){.strip{--bg:#111827;--fg:#e5e7eb;--muted:#a3aab5;--border:#374151;--accent:#5eead4;--accent-fg:#042f2e;--focus:#fbbf24}}.strip.side-right{border-left:1px solid var(--border)}.strip.side-left{border-right:1px solid var(--border)}button{font:inherit;color:var(--fg);background:none;cursor:pointer}.strip-open{flex:1;display:flex;flex-direction:column;align-items:center;gap:10px;padding:12px 0;border:0;overflow:hidden}.strip-brand{writing-mode:vertical-rl;font-weight:700;color:var(--accent)}.strip-title{writing-mode:vertical-rl;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-height:60vh;color:var(--muted)}.strip-count{min-width:24px;padding:3px 6px;border-radius:999px;background:var(--accent);color:var(--accent-fg);font-weight:700;text-align:center}.strip-close{margin:6px;min-height:32px;border:1px solid var(--border);border-radius:6px;font-size:16px}.strip-open:focus-visible,.strip-close:focus-visible{outline:3px solid var(--focus);outline-offset:-3px}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

export interface StripView {
  /** The strip's root, to put in the sidebar's shadow root. */
  readonly root: HTMLElement;
  update(props: StripProps): void;
  focus(): void;
}

export function createStripView(actions: StripActions): StripView {
  const root = element('div', 'strip-root');
  root.setAttribute('style', 'display: contents');
  const style = document.createElement('style');
  style.textContent = STRIP_CSS;
  const aside = element('aside', 'strip');
  aside.setAttribute('aria-label', 'HipLens');
  const open = element('button', 'strip-open');
  open.type = 'button';
  const close = element('button', 'strip-close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close the HipLens sidebar');
  aside.append(open, close);
  root.append(style, aside);

  // Only the user's own clicks and keys: a page script's synthetic events are not trusted.
  open.addEventListener('click', (e) => e.isTrusted && actions.onExpand());
  close.addEventListener('click', (e) => e.isTrusted && actions.onClose());
  aside.addEventListener('keydown', (e) => {
    if (e.isTrusted && e.key === 'Escape') {
      e.preventDefault();
      actions.onClose();
    }
  });

  let drawn = false;
  return {
    root,
    update(props) {
      aside.className = `strip side-${props.side}`;
      // The title shows pointer users the whole of a long title the strip cuts short.
      open.title = props.firstTitle ?? 'HipLens';
      const parts: Node[] = [element('span', 'sr-only', 'Open the sidebar: '), element('span', 'strip-brand', 'HipLens')];
      if (props.count > 0) {
        const count = element('span', 'strip-count', String(props.count));
        count.append(element('span', 'sr-only', ` related article${props.count === 1 ? '' : 's'}`));
        parts.push(count);
      }
      if (props.firstTitle) parts.push(element('span', 'strip-title', props.firstTitle));
      if (!props.count) parts.push(element('span', 'sr-only', ' (no related articles)'));
      open.replaceChildren(...parts);
      if (!drawn) {
        drawn = true;
        performance.mark(STRIP_DRAWN_MARK);
      }
    },
    focus: () => open.focus(),
  };
}

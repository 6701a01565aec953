// Every message between the background, the content script and the extension pages, typed once.

/** Content script -> background. */
export type ToBackground =
  /** The page was (re)evaluated: the badge shows `count`. */
  | { type: 'page-suggestions'; count: number }
  /** Open an article in the reader page, in a new tab. */
  | { type: 'open-reader'; articleId: string };

/** Background -> content script. */
export type ToContent =
  /** Toolbar click or keyboard shortcut: show the sidebar if hidden, hide it if shown. */
  | { type: 'toggle-sidebar' };

export function isToBackground(message: unknown): message is ToBackground {
  const m = message as Partial<ToBackground> | null;
  if (!m || typeof m !== 'object') return false;
  if (m.type === 'page-suggestions') return Number.isInteger((m as { count: unknown }).count);
  if (m.type === 'open-reader') return typeof (m as { articleId: unknown }).articleId === 'string';
  return false;
}

export function isToContent(message: unknown): message is ToContent {
  return !!message && typeof message === 'object' && (message as ToContent).type === 'toggle-sidebar';
}

/** Where an extension page lives inside the extension; one definition for every link to it. */
export function readerPath(articleId: string): string {
  return `/reader.html#${encodeURIComponent(articleId)}`;
}

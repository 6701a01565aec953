// Every message between the background, the content script and the extension pages, typed once.

/** Content script or extension page -> background. */
export type ToBackground =
  /** The page was (re)evaluated: the badge shows `count`. */
  | { type: 'page-suggestions'; count: number }
  /** Open an article in the reader page, in a new tab. */
  | { type: 'open-reader'; articleId: string }
  /** Search the library; answered with a SearchAnswer. */
  | { type: 'search'; query: string }
  /** The page script is about to show the sidebar: inject the sidebar UI into its frame. */
  | { type: 'load-sidebar' };

export interface SearchAnswer {
  ids: string[];
}

/** Background or popup -> the page script (entrypoints/page.content). */
export type ToContent =
  /** Toolbar click or keyboard shortcut: show the sidebar if hidden, hide it if shown. */
  | { type: 'toggle-sidebar' }
  /** The popup asks what HipLens found on the page; answered with a PageInfo. */
  | { type: 'get-page-info' };

export interface PageInfo {
  host: string;
  url: string;
  title: string;
  /** Article ids suggested for the page, best first. */
  suggestions: string[];
  /** Whether HipLens reads this page (false when paused or off). */
  reading: boolean;
}

export function isToBackground(message: unknown): message is ToBackground {
  const m = message as Record<string, unknown> | null;
  if (!m || typeof m !== 'object') return false;
  if (m.type === 'page-suggestions') return Number.isInteger(m.count);
  if (m.type === 'open-reader') return typeof m.articleId === 'string';
  if (m.type === 'search') return typeof m.query === 'string';
  if (m.type === 'load-sidebar') return true;
  return false;
}

export function isToContent(message: unknown): message is ToContent {
  const type = (message as ToContent | null)?.type;
  return type === 'toggle-sidebar' || type === 'get-page-info';
}

/** Where an article lives in the reader page; one definition for every link to it. */
export function readerPath(articleId: string): string {
  return `/reader.html#${encodeURIComponent(articleId)}`;
}

// Every message between the background, the content scripts and the extension pages, typed once.
import { isCollectionChange, type CollectionChange } from './collection';
import type { PageSource } from './page-source';
import type { PageText } from './extract';
import { isHandoutChange, type HandoutChange } from './handout';
import type { Suggestion } from './match';
import { isSettingsChange, type SettingsChange } from './settings';

/** Content script or extension page -> background. */
export type ToBackground =
  /**
   * Match a page's text against the library; answered with a MatchAnswer. `headlineOnly`: the
   * page has no word of our region, and only its title, description and headings are sent.
   */
  | { type: 'match-page'; page: PageText; headlineOnly?: boolean }
  /** The page was (re)evaluated: the badge shows `count`. */
  | { type: 'page-suggestions'; count: number }
  /** Open an article in the reader page, in a new tab. */
  | { type: 'open-reader'; articleId: string }
  /** Open the collection page in a new tab. */
  | { type: 'open-collection' }
  /** Search the library; answered with a SearchAnswer. */
  | { type: 'search'; query: string }
  /** Change the settings; answered with a WriteAnswer. */
  | { type: 'change-settings'; change: SettingsChange }
  /** Change the saved collection; answered with a WriteAnswer. */
  | { type: 'change-collection'; change: CollectionChange }
  /** Change what the reader's handout adds (clinic, notes, date); answered with a WriteAnswer. */
  | { type: 'change-handout'; change: HandoutChange }
  /** Which articles are saved; answered with a SavedIdsAnswer. */
  | { type: 'saved-article-ids' }
  /** The page will not let the sidebar's frame load: the toolbar button opens the popup there. */
  | { type: 'use-popup' }
  /** The page script is about to frame the sidebar's panel: keep this token for the panel. */
  | { type: 'panel-token'; token: string }
  /** The panel asks for its tab's token (once); answered with a PanelTokenAnswer. */
  | { type: 'claim-panel-token' };

export interface PanelTokenAnswer {
  token: string | null;
}

export interface MatchAnswer {
  suggestions: Suggestion[];
  /** To a headline-only request: the headline might name an article, so send the whole page. */
  readBody?: boolean;
}

export interface SearchAnswer {
  ids: string[];
  /** A body region the query asks about that the library does not cover ("knee"), or null. */
  uncovered?: string | null;
}

/** Whether a write reached storage; if not, what to tell the user. Nothing stored before is lost either way. */
export type WriteAnswer = { ok: true } | { ok: false; error: string };

export interface SavedIdsAnswer {
  ids: string[];
}

/** Background or popup -> the page script (entrypoints/page.content). */
export type ToContent =
  /** Toolbar click or keyboard shortcut: show the sidebar if hidden, hide it if shown. */
  | { type: 'toggle-sidebar'; source: 'toolbar' | 'shortcut' }
  /** The popup asks what HipLens found on the page; answered with a PageInfo. */
  | { type: 'get-page-info' }
  /** The popup asks for the page's bibliographic data, to save it; answered with a PageMetadataAnswer. */
  | { type: 'get-page-metadata' };

/**
 * The page being read, as its markup stands (core/page-source.ts). The page script only sends it:
 * the extension page that saves it reads its metadata (core/page-metadata.ts) and makes the
 * CSL-JSON item (core/page-csl.ts), which keeps the page script, loaded on every page, small.
 */
export interface PageMetadataAnswer {
  source: PageSource;
}

export interface PageInfo {
  host: string;
  url: string;
  title: string;
  /** Article ids suggested for the page, best first. */
  suggestions: string[];
  /** Whether HipLens reads this page (false when paused or off). */
  reading: boolean;
}

/** The most a page may send to be matched: what extraction keeps, with room to spare. */
const MAX_PAGE_TEXT = 100_000;

function isPageText(value: unknown): value is PageText {
  const p = value as Record<string, unknown> | null;
  if (!p || typeof p !== 'object') return false;
  const short = (v: unknown) => typeof v === 'string' && v.length <= MAX_PAGE_TEXT;
  return (
    short(p.title) &&
    short(p.description) &&
    short(p.body) &&
    typeof p.truncated === 'boolean' &&
    Array.isArray(p.headings) &&
    p.headings.length <= 1000 &&
    p.headings.every(short)
  );
}

export function isToBackground(message: unknown): message is ToBackground {
  const m = message as Record<string, unknown> | null;
  if (!m || typeof m !== 'object') return false;
  switch (m.type) {
    case 'match-page':
      return isPageText(m.page);
    case 'page-suggestions':
      return Number.isInteger(m.count);
    case 'open-reader':
      return typeof m.articleId === 'string';
    case 'search':
      return typeof m.query === 'string';
    case 'saved-article-ids':
    case 'open-collection':
    case 'use-popup':
    case 'claim-panel-token':
      return true;
    case 'panel-token':
      return typeof m.token === 'string' && m.token.length >= 16 && m.token.length <= 64;
    case 'change-settings':
      return isSettingsChange(m.change);
    case 'change-collection':
      return isCollectionChange(m.change);
    case 'change-handout':
      return isHandoutChange(m.change);
    default:
      return false;
  }
}

export function isToContent(message: unknown): message is ToContent {
  const type = (message as ToContent | null)?.type;
  return type === 'toggle-sidebar' || type === 'get-page-info' || type === 'get-page-metadata';
}

/** The collection page. */
export const COLLECTION_PATH = '/collection.html';

/** Where an article lives in the reader page; one definition for every link to it. */
export function readerPath(articleId: string): string {
  return `/reader.html#${encodeURIComponent(articleId)}`;
}

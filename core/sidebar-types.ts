// What the page side (features/page-controller.ts) and the sidebar panel (entrypoints/panel, an
// extension page in a frame of the page) share. Types only: the page script carries none of the
// UI, and the panel none of the page side's logic.
//
// The two talk over a MessageChannel whose end the panel takes only with a token from the
// background (features/sidebar-view.ts, features/panel-channel.ts): the page's own scripts can
// neither read what the panel shows nor drive it.
import type { PageSource } from './page-source';
import type { Suggestion } from './match';
import type { Settings, Side, SiteRule } from './settings';

export type { SiteRule };

/** What the sidebar knows about the page: being read, matches, none, or not read (paused / off). */
export type PageStatus = 'reading' | 'matches' | 'none' | 'paused' | 'off';

/** What the page side tells the panel. */
export interface PanelState {
  status: PageStatus;
  suggestions: Suggestion[];
  /** The page being read. */
  host: string;
  url: string;
  title: string;
  /** The whole sidebar, or the slim strip beside the page (a peek, or collapsed). */
  layout: 'open' | 'strip';
  /** Narrow windows: the open sidebar covers the window (only ever at the user's request). */
  narrow: boolean;
  /** Opened by the user: Tab stays inside until it closes. Opened by itself, focus is the page's. */
  holdFocus: boolean;
  width: number;
  side: Side;
}

export type ToPanel =
  | { type: 'state'; state: PanelState }
  | { type: 'focus'; target: 'heading' | 'search' }
  /** The answer to 'read-page-metadata': the page as its markup stands, to read its bibliographic data from. */
  | { type: 'page-metadata'; source: PageSource };

/** What the panel asks of the page side: everything that changes the page's layout. */
export type FromPanel =
  | { type: 'ready' }
  | { type: 'close' }
  | { type: 'collapse' }
  | { type: 'expand' }
  | { type: 'resize'; width: number }
  /** A drag of the sidebar's edge began at this screen x: the page side follows the pointer. */
  | { type: 'drag-start'; screenX: number }
  /** The user saves the page: read its bibliographic data (answered with 'page-metadata'). */
  | { type: 'read-page-metadata' };

export function isFromPanel(message: unknown): message is FromPanel {
  const m = message as Record<string, unknown> | null;
  if (!m || typeof m !== 'object') return false;
  if (m.type === 'resize') return typeof m.width === 'number' && Number.isFinite(m.width);
  if (m.type === 'drag-start') return typeof m.screenX === 'number' && Number.isFinite(m.screenX);
  return m.type === 'ready' || m.type === 'close' || m.type === 'collapse' || m.type === 'expand' || m.type === 'read-page-metadata';
}

export interface SidebarActions {
  close(): void;
  collapse(): void;
  expand(): void;
  resize(width: number): void;
  dragStart(screenX: number): void;
  read(id: string): void;
  toggleSave(id: string): void;
  /** Save the page being read (its title, authors, dates… as the page declares them). */
  savePage(): void;
  /** Remove a saved item (the Saved view). */
  removeSaved(key: string): void;
  openCollection(): void;
  copy(text: string): Promise<boolean>;
  setSiteRule(rule: SiteRule): void;
  resumeAll(): void;
  /** The user no longer wants it to open by itself anywhere (badge only). */
  stopOpeningByItself(): void;
  openSettings(): void;
  search(query: string): Promise<SearchResult>;
}

export interface SearchResult {
  ids: string[];
  /** A body region the query asks about that the library does not cover ("knee"), or null. */
  uncovered: string | null;
}

/** One saved item as the sidebar's Saved view lists it. */
export interface SavedEntry {
  key: string;
  kind: 'article' | 'page';
  title: string;
  /** The reader's article id, or the page's address. */
  target: string;
}

export interface SidebarProps extends PanelState {
  settings: Settings;
  savedIds: ReadonlySet<string>;
  /** The collection, newest first. */
  saved: SavedEntry[];
  /** Whether the page being read is in the collection. */
  pageSaved: boolean;
  /** A problem the user must know about (a save that failed), or '' when all is well. */
  notice: string;
  actions: SidebarActions;
}

// What the page side (features/page-controller.ts) and the sidebar UI (components/) share. Types
// only: the page script carries none of the UI, and the UI none of the page side's logic.
import type { Suggestion } from './match';
import type { Settings, SiteRule } from './settings';

export type { SiteRule };

/** What the sidebar knows about the page: being read, matches, none, or not read (paused / off). */
export type PageStatus = 'reading' | 'matches' | 'none' | 'paused' | 'off';

export interface SidebarActions {
  close(): void;
  collapse(): void;
  expand(): void;
  resize(width: number): void;
  read(id: string): void;
  toggleSave(id: string): void;
  copy(text: string): Promise<boolean>;
  setSiteRule(rule: SiteRule): void;
  resumeAll(): void;
  search(query: string): Promise<string[]>;
}

export interface SidebarProps {
  status: PageStatus;
  suggestions: Suggestion[];
  settings: Settings;
  host: string;
  savedIds: ReadonlySet<string>;
  /** Narrow windows get an overlay across the page instead of a docked column. */
  narrow: boolean;
  collapsed: boolean;
  /** A problem the user must know about (a save that failed), or '' when all is well. */
  notice: string;
  actions: SidebarActions;
}

import { cardsById } from '../core/cards';
import type { Suggestion } from '../core/match';
import type { Settings } from '../core/settings';
import { Disclaimer } from './Disclaimer';
import { ResizeHandle } from './ResizeHandle';
import { SearchBox } from './SearchBox';
import { SiteControls, type SiteRule } from './SiteControls';
import { SuggestionCard } from './SuggestionCard';

/** What the sidebar knows about the page: matches, none, or not read (paused / off). */
export type PageStatus = 'matches' | 'none' | 'paused' | 'off';

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
  actions: SidebarActions;
}

const FOCUSABLE = 'button:not([disabled]), input, [tabindex]:not([tabindex="-1"]), a[href]';

/** Keeps Tab and Shift+Tab inside the sidebar while it is in use. */
function trapFocus(event: KeyboardEvent) {
  const root = event.currentTarget as HTMLElement;
  const focusable = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden]'));
  if (!focusable.length) return;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  const current = (root.getRootNode() as ShadowRoot).activeElement;
  if (event.shiftKey && current === first) {
    last.focus();
    event.preventDefault();
  } else if (!event.shiftKey && current === last) {
    first.focus();
    event.preventDefault();
  }
}

const STATUS_TEXT: Record<Exclude<PageStatus, 'matches'>, string> = {
  none: 'This page does not look like it is about a hip or groin topic.',
  paused: 'HipLens is paused here, so it has not read this page.',
  off: 'Suggestions are turned off in the settings; search the library below.',
};

export function Sidebar({ status, suggestions, settings, host, savedIds, narrow, collapsed, actions }: SidebarProps) {
  const shown = suggestions.filter((s) => cardsById.has(s.id));
  const sideClass = `side-${settings.side}${narrow ? ' narrow' : ''}`;
  if (collapsed)
    return (
      <button type="button" class={`collapsed-tab ${sideClass}`} onClick={actions.expand} aria-label={`Expand the HipLens sidebar (${shown.length} related articles)`}>
        HipLens{shown.length ? ` · ${shown.length}` : ''}
      </button>
    );
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      actions.close();
    } else if (event.key === 'Tab') trapFocus(event);
  };
  return (
    <aside
      class={`sidebar ${sideClass}`}
      role="complementary"
      aria-label="HipLens: related hip and groin articles"
      style={narrow ? undefined : { width: `${settings.width}px` }}
      onKeyDown={onKeyDown}
    >
      {!narrow && <ResizeHandle width={settings.width} side={settings.side} onResize={actions.resize} />}
      <header class="sidebar-header">
        <h2 class="brand" tabIndex={-1} id="hl-heading">
          HipLens
        </h2>
        <div class="header-buttons">
          {!narrow && (
            <button type="button" class="icon-button" onClick={actions.collapse} aria-label="Collapse the HipLens sidebar to a tab">
              {settings.side === 'right' ? '›' : '‹'}
            </button>
          )}
          <button type="button" class="icon-button" onClick={actions.close} aria-label="Close the HipLens sidebar">
            ×
          </button>
        </div>
      </header>
      <Disclaimer />
      {status === 'matches' && shown.length ? (
        <section aria-labelledby="hl-related">
          <h2 class="section-title" id="hl-related">
            Related to this page
          </h2>
          <ul class="cards" role="list">
            {shown.map((s) => (
              <li key={s.id}>
                <SuggestionCard
                  card={cardsById.get(s.id)!}
                  suggestion={s}
                  saved={savedIds.has(s.id)}
                  onRead={actions.read}
                  onToggleSave={actions.toggleSave}
                  onCopy={actions.copy}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p class="empty">{STATUS_TEXT[status === 'matches' ? 'none' : status]}</p>
      )}
      <SearchBox search={actions.search} cardsById={cardsById} onOpen={actions.read} idPrefix="hl-search" />
      <SiteControls host={host} settings={settings} onSiteRule={actions.setSiteRule} onResumeAll={actions.resumeAll} />
    </aside>
  );
}

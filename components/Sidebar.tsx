import { cardsById } from '../core/cards';
import type { PageStatus, SidebarProps } from '../core/sidebar-types';
import { Disclaimer } from './Disclaimer';
import { ResizeHandle } from './ResizeHandle';
import { SearchBox } from './SearchBox';
import { SiteControls } from './SiteControls';
import { SuggestionCard } from './SuggestionCard';

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
  reading: 'Reading this page…',
  none: 'This page does not look like it is about a hip or groin topic.',
  paused: 'HipLens is paused here, so it has not read this page.',
  off: 'Suggestions are turned off in the settings; search the library below.',
};

export function Sidebar({ status, suggestions, settings, host, savedIds, narrow, collapsed, notice, actions }: SidebarProps) {
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
      {notice && (
        <p class="write-error" role="alert">
          {notice}
        </p>
      )}
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

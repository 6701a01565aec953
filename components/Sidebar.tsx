import { useState } from 'preact/hooks';
import { cardsById } from '../core/cards';
import type { PageStatus, SidebarProps } from '../core/sidebar-types';
import { AlsoConsider } from './AlsoConsider';
import { DisclaimerLine } from './Disclaimer';
import { ResizeHandle } from './ResizeHandle';
import { SavedList } from './SavedList';
import { SearchBox } from './SearchBox';
import { SiteControls } from './SiteControls';
import { SuggestionCard } from './SuggestionCard';

const STATUS_TEXT: Record<Exclude<PageStatus, 'matches'>, string> = {
  reading: 'Reading this page…',
  none: 'This page does not look like it is about a hip or groin topic.',
  paused: 'HipLens is paused here, so it has not read this page.',
  off: 'Suggestions are turned off in the settings; search the library above.',
};

/** The whole sidebar: search first, then the cards for this page, what else to consider, and the site's controls. */
export function Sidebar(props: SidebarProps) {
  const { status, suggestions, settings, host, savedIds, saved, pageSaved, narrow, notice, actions, width, side } = props;
  const shown = suggestions.filter((s) => cardsById.has(s.id));
  // The page's suggestions, or the Saved view (the collection, compact).
  const [view, setView] = useState<'page' | 'saved'>('page');
  return (
    <aside class={`sidebar side-${side}${narrow ? ' narrow' : ''}`} aria-label="HipLens: related hip and groin articles">
      {!narrow && <ResizeHandle width={width} side={side} onResize={actions.resize} onDragStart={actions.dragStart} />}
      <header class="sidebar-header">
        <h2 class="brand" tabIndex={-1} id="hl-heading">
          HipLens
        </h2>
        <div class="header-buttons">
          <button
            type="button"
            class="icon-button saved-toggle"
            aria-pressed={view === 'saved'}
            onClick={() => setView(view === 'saved' ? 'page' : 'saved')}
            title="Your collection"
          >
            <span aria-hidden="true">★</span> Saved <span class="saved-count">({saved.length})</span>
          </button>
          <button type="button" class="icon-button" onClick={actions.openSettings} aria-label="HipLens settings" title="Settings">
            ⚙
          </button>
          {!narrow && (
            <button type="button" class="icon-button" onClick={actions.collapse} aria-label="Collapse the HipLens sidebar to a strip" title="Collapse">
              {side === 'right' ? '›' : '‹'}
            </button>
          )}
          <button type="button" class="icon-button" onClick={actions.close} aria-label="Close the HipLens sidebar" title="Close (Esc)">
            ×
          </button>
        </div>
      </header>
      <SearchBox search={actions.search} cardsById={cardsById} onOpen={actions.read} idPrefix="hl-search" savedIds={savedIds} onToggleSave={actions.toggleSave} />
      <DisclaimerLine />
      {notice && (
        <p class="write-error" role="alert">
          {notice}
        </p>
      )}
      {view === 'saved' ? (
        <SavedList saved={saved} onRead={actions.read} onRemove={actions.removeSaved} onOpenCollection={actions.openCollection} />
      ) : status === 'matches' && shown.length ? (
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
          <AlsoConsider shownIds={shown.map((s) => s.id)} onOpen={actions.read} />
        </section>
      ) : (
        <p class="empty">{STATUS_TEXT[status === 'matches' ? 'none' : status]}</p>
      )}
      <footer class="sidebar-footer">
        <button type="button" class="button secondary save-page" aria-pressed={pageSaved} onClick={actions.savePage}>
          {pageSaved ? 'Page saved' : 'Save this page'}
        </button>
        <SiteControls host={host} settings={settings} onSiteRule={actions.setSiteRule} onResumeAll={actions.resumeAll} />
        {(settings.mode === 'peek' || settings.mode === 'open') && (
          <button type="button" class="link-button" onClick={actions.stopOpeningByItself}>
            Don’t open by itself (badge only)
          </button>
        )}
      </footer>
    </aside>
  );
}

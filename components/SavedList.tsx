// The sidebar's Saved view: the collection as a compact list, newest first, each item opening
// where it lives (an article in the reader, a page at its address) and removable; the whole
// collection (notes, tags, citations, exports, import) is on the collection page.
import type { SavedEntry } from '../core/sidebar-types';

interface Props {
  saved: SavedEntry[];
  onRead: (articleId: string) => void;
  onRemove: (key: string) => void;
  onOpenCollection: () => void;
}

export function SavedList({ saved, onRead, onRemove, onOpenCollection }: Props) {
  return (
    <section class="saved-view" aria-labelledby="hl-saved-title">
      <h2 class="section-title" id="hl-saved-title">
        Saved ({saved.length})
      </h2>
      {saved.length ? (
        <ul class="saved-list" role="list">
          {saved.map((entry) => (
            <li key={entry.key} class="saved-entry" data-saved-key={entry.key}>
              {entry.kind === 'article' ? (
                <button type="button" class="link-button saved-title" onClick={() => onRead(entry.target)}>
                  {entry.title}
                </button>
              ) : (
                <a class="saved-title" href={entry.target} target="_blank" rel="noopener noreferrer">
                  {entry.title}
                </a>
              )}
              <span class="saved-kind">{entry.kind === 'article' ? 'HipLens article' : 'Page'}</span>
              <button type="button" class="button secondary small" aria-label={`Remove ${entry.title} from your collection`} onClick={() => onRemove(entry.key)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">Nothing saved yet. Save an article from its card, a search or the reader, or save this page.</p>
      )}
      <button type="button" class="button" onClick={onOpenCollection}>
        Open the collection
      </button>
      <p class="muted-note">Notes, tags, citations, exports and import are on the collection page.</p>
    </section>
  );
}

// One item of the collection page: what it is, the reader's note and tags (edited in place,
// through the one writer), its citation in three styles to copy, and removal.
import { useEffect, useRef, useState } from 'preact/hooks';
import { CITATION_STYLES, type CitationStyle } from '../core/citations';
import type { CollectionRow } from '../core/collection-view';
import { parseTags } from '../core/collection-view';
import { readerPath } from '../core/messages';

interface Props {
  row: CollectionRow;
  selected: boolean;
  onSelect: (key: string, selected: boolean) => void;
  /** Saves the note and tags; resolves to an error to show, or '' when saved. */
  onEdit: (key: string, note: string, tags: string[]) => Promise<string>;
  onRemove: (row: CollectionRow) => void;
  onCite: (row: CollectionRow, style: CitationStyle) => void;
}

const SHORT_STYLE: Record<CitationStyle, string> = { apa: 'APA 7', vancouver: 'Vancouver', harvard: 'Harvard' };

const savedOn = (iso: string) => new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

export function CollectionItem({ row, selected, onSelect, onEdit, onRemove, onCite }: Props) {
  const { item, title, type, byline, key } = row;
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(item.note);
  const [tags, setTags] = useState(item.tags.join(', '));
  const [error, setError] = useState('');
  const noteBox = useRef<HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const id = `item-${encodeURIComponent(key).replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const href = item.kind === 'article' ? readerPath(item.articleId) : item.url;
  useEffect(() => {
    if (editing) noteBox.current?.focus();
  }, [editing]);

  const startEditing = () => {
    setNote(item.note);
    setTags(item.tags.join(', '));
    setError('');
    setEditing(true);
  };
  const stopEditing = () => {
    setEditing(false);
    // Back to the control that opened the form, for keyboard users.
    setTimeout(() => editButton.current?.focus());
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const problem = await onEdit(key, note, parseTags(tags));
    if (problem) setError(problem);
    else stopEditing();
  };

  return (
    <article class="collection-item" data-item-key={key} aria-labelledby={`${id}-title`}>
      <div class="item-head">
        <input type="checkbox" id={`${id}-select`} checked={selected} onChange={(e) => onSelect(key, (e.currentTarget as HTMLInputElement).checked)} />
        <label class="sr-only" for={`${id}-select`}>
          Select {title}
        </label>
        <h2 class="item-title" id={`${id}-title`}>
          <a href={href} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        </h2>
      </div>
      <p class="item-meta">
        <span class="chip">{type}</span> {byline && <span>{byline}</span>} <span class="muted">· saved {savedOn(item.savedAt)}</span>
      </p>
      {!editing && item.tags.length > 0 && (
        <ul class="tag-list" aria-label="Tags">
          {item.tags.map((tag) => (
            <li key={tag} class="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
      {!editing && item.note && <p class="item-note">{item.note}</p>}
      {editing ? (
        <form class="item-edit" onSubmit={submit} aria-label={`Note and tags: ${title}`}>
          <label for={`${id}-note`}>Note</label>
          <textarea id={`${id}-note`} ref={noteBox} rows={3} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
          <label for={`${id}-tags`}>Tags, separated by commas</label>
          <input id={`${id}-tags`} type="text" value={tags} onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
          {error && (
            <p class="error" role="alert">
              Not saved: {error}.
            </p>
          )}
          <div class="item-actions">
            <button type="submit" class="button">
              Save note and tags
            </button>
            <button type="button" class="button secondary" onClick={stopEditing}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div class="item-actions">
          <button type="button" class="button secondary" ref={editButton} onClick={startEditing} aria-label={`Edit note and tags: ${title}`}>
            Edit note and tags
          </button>
          <span class="cite-group" role="group" aria-label={`Copy the citation of ${title}`}>
            <span aria-hidden="true" class="muted">
              Copy citation:
            </span>
            {(Object.keys(CITATION_STYLES) as CitationStyle[]).map((style) => (
              <button key={style} type="button" class="button secondary" onClick={() => onCite(row, style)} aria-label={`Copy ${SHORT_STYLE[style]} citation (${CITATION_STYLES[style].label}): ${title}`}>
                {SHORT_STYLE[style]}
              </button>
            ))}
          </span>
          <button type="button" class="button secondary danger" onClick={() => onRemove(row)} aria-label={`Remove ${title} from your collection`}>
            Remove
          </button>
        </div>
      )}
    </article>
  );
}

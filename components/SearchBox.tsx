import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleCard } from '../core/library';
import type { SearchResult } from '../core/sidebar-types';

interface Props {
  /** Ids of matching articles, best first, and a region the library does not cover. */
  search: (query: string) => Promise<SearchResult>;
  cardsById: ReadonlyMap<string, ArticleCard>;
  onOpen: (id: string) => void;
  idPrefix: string;
  autoFocus?: boolean;
  /** Saving from the results: the saved article ids, and what saves or removes one. */
  savedIds?: ReadonlySet<string>;
  onToggleSave?: (id: string) => void;
}

/**
 * Searches the whole library as you type (names, synonyms, misspellings). ARIA combobox with a
 * listbox: arrow keys move through the results, Enter opens one, Escape clears.
 */
export function SearchBox({ search, cardsById, onOpen, idPrefix, autoFocus, savedIds, onToggleSave }: Props) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ArticleCard[]>([]);
  const [uncovered, setUncovered] = useState<string | null>(null);
  const [searched, setSearched] = useState('');
  // No result is active until the user moves into the list: the first ↓ lands on the first.
  const [active, setActive] = useState(-1);
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  const run = async (text: string) => {
    setQuery(text);
    const request = ++latest.current;
    const answer = text.trim() ? await search(text) : { ids: [], uncovered: null };
    // Answers can arrive out of order while typing: only the newest request may show.
    if (request !== latest.current) return;
    setResults(answer.ids.map((id) => cardsById.get(id)).filter((c): c is ArticleCard => !!c));
    setUncovered(answer.uncovered);
    setSearched(text.trim());
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && results.length) {
      setActive(active < 0 ? 0 : (active + 1) % results.length);
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && results.length) {
      setActive(active <= 0 ? results.length - 1 : active - 1);
      event.preventDefault();
    } else if (event.key === 'Enter' && event.shiftKey && onToggleSave && active >= 0 && results[active]) {
      // Shift+Enter saves the highlighted result (or takes it out of the collection).
      onToggleSave(results[active]!.id);
      event.preventDefault();
    } else if (event.key === 'Enter' && active >= 0 && results[active]) {
      onOpen(results[active]!.id);
      event.preventDefault();
    } else if (event.key === 'Escape' && query) {
      // The first Escape clears the search; the next one reaches the sidebar and closes it.
      void run('');
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const listId = `${idPrefix}-results`;
  const optionId = (i: number) => `${idPrefix}-option-${i}`;
  const expanded = results.length > 0;
  return (
    <div class="search" role="search">
      <label class="search-label" for={`${idPrefix}-input`}>
        Search the library
      </label>
      <input
        ref={input}
        id={`${idPrefix}-input`}
        class="search-input"
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        placeholder="e.g. FAI, pulled groin, pain outside of hip"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={onToggleSave && expanded ? `${idPrefix}-hint` : undefined}
        value={query}
        onInput={(e) => void run((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} class="search-results" role="listbox" aria-label="Search results" hidden={!expanded}>
        {results.map((card, i) => (
          <li
            key={card.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'option active' : 'option'}
            data-result-id={card.id}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onOpen(card.id)}
          >
            {onToggleSave && (
              // For the mouse; the keyboard saves with Shift+Enter (an option may hold no control of its own).
              <span
                class="option-save"
                aria-hidden="true"
                title={savedIds?.has(card.id) ? 'Saved: click to remove' : 'Save'}
                data-save-result={card.id}
                onClick={(e) => (e.stopPropagation(), onToggleSave(card.id))}
              >
                {savedIds?.has(card.id) ? '★' : '☆'}
              </span>
            )}
            <span class="option-title">{card.title}</span> <span class="option-region">{card.region}</span>
            {savedIds?.has(card.id) && <span class="sr-only">, saved</span>}
          </li>
        ))}
      </ul>
      {onToggleSave && expanded && (
        <p class="search-hint" id={`${idPrefix}-hint`}>
          ↓ to pick a result, Enter to read it, Shift+Enter to save it (or ☆).
        </p>
      )}
      {uncovered && query.trim() && (
        <p class="search-note">
          HipLens covers the hip, groin, buttock and lower back, not the {uncovered}.{results.length ? ' These may still be related:' : ''}
        </p>
      )}
      {searched && !results.length && !uncovered && query.trim() && (
        <p class="search-note">
          Nothing found for “{searched}”. Try a condition (“groin strain”), an abbreviation (“FAI”, “GTPS”) or where it hurts (“pain outside of hip”).
        </p>
      )}
      <p class="sr-only" aria-live="polite">
        {query.trim() ? `${results.length} article${results.length === 1 ? '' : 's'} found` : ''}
      </p>
    </div>
  );
}

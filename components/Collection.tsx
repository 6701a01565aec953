// The collection page (entrypoints/collection): everything the reader saved, to find (filter by
// text and tag, sort), annotate (note, tags), cite (APA 7, Vancouver, Harvard), export (BibTeX,
// RIS, CSL-JSON, Markdown, CSV; all or a selection), back up, import, remove (with undo) and clear.
// Reads storage directly; every change goes to the background, the one writer. The citation
// library (citation-js, via core/citations.ts) is loaded by this page only.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { savedItemCsl } from '../core/citation-items';
import { CITATION_STYLES, citeItem, EXPORT_FORMATS, exportEntriesOf, exportEntries, type CitationStyle, type ExportFormat } from '../core/citations';
import { itemKey, type SavedItem } from '../core/collection';
import { makeBackup } from '../core/collection-backup';
import { IMPORT_FORMAT_NAMES, knownArticles, parseImport } from '../core/collection-import';
import { allTags, exportFileName, rowOf, SORT_ORDERS, viewRows, type CollectionRow, type SortOrder } from '../core/collection-view';
import { articles, articlesById } from '../core/full-library';
import { copyText } from '../features/clipboard';
import { downloadText } from '../features/download';
import { changeCollection, loadCollection, watchCollection } from '../features/storage-client';
import { CollectionItem } from './CollectionItem';

const known = knownArticles(articles);

/** What was just removed, for Undo: the items as they were stored. */
interface Removed {
  items: SavedItem[];
  text: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function Collection() {
  const [items, setItems] = useState<SavedItem[] | undefined>();
  const [text, setText] = useState('');
  const [tag, setTag] = useState('');
  const [order, setOrder] = useState<SortOrder>('saved-newest');
  const [format, setFormat] = useState<ExportFormat>('bibtex');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [removed, setRemoved] = useState<Removed>();
  const [confirmClear, setConfirmClear] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const cancelClear = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const load = () => void loadCollection().then(setItems);
    load();
    return watchCollection(load);
  }, []);
  useEffect(() => {
    if (removed) undoButton.current?.focus();
  }, [removed]);
  useEffect(() => {
    if (confirmClear) cancelClear.current?.focus();
  }, [confirmClear]);

  const rows = useMemo(() => (items ?? []).map((item) => rowOf(item, savedItemCsl(item, articlesById))), [items]);
  const tags = useMemo(() => allTags(rows), [rows]);
  const shown = viewRows(rows, { text, tag, order });
  // A selection counts only what is still in the collection.
  const chosen = rows.filter((row) => selected.has(row.key));
  const allShownSelected = shown.length > 0 && shown.every((row) => selected.has(row.key));

  const report = (message: string) => {
    setError('');
    setStatus(message);
  };
  const fail = (message: string) => {
    setStatus('');
    setError(message);
  };

  const select = (key: string, on: boolean) =>
    setSelected((keys) => {
      const next = new Set(keys);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const selectShown = (on: boolean) =>
    setSelected((keys) => {
      const next = new Set(keys);
      for (const row of shown) if (on) next.add(row.key);
      else next.delete(row.key);
      return next;
    });

  const edit = async (key: string, note: string, newTags: string[]) => {
    const answer = await changeCollection({ kind: 'edit', key, note, tags: newTags });
    if (answer.ok) report('Note and tags saved.');
    return answer.ok ? '' : answer.error;
  };

  const remove = async (row: CollectionRow) => {
    const answer = await changeCollection({ kind: 'remove', key: row.key });
    if (!answer.ok) return fail(`Could not remove “${row.title}”: ${answer.error}.`);
    setStatus('');
    setError('');
    setRemoved({ items: [row.item], text: `Removed “${row.title}”.` });
  };

  const clearAll = async () => {
    const all = items ?? [];
    setConfirmClear(false);
    for (const item of all) {
      const answer = await changeCollection({ kind: 'remove', key: itemKey(item) });
      if (!answer.ok) return fail(`Could not clear the collection: ${answer.error}. What is left is still saved.`);
    }
    setSelected(new Set());
    setRemoved({ items: all, text: `Removed all ${plural(all.length, 'item')}.` });
  };

  const undo = async () => {
    if (!removed) return;
    // One item goes back exactly as it was; many go back through import (merged, never doubled).
    const answer = removed.items.length === 1 ? await changeCollection({ kind: 'save', item: removed.items[0]! }) : await changeCollection({ kind: 'import', items: removed.items });
    setRemoved(undefined);
    if (answer.ok) report(`Restored ${plural(removed.items.length, 'item')}.`);
    else fail(`Could not restore: ${answer.error}.`);
  };

  const cite = async (row: CollectionRow, style: CitationStyle) => {
    const citation = citeItem(row.csl, style);
    if (await copyText(citation)) report(`Copied the ${CITATION_STYLES[style].label} citation: ${citation}`);
    else fail('Could not copy: the browser refused the clipboard.');
  };

  const exportRows = (which: CollectionRow[]) => {
    const { extension, mime, label } = EXPORT_FORMATS[format];
    const out = exportEntries(exportEntriesOf(which.map((row) => row.item), articlesById), format);
    downloadText(out, exportFileName(extension), mime);
    report(`Exported ${plural(which.length, 'item')} as ${label}.`);
  };

  const backUp = () => {
    downloadText(makeBackup(items ?? []), `hiplens-backup-${new Date().toISOString().slice(0, 10)}.json`, 'application/json');
    report(`Backed up ${plural(items?.length ?? 0, 'item')}. Import the file to restore them.`);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let result;
    try {
      result = parseImport(await file.text(), known, { bytes: file.size });
    } catch (e) {
      result = { ok: false as const, error: `the file cannot be read (${String((e as Error)?.message ?? e)})` };
    }
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) return fail(`Nothing was imported from “${file.name}”: ${result.error}.`);
    const answer = await changeCollection({ kind: 'import', items: result.items });
    if (!answer.ok) return fail(`Nothing was imported from “${file.name}”: ${answer.error}.`);
    const left = result.skipped.length ? ` Left out ${plural(result.skipped.length, 'entry', 'entries')}: ${result.skipped.join('; ')}.` : '';
    report(`Imported ${plural(result.items.length, 'item')} from “${file.name}” (${IMPORT_FORMAT_NAMES[result.format]}); any already saved were merged.${left}`);
  };

  return (
    <main class="page collection" aria-labelledby="collection-title">
      <h1 id="collection-title">Your HipLens collection</h1>
      <p class="muted">Everything here is kept in this browser only; nothing is sent anywhere. Back it up to keep a copy.</p>

      <div class="messages">
        <p role="status" class="status-line">
          {status}
          {removed && (
            <>
              {removed.text}{' '}
              <button type="button" class="button secondary" ref={undoButton} onClick={() => void undo()}>
                Undo
              </button>
            </>
          )}
        </p>
        {error && (
          <p role="alert" class="error-box">
            {error}
          </p>
        )}
      </div>

      <section class="collection-tools" aria-label="Find">
        <div class="field">
          <label for="filter-text">Filter</label>
          <input id="filter-text" type="search" value={text} placeholder="Title, author, note, tag…" onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="filter-tag">Tag</label>
          <select id="filter-tag" value={tag} onChange={(e) => setTag((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">All tags</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="sort-order">Sort</label>
          <select id="sort-order" value={order} onChange={(e) => setOrder((e.currentTarget as HTMLSelectElement).value as SortOrder)}>
            {(Object.keys(SORT_ORDERS) as SortOrder[]).map((o) => (
              <option key={o} value={o}>
                {SORT_ORDERS[o]}
              </option>
            ))}
          </select>
        </div>
      </section>

      <section class="collection-tools" aria-label="Export, back up and import">
        <div class="field">
          <label for="export-format">Export as</label>
          <select id="export-format" value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}>
            {(Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((f) => (
              <option key={f} value={f}>
                {EXPORT_FORMATS[f].label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" class="button" disabled={!rows.length} onClick={() => exportRows(rows)}>
          Export all ({rows.length})
        </button>
        <button type="button" class="button" disabled={!chosen.length} onClick={() => exportRows(chosen)}>
          Export selected ({chosen.length})
        </button>
        <button type="button" class="button secondary" disabled={!rows.length} onClick={backUp}>
          Back up
        </button>
        <div class="field">
          <label for="import-file">Import a file (BibTeX, RIS, CSL-JSON or a HipLens backup)</label>
          <input id="import-file" ref={fileInput} type="file" accept=".bib,.bibtex,.ris,.json,.txt,application/json" onChange={(e) => void importFile((e.currentTarget as HTMLInputElement).files?.[0])} />
        </div>
      </section>

      {items === undefined ? (
        <p class="muted">Reading your collection…</p>
      ) : !rows.length ? (
        <p class="empty-collection">Nothing saved yet. Save an article from its card, a search result or the reader, or save the page you are reading from the sidebar or the popup.</p>
      ) : (
        <section aria-labelledby="items-title">
          <div class="list-head">
            <h2 id="items-title" class="list-title">
              {shown.length === rows.length ? plural(rows.length, 'item') : `${plural(shown.length, 'item')} of ${rows.length} shown`}
            </h2>
            <label class="choice">
              <input type="checkbox" checked={allShownSelected} disabled={!shown.length} onChange={(e) => selectShown((e.currentTarget as HTMLInputElement).checked)} /> Select all shown
            </label>
          </div>
          {shown.length ? (
            <ul class="collection-list" role="list">
              {shown.map((row) => (
                <li key={row.key}>
                  <CollectionItem row={row} selected={selected.has(row.key)} onSelect={select} onEdit={edit} onRemove={(r) => void remove(r)} onCite={(r, s) => void cite(r, s)} />
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">Nothing matches this filter.</p>
          )}
          <div class="clear-all">
            {confirmClear ? (
              <div role="group" aria-labelledby="clear-question" class="confirm">
                <p id="clear-question">
                  Remove all {plural(rows.length, 'item')} from your collection? Back up first if you may want them again.
                </p>
                <button type="button" class="button danger" onClick={() => void clearAll()}>
                  Remove all
                </button>{' '}
                <button
                  type="button"
                  class="button secondary"
                  ref={cancelClear}
                  onClick={() => {
                    setConfirmClear(false);
                    setTimeout(() => clearButton.current?.focus());
                  }}
                >
                  Cancel
                </button>
              </div>
            ) : (
              <button type="button" class="button secondary danger" ref={clearButton} onClick={() => setConfirmClear(true)}>
                Clear the collection…
              </button>
            )}
          </div>
        </section>
      )}
      <p class="popup-links">
        <a href={browser.runtime.getURL('/reader.html')}>Browse the library</a> ·{' '}
        <a href="#" onClick={(e) => (e.preventDefault(), void browser.runtime.openOptionsPage())}>
          Settings
        </a>
      </p>
    </main>
  );
}

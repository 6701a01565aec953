// Stored data as every view but the background sees it: read directly (reads cannot race), and
// changed only by asking the background, the one writer (features/storage-writer.ts).
import { browser } from 'wxt/browser';
import { articleIdOfKey, isItemKey, itemsOf, type CollectionChange, type SavedItem } from '../core/collection';
import type { SavedIdsAnswer, WriteAnswer } from '../core/messages';
import { repairHandout, type HandoutChange, type HandoutPrefs } from '../core/handout';
import { repairSettings, type Settings, type SettingsChange } from '../core/settings';
import { ask } from './messaging';

const SETTINGS_KEY = 'settings';
const NO_ANSWER: WriteAnswer = { ok: false, error: 'HipLens’s background did not answer; try again' };

export async function loadSettings(): Promise<Settings> {
  try {
    return repairSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return repairSettings(undefined);
  }
}

type Changes = Record<string, { newValue?: unknown; oldValue?: unknown }>;

function onLocalChange(listener: (changes: Changes) => void): () => void {
  const onChanged = (changes: Changes, area: string) => {
    if (area === 'local') listener(changes);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** Calls `listener` with the new settings whenever any part of the extension changes them. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return onLocalChange((changes) => {
    if (SETTINGS_KEY in changes) listener(repairSettings(changes[SETTINGS_KEY]!.newValue));
  });
}

export async function changeSettings(change: SettingsChange): Promise<WriteAnswer> {
  return (await ask<WriteAnswer>({ type: 'change-settings', change })) ?? NO_ANSWER;
}

const HANDOUT_KEY = 'handout';

export async function loadHandout(): Promise<HandoutPrefs> {
  try {
    return repairHandout((await browser.storage.local.get(HANDOUT_KEY))[HANDOUT_KEY]);
  } catch {
    return repairHandout(undefined);
  }
}

/** Calls `listener` with the new handout preferences whenever any part of the extension changes them. */
export function watchHandout(listener: (prefs: HandoutPrefs) => void): () => void {
  return onLocalChange((changes) => {
    if (HANDOUT_KEY in changes) listener(repairHandout(changes[HANDOUT_KEY]!.newValue));
  });
}

export async function changeHandout(change: HandoutChange): Promise<WriteAnswer> {
  return (await ask<WriteAnswer>({ type: 'change-handout', change })) ?? NO_ANSWER;
}

export async function changeCollection(change: CollectionChange): Promise<WriteAnswer> {
  return (await ask<WriteAnswer>({ type: 'change-collection', change })) ?? NO_ANSWER;
}

export async function loadSavedArticleIds(): Promise<Set<string>> {
  return new Set((await ask<SavedIdsAnswer>({ type: 'saved-article-ids' }))?.ids ?? []);
}

/** Calls `listener` for every article saved or removed anywhere. */
export function watchSavedArticles(listener: (articleId: string, saved: boolean) => void): () => void {
  return onLocalChange((changes) => {
    for (const [key, change] of Object.entries(changes)) {
      const id = articleIdOfKey(key);
      if (id) listener(id, change.newValue !== undefined);
    }
  });
}

/** Every saved item, oldest first (read directly: reads cannot race the one writer). */
export async function loadCollection(): Promise<SavedItem[]> {
  try {
    return itemsOf(await browser.storage.local.get(null));
  } catch {
    return [];
  }
}

/** Calls `listener` whenever any item of the collection is saved, changed or removed anywhere. */
export function watchCollection(listener: () => void): () => void {
  return onLocalChange((changes) => {
    if (Object.keys(changes).some(isItemKey)) listener();
  });
}

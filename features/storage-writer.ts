// The one writer of stored data, in the background. The sidebar, the popup and the options page
// ask for changes by message (features/storage-client.ts); the background applies them one at a
// time, in the order they arrive, so no two writes interleave. Settings are one versioned item
// (WXT storage with migrations); the collection is one key per item (core/collection.ts), so
// saving one item never rewrites another. A write that fails is answered with what went wrong,
// and what was stored before stays as it was.
import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import {
  editItem,
  itemKey,
  itemsOf,
  mergeSaved,
  planLegacyMigration,
  toStored,
  upgradeItem,
  type CollectionChange,
} from '../core/collection';
import { planImport } from '../core/collection-merge';
import type { WriteAnswer } from '../core/messages';
import { applyHandoutChange, DEFAULT_HANDOUT, repairHandout, type HandoutChange, type HandoutPrefs } from '../core/handout';
import { applySettingsChange, DEFAULT_SETTINGS, repairSettings, type Settings, type SettingsChange } from '../core/settings';

/**
 * v1: the settings object of the first releases, unversioned. v2: the same fields, repaired
 * (host lists normalised and sorted, width clamped), from when writes went through the background.
 * v3: the sidebar peeks beside the page by default (mode "auto" becomes "peek"), remembers the
 * sites where the user closed it (quietSites) and whether it was collapsed.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 3,
  migrations: { 2: (old: unknown) => repairSettings(old), 3: (old: unknown) => repairSettings(old) },
});

/**
 * What the reader's handout adds (core/handout.ts), in an item of its own beside the settings, so
 * adding it touched no setting. v1: clinic, showDate, includeClinicians, notes by article id.
 */
export const handoutItem = storage.defineItem<HandoutPrefs>('local:handout', {
  fallback: DEFAULT_HANDOUT,
  version: 1,
});

let queue: Promise<unknown> = Promise.resolve();

/** Runs `write` after every write asked for before it, whatever became of those. */
function inOrder<T>(write: () => Promise<T>): Promise<T> {
  const result = queue.then(write, write);
  queue = result.catch(() => undefined);
  return result;
}

/** A change that cannot be made, in words for the reader (not a failure of the browser's storage). */
class Refused extends Error {}

function failure(error: unknown): WriteAnswer {
  if (error instanceof Refused) return { ok: false, error: error.message };
  const text = String((error as Error)?.message ?? error);
  // Chrome says "QUOTA_BYTES quota exceeded", Firefox "QuotaExceededError"; either way, the user
  // needs to know that the browser's storage for HipLens is full.
  const full = /quota/i.test(text);
  return { ok: false, error: full ? 'the browser’s storage for HipLens is full' : `the browser could not store it (${text})` };
}

async function answer(write: () => Promise<void>): Promise<WriteAnswer> {
  try {
    await inOrder(write);
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

export function changeSettings(change: SettingsChange): Promise<WriteAnswer> {
  return answer(async () => {
    const current = repairSettings(await settingsItem.getValue());
    await settingsItem.setValue(applySettingsChange(current, change));
  });
}

export function changeHandout(change: HandoutChange): Promise<WriteAnswer> {
  return answer(async () => {
    const current = repairHandout(await handoutItem.getValue());
    await handoutItem.setValue(applyHandoutChange(current, change));
  });
}

export function changeCollection(change: CollectionChange): Promise<WriteAnswer> {
  return answer(async () => {
    switch (change.kind) {
      case 'remove':
        return browser.storage.local.remove(change.key);
      case 'save': {
        const key = itemKey(change.item);
        const existing = upgradeItem((await browser.storage.local.get(key))[key]);
        return browser.storage.local.set({ [key]: toStored(mergeSaved(existing, change.item)) });
      }
      case 'edit': {
        const existing = upgradeItem((await browser.storage.local.get(change.key))[change.key]);
        if (!existing) throw new Refused('it is no longer in your collection (removed in another tab?)');
        return browser.storage.local.set({ [change.key]: toStored(editItem(existing, change)) });
      }
      case 'import': {
        // Planned against the collection as it is now, so a save from another tab meanwhile is merged too.
        const plan = planImport(await browser.storage.local.get(null), change.items);
        if (Object.keys(plan.set).length) await browser.storage.local.set(plan.set);
        return;
      }
    }
  });
}

/** The ids of the saved articles. */
export async function savedArticleIds(): Promise<string[]> {
  return itemsOf(await browser.storage.local.get(null)).flatMap((item) => (item.kind === 'article' ? [item.articleId] : []));
}

/**
 * Brings stored data to today's layout, once, before any other write: the one-array collection of
 * the first releases becomes one key per item (the array goes only after every item is written).
 */
export function migrateStorage(): Promise<void> {
  return inOrder(async () => {
    const plan = planLegacyMigration(await browser.storage.local.get(null));
    if (Object.keys(plan.set).length) await browser.storage.local.set(plan.set);
    if (plan.remove.length) await browser.storage.local.remove(plan.remove);
  }).catch((error) => {
    // The old array stays where it was and the next start tries again.
    console.warn('HipLens could not move the saved collection to its new layout', error);
  });
}

// A HipLens backup: the whole collection as one versioned JSON file, every item exactly as stored
// (with its own schema version, so a later HipLens upgrades it as it upgrades stored items).
// Restoring it brings back exactly what was saved: same items, notes, tags, dates and CSL data.
//
//   {
//     "format": "hiplens-collection",
//     "version": 1,
//     "exportedAt": "2026-01-15T12:00:00.000Z",
//     "items": [{ "v": 2, "kind": "article", "articleId": "groin-strain", "savedAt": "…", "note": "", "tags": [] }, …]
//   }
import { toStored, upgradeItem, type SavedItem } from './collection';

export const BACKUP_FORMAT = 'hiplens-collection';
export const BACKUP_VERSION = 1;

export function makeBackup(items: readonly SavedItem[], now = new Date()): string {
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), items: items.map(toStored) }, null, 2)}\n`;
}

export function isBackup(json: unknown): boolean {
  return !!json && typeof json === 'object' && (json as Record<string, unknown>).format === BACKUP_FORMAT;
}

export type BackupContents = { ok: true; items: SavedItem[]; skipped: number } | { ok: false; error: string };

/** The items of a parsed backup, or what is wrong with it. */
export function readBackup(json: unknown): BackupContents {
  const backup = json as Record<string, unknown>;
  if (!isBackup(json)) return { ok: false, error: 'this is not a HipLens backup' };
  if (typeof backup.version !== 'number' || backup.version > BACKUP_VERSION)
    return { ok: false, error: `this backup was made by a newer HipLens (backup version ${String(backup.version)}); update HipLens to restore it` };
  if (!Array.isArray(backup.items)) return { ok: false, error: 'this HipLens backup has no list of items' };
  const items = backup.items.map(upgradeItem).filter((item): item is SavedItem => !!item);
  return { ok: true, items, skipped: backup.items.length - items.length };
}

// Bringing many items into the collection at once (an import, a backup restored) without doubling
// any: an item is the same as one already saved, or one earlier in the same import, when it has
// the same article id, the same canonical URL or the same DOI. The same ones are combined (nothing
// either holds is lost, see combineSaved); the rest are added. Pure: the background applies the
// plan in one write.
import {
  articleKey,
  canonicalUrl,
  combineSaved,
  isItemKey,
  itemKey,
  normalizeDoi,
  toStored,
  upgradeItem,
  type SavedItem,
  type StoragePlan,
} from './collection';

export interface ImportPlan extends StoragePlan {
  /** Items new to the collection. */
  added: number;
  /** Items combined with one already saved (or given twice). */
  merged: number;
  /** Items already saved exactly so: nothing to write. */
  unchanged: number;
}

/** Every identity of an item: its key, its canonical URLs and its DOI. */
function identities(item: SavedItem): string[] {
  if (item.kind === 'article') return [articleKey(item.articleId)];
  const ids = [itemKey(item), `url:${canonicalUrl(item.url)}`];
  if (item.csl.URL) ids.push(`url:${canonicalUrl(item.csl.URL)}`);
  if (item.csl.DOI) ids.push(`doi:${normalizeDoi(item.csl.DOI)}`);
  return ids;
}

export function planImport(snapshot: Record<string, unknown>, incoming: readonly SavedItem[]): ImportPlan {
  // Where each identity lives: the storage key of the item that has it.
  const keyOf = new Map<string, string>();
  const items = new Map<string, SavedItem>();
  const remember = (key: string, item: SavedItem) => {
    items.set(key, item);
    for (const id of identities(item)) if (!keyOf.has(id)) keyOf.set(id, key);
  };
  for (const [key, value] of Object.entries(snapshot)) {
    const item = isItemKey(key) ? upgradeItem(value) : undefined;
    if (item) remember(key, item);
  }

  const plan: ImportPlan = { set: {}, remove: [], added: 0, merged: 0, unchanged: 0 };
  for (const raw of incoming) {
    const item = upgradeItem(raw);
    if (!item) continue;
    const key = identities(item).map((id) => keyOf.get(id)).find(Boolean);
    const current = key ? items.get(key) : undefined;
    if (!key || !current) {
      const own = itemKey(item);
      remember(own, item);
      plan.set[own] = toStored(item);
      plan.added++;
      continue;
    }
    const combined = combineSaved(current, item);
    if (JSON.stringify(combined) === JSON.stringify(current)) {
      plan.unchanged++;
      continue;
    }
    remember(key, combined);
    plan.set[key] = toStored(combined);
    plan.merged++;
  }
  return plan;
}

// One value kept in browser.storage.local, repaired on every read so that older or damaged data
// never breaks a reader, and watched so every open page and view sees changes at once.
import { browser } from 'wxt/browser';

export interface StoredValue<T> {
  load(): Promise<T>;
  /** Read, change and write back; returns what was stored. */
  update(change: (current: T) => T): Promise<T>;
  /** Calls `listener` with the new value whenever any part of the extension changes it. */
  watch(listener: (value: T) => void): () => void;
}

export function storedValue<T>(key: string, repair: (stored: unknown) => T): StoredValue<T> {
  const load = async () => repair((await browser.storage.local.get(key))[key]);
  return {
    load,
    async update(change) {
      const next = repair(change(await load()));
      await browser.storage.local.set({ [key]: next });
      return next;
    },
    watch(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) listener(repair(changes[key]!.newValue));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

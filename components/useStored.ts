import { useEffect, useState } from 'preact/hooks';
import type { StoredValue } from '../features/stored-value';

/** A stored value as Preact state: loaded once, then kept in step with every change. */
export function useStored<T>(store: StoredValue<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    void store.load().then((v) => live && setValue(v));
    const stop = store.watch(setValue);
    return () => {
      live = false;
      stop();
    };
  }, [store]);
  return value;
}

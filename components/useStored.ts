import { useEffect, useState } from 'preact/hooks';

/**
 * A stored value as Preact state: loaded once, then kept in step with every change `watch`
 * reports. The setter lets a component show a change before the background has stored it.
 */
export function useStored<T>(load: () => Promise<T>, watch: (listener: (value: T) => void) => () => void, initial: T): [T, (next: T | ((current: T) => T)) => void] {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let live = true;
    void load().then((v) => live && setValue(() => v));
    const stop = watch((v) => setValue(() => v));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return [value, setValue];
}

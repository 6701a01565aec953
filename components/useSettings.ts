import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { loadSettings, watchSettings } from '../features/storage-client';

/** The stored settings as Preact state: loaded once, then kept in step with every change. */
export function useSettings(): Settings | undefined {
  const [value, setValue] = useState<Settings>();
  useEffect(() => {
    let live = true;
    void loadSettings().then((v) => live && setValue(v));
    const stop = watchSettings(setValue);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return value;
}

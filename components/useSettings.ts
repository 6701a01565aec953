import type { Settings } from '../core/settings';
import { loadSettings, watchSettings } from '../features/storage-client';
import { useStored } from './useStored';

/** The stored settings as Preact state: loaded once, then kept in step with every change. */
export function useSettings(): Settings | undefined {
  return useStored<Settings | undefined>(loadSettings, watchSettings, undefined)[0];
}

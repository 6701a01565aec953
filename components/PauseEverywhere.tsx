import { settingsStore } from '../features/settings-store';

/** The global pause, as a checkbox that writes straight to the stored settings. */
export function PauseEverywhere({ paused, onSaved }: { paused: boolean; onSaved?: () => void }) {
  return (
    <label class="choice">
      <input
        type="checkbox"
        checked={paused}
        onChange={(e) => {
          // Read now: the event's target is gone by the time the stored value comes back.
          const next = (e.currentTarget as HTMLInputElement).checked;
          void settingsStore.update((s) => ({ ...s, paused: next })).then(onSaved);
        }}
      />
      <span>Pause HipLens everywhere (it reads no page until you resume)</span>
    </label>
  );
}

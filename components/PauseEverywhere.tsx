import { changeSettings } from '../features/storage-client';

/** The global pause, as a checkbox; `onSaved` hears what became of the change. */
export function PauseEverywhere({ paused, onSaved }: { paused: boolean; onSaved?: (status: string) => void }) {
  return (
    <label class="choice">
      <input
        type="checkbox"
        checked={paused}
        onChange={(e) => {
          // Read now: the event's target is gone by the time the answer comes back.
          const next = (e.currentTarget as HTMLInputElement).checked;
          void changeSettings({ kind: 'set', values: { paused: next } }).then((answer) =>
            onSaved?.(answer.ok ? 'Saved.' : `Not saved: ${answer.error}. Your earlier settings are kept.`),
          );
        }}
      />
      <span>Pause HipLens everywhere (it reads no page until you resume)</span>
    </label>
  );
}

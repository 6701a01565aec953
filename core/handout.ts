// What a clinician adds to a printed handout (the reader's handout mode): the clinic's name, their
// own notes for an article, whether to print the date and the clinicians' part. Pure; kept locally
// in its own versioned storage item by the background's one writer (features/storage-writer.ts),
// beside the settings and never inside them, so no setting is touched by it.

export interface HandoutPrefs {
  /** Printed at the top of every handout; empty for none. */
  clinic: string;
  /** Print today's date on the handout. */
  showDate: boolean;
  /** Print the clinicians' part too (left out unless chosen). */
  includeClinicians: boolean;
  /** The clinician's notes for an article, by article id. */
  notes: Record<string, string>;
}

export const HANDOUT_LIMITS = { clinic: 80, note: 600, notes: 100 };

export const DEFAULT_HANDOUT: Readonly<HandoutPrefs> = Object.freeze({ clinic: '', showDate: true, includeClinicians: false, notes: {} });

const ID = /^[a-z0-9-]{1,80}$/;

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').slice(0, max) : '';
}

/** Stored handout preferences, repaired: unknown or malformed fields take their default. */
export function repairHandout(stored: unknown): HandoutPrefs {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof HandoutPrefs, unknown>>;
  const notes: Record<string, string> = {};
  if (s.notes && typeof s.notes === 'object' && !Array.isArray(s.notes)) {
    for (const [id, note] of Object.entries(s.notes as Record<string, unknown>)) {
      const value = text(note, HANDOUT_LIMITS.note);
      if (ID.test(id) && value.trim() && Object.keys(notes).length < HANDOUT_LIMITS.notes) notes[id] = value;
    }
  }
  return {
    clinic: text(s.clinic, HANDOUT_LIMITS.clinic).replace(/\n/g, ' '),
    showDate: s.showDate !== false,
    includeClinicians: s.includeClinicians === true,
    notes,
  };
}

/** A change to the handout preferences, as the reader asks the background for it. */
export type HandoutChange =
  | { kind: 'set'; values: Partial<Pick<HandoutPrefs, 'clinic' | 'showDate' | 'includeClinicians'>> }
  /** The notes for one article; an empty note removes them. */
  | { kind: 'note'; articleId: string; note: string };

export function applyHandoutChange(prefs: HandoutPrefs, change: HandoutChange): HandoutPrefs {
  if (change.kind === 'set') return repairHandout({ ...prefs, ...change.values });
  const notes = { ...prefs.notes };
  delete notes[change.articleId];
  if (change.note.trim()) notes[change.articleId] = change.note;
  return repairHandout({ ...prefs, notes });
}

export function isHandoutChange(value: unknown): value is HandoutChange {
  const c = value as Record<string, unknown> | null;
  if (!c || typeof c !== 'object') return false;
  if (c.kind === 'set') return !!c.values && typeof c.values === 'object';
  if (c.kind === 'note') return typeof c.articleId === 'string' && ID.test(c.articleId) && typeof c.note === 'string';
  return false;
}

/** Today's date as the handout prints it: "14 March 2026". */
export function handoutDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

// The one urgency scale of the library, declared here and nowhere else. Every red flag of every
// article carries one of these levels: the shared signs in data/red-flags.yaml carry theirs, and an
// article's own sign must name one (the compiler rejects it otherwise). The cards and the reader show
// the label as text beside each sign, so the level never depends on colour alone.

export const URGENCY_LEVELS = ['emergency', 'same-day', 'within-days', 'routine'] as const;
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number];

export interface UrgencyInfo {
  /** The short text label shown beside a sign. */
  label: string;
  /** What to do, in one plain sentence. */
  action: string;
}

export const URGENCY: Readonly<Record<UrgencyLevel, UrgencyInfo>> = {
  emergency: {
    label: 'Emergency',
    action: 'Call 999 or go to A&E now.',
  },
  'same-day': {
    label: 'Same day',
    action: 'Get seen today: ask for an urgent GP appointment, call NHS 111 or go to an urgent treatment centre. Do not wait until tomorrow.',
  },
  'within-days': {
    label: 'Within days',
    action: 'See a GP or physiotherapist within a few days.',
  },
  routine: {
    label: 'Routine',
    action: 'Book a routine appointment with a GP or physiotherapist.',
  },
};

export function isUrgencyLevel(value: unknown): value is UrgencyLevel {
  return typeof value === 'string' && (URGENCY_LEVELS as readonly string[]).includes(value);
}

/** Most urgent first; a stable sort keeps the author's order within a level. */
export function byUrgency<T extends { level: UrgencyLevel }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => URGENCY_LEVELS.indexOf(a.level) - URGENCY_LEVELS.indexOf(b.level));
}

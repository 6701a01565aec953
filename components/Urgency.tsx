import type { RedFlag } from '../core/library';
import { URGENCY, URGENCY_LEVELS, type UrgencyLevel } from '../core/urgency';

/** The level of a warning sign as a small text label (never colour alone). */
export function UrgencyLabel({ level }: { level: UrgencyLevel }) {
  return (
    <span class={`urgency urgency-${level}`} title={URGENCY[level].action}>
      {URGENCY[level].label}
      <span class="sr-only">:</span>
    </span>
  );
}

/** Warning signs, most urgent first, each with its level's label. */
export function RedFlagList({ flags, className }: { flags: readonly RedFlag[]; className?: string }) {
  return (
    <ul class={`red-flags ${className ?? ''}`}>
      {flags.map((flag) => (
        <li key={flag.text}>
          <UrgencyLabel level={flag.level} /> {flag.text}
          {flag.action ? `. ${flag.action}` : ''}
        </li>
      ))}
    </ul>
  );
}

/** What each level used by these signs means, in the scale's order. */
export function UrgencyKey({ flags }: { flags: readonly RedFlag[] }) {
  const used = URGENCY_LEVELS.filter((level) => flags.some((f) => f.level === level));
  return (
    <dl class="urgency-key">
      {used.map((level) => (
        <div key={level}>
          <dt>
            <UrgencyLabel level={level} />
          </dt>
          <dd>{URGENCY[level].action}</dd>
        </div>
      ))}
    </dl>
  );
}

import { cardsById } from '../core/cards';
import type { Suggestion } from '../core/match';
import type { Side } from '../core/settings';

interface Props {
  suggestions: Suggestion[];
  side: Side;
  onExpand: () => void;
  onClose: () => void;
}

/**
 * The slim strip beside the page: how the sidebar opens by itself (a peek) and how it collapses.
 * It says how many articles match and names the first, and opens the whole sidebar on a click.
 */
export function StripTab({ suggestions, side, onExpand, onClose }: Props) {
  const first = suggestions[0] && cardsById.get(suggestions[0].id)?.title;
  const count = suggestions.length;
  const label = count ? `${count} related article${count === 1 ? '' : 's'}${first ? `: ${first}` : ''}` : 'no related articles';
  // The title repeats the name for pointer users; the name itself is the visible text, framed.
  return (
    <aside class={`strip side-${side}`} aria-label="HipLens">
      {/* The accessible name is the visible text with what the button does around it. */}
      <button type="button" class="strip-open" onClick={onExpand} title={`Open the HipLens sidebar (${label})`}>
        <span class="sr-only">Open the sidebar: </span>
        <span class="strip-brand">HipLens</span>
        {count > 0 && (
          <span class="strip-count">
            {count}
            <span class="sr-only"> related article{count === 1 ? '' : 's'}</span>
          </span>
        )}
        {first && <span class="strip-title">{first}</span>}
        {count === 0 && <span class="sr-only"> (no related articles)</span>}
      </button>
      <button type="button" class="strip-close" onClick={onClose} aria-label="Close the HipLens sidebar" title="Close">
        ×
      </button>
    </aside>
  );
}

import { cardsById } from '../core/bundled-library';
import type { Suggestion } from '../core/match';
import { Disclaimer } from './Disclaimer';
import { SuggestionCard } from './SuggestionCard';

interface Props {
  suggestions: Suggestion[];
  onClose: () => void;
  onRead: (id: string) => void;
}

export function Sidebar({ suggestions, onClose, onRead }: Props) {
  const shown = suggestions.filter((s) => cardsById.has(s.id));
  return (
    <aside class="sidebar" role="complementary" aria-label="HipLens: related hip and groin articles">
      <header class="sidebar-header">
        <h2 class="brand">HipLens</h2>
        <button type="button" class="icon-button" onClick={onClose} aria-label="Close the HipLens sidebar">
          ×
        </button>
      </header>
      <Disclaimer />
      {shown.length ? (
        <section aria-label="Articles related to this page">
          <h2 class="section-title">Related to this page</h2>
          <ul class="cards" role="list">
            {shown.map((s) => (
              <li key={s.id}>
                <SuggestionCard card={cardsById.get(s.id)!} suggestion={s} onRead={onRead} />
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p class="empty">This page does not look like it is about a hip or groin topic.</p>
      )}
    </aside>
  );
}

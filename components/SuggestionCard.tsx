import type { ArticleCard } from '../core/library';
import type { Suggestion } from '../core/match';

interface Props {
  card: ArticleCard;
  suggestion?: Suggestion;
  onRead: (id: string) => void;
}

export function SuggestionCard({ card, suggestion, onRead }: Props) {
  const titleId = `hl-card-${card.id}`;
  return (
    <article class="card" data-article-id={card.id} aria-labelledby={titleId}>
      <h3 id={titleId} class="card-title">
        {card.title}
      </h3>
      <p class="chip">{card.region}</p>
      <p class="summary">{card.summary}</p>
      {suggestion && suggestion.reasons.length > 0 && (
        <p class="reasons">
          <span class="reasons-label">Matched: </span>
          {suggestion.reasons.slice(0, 4).join(', ')}
        </p>
      )}
      <div class="actions">
        <button type="button" class="button" onClick={() => onRead(card.id)} aria-label={`Read the full article: ${card.title}`}>
          Read
        </button>
      </div>
    </article>
  );
}

import { useState } from 'preact/hooks';
import type { ArticleCard } from '../core/library';
import type { Suggestion } from '../core/match';
import { DISCLAIMER } from './Disclaimer';
import { RedFlagList } from './Urgency';

interface Props {
  card: ArticleCard;
  suggestion?: Suggestion;
  saved: boolean;
  onRead: (id: string) => void;
  onToggleSave: (id: string) => void;
  onCopy: (text: string) => Promise<boolean>;
}

/** The summary as plain text for a patient: title, summary, when to get help, and the disclaimer. */
export function summaryText(card: ArticleCard): string {
  return `${card.title}\n\n${card.summary}\n\nWhen to see a professional: ${card.seeAProfessional}\n\n${DISCLAIMER}`;
}

export function SuggestionCard({ card, suggestion, saved, onRead, onToggleSave, onCopy }: Props) {
  const [expanded, setExpanded] = useState(false);
  const [copied, setCopied] = useState<'' | 'Copied' | 'Could not copy'>('');
  const titleId = `hl-card-${card.id}`;
  const detailsId = `hl-details-${card.id}`;
  return (
    <article class="card" data-article-id={card.id} aria-labelledby={titleId}>
      <div class="card-head">
        <h3 id={titleId} class="card-title">
          {card.title}
        </h3>
        <span class="chip">{card.region}</span>
      </div>
      <p class="summary">{card.summary}</p>
      {suggestion && suggestion.reasons.length > 0 && (
        <p class="reasons" title={suggestion.reasons.join(', ')}>
          <span class="sr-only">Why it matched: </span>
          {suggestion.reasons.slice(0, 4).map((r) => `“${r}”`).join(' · ')}
        </p>
      )}
      <div class="actions">
        <button type="button" class="button" onClick={() => onRead(card.id)} aria-label={`Read the full article: ${card.title}`}>
          Read
        </button>
        <button type="button" class="button secondary" aria-pressed={saved} onClick={() => onToggleSave(card.id)} aria-label={`Save ${card.title} to your collection`}>
          {saved ? 'Saved' : 'Save'}
        </button>
        <button
          type="button"
          class="button secondary"
          aria-label={`Copy the summary of ${card.title}`}
          onClick={async () => {
            setCopied((await onCopy(summaryText(card))) ? 'Copied' : 'Could not copy');
            // The confirmation goes once it has been seen (and announced).
            setTimeout(() => setCopied(''), 2500);
          }}
        >
          Copy
        </button>
        <button type="button" class="button secondary" aria-expanded={expanded} aria-controls={detailsId} onClick={() => setExpanded(!expanded)}>
          More
          <span class="sr-only"> (key points and red flags): {card.title}</span>
        </button>
      </div>
      <p class="status" role="status">
        {copied}
      </p>
      <div id={detailsId} class="details" hidden={!expanded}>
        <h4>Key symptoms</h4>
        <ul>
          {card.symptoms.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <h4 class="warning-title">Red flags: get medical help promptly</h4>
        <RedFlagList flags={card.redFlags} className="warning" />
        <p>{card.seeAProfessional}</p>
      </div>
    </article>
  );
}

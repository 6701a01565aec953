import { useEffect, useRef, useState } from 'preact/hooks';
import { cardsById } from '../core/cards';
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

/** "Copy for patient": title, summary, when to get help, the source line and the disclaimer, as plain text. */
export function summaryText(card: Pick<ArticleCard, 'title' | 'summary' | 'seeAProfessional' | 'sourceLine'>): string {
  return `${card.title}\n\n${card.summary}\n\nWhen to see a professional: ${card.seeAProfessional}\n\n${card.sourceLine}\n\n${DISCLAIMER}`;
}

/** How long "Copied" stays: long enough to be seen and announced, then it goes. */
export const COPIED_MS = 2500;

/** A copy confirmation that clears itself after COPIED_MS (and never fires after unmounting). */
export function useCopyStatus(): ['' | 'Copied' | 'Could not copy', (ok: boolean) => void] {
  const [status, setStatus] = useState<'' | 'Copied' | 'Could not copy'>('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  return [
    status,
    (ok) => {
      setStatus(ok ? 'Copied' : 'Could not copy');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setStatus(''), COPIED_MS);
    },
  ];
}

export function SuggestionCard({ card, suggestion, saved, onRead, onToggleSave, onCopy }: Props) {
  const [expanded, setExpanded] = useState(false);
  const [copied, showCopied] = useCopyStatus();
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
          aria-label={`Copy the summary of ${card.title} for a patient`}
          onClick={async () => showCopied(await onCopy(summaryText(card)))}
        >
          Copy
        </button>
        <button type="button" class="button secondary" aria-expanded={expanded} aria-controls={detailsId} onClick={() => setExpanded(!expanded)}>
          More
          <span class="sr-only"> (key points, red flags and the clinician's view): {card.title}</span>
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
        <CardClinicians card={card} onRead={onRead} />
      </div>
    </article>
  );
}

/** The clinician's view under "More", compact and closed until opened (a native disclosure, so keyboard operable). */
export function CardClinicians({ card, onRead }: { card: ArticleCard; onRead: (id: string) => void }) {
  const { examination, differentials, referral, recovery } = card.clinicians;
  return (
    <details class="card-clinicians">
      <summary>
        For clinicians<span class="sr-only">: {card.title}</span>
      </summary>
      <dl>
        <dt>Examination and tests</dt>
        <dd>{examination.join('; ')}</dd>
        <dt>Differentials</dt>
        <dd>
          <ul class="inline-list" role="list">
            {differentials.map((id) => (
              <li key={id}>
                <button type="button" class="link-button" data-differential-id={id} onClick={() => onRead(id)} aria-label={`Read ${cardsById.get(id)?.title ?? id} in the reader`}>
                  {cardsById.get(id)?.title ?? id}
                </button>
              </li>
            ))}
          </ul>
        </dd>
        <dt>Referral and imaging</dt>
        <dd>{referral.join('; ')}</dd>
        <dt>Typical recovery</dt>
        <dd>{recovery}</dd>
      </dl>
    </details>
  );
}

import { cardsById } from '../core/bundled-library';
import { Disclaimer } from './Disclaimer';

/** Placeholder until the full article bodies ship (library issue). */
export function Reader() {
  const id = decodeURIComponent(location.hash.slice(1));
  const card = cardsById.get(id);
  return (
    <main class="page" aria-labelledby="reader-title">
      <h1 id="reader-title">{card?.title ?? 'Article not found'}</h1>
      {card && <p>{card.summary}</p>}
      <Disclaimer />
    </main>
  );
}

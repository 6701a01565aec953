import { cardsById } from '../core/cards';

/** Related conditions of the matched articles that are not matched themselves: a differential, not more matches. */
export function alsoConsider(shownIds: readonly string[], limit = 6): string[] {
  const shown = new Set(shownIds);
  const out: string[] = [];
  for (const id of shownIds)
    for (const related of cardsById.get(id)?.related ?? [])
      if (!shown.has(related) && !out.includes(related) && cardsById.has(related)) out.push(related);
  return out.slice(0, limit);
}

export function AlsoConsider({ shownIds, onOpen }: { shownIds: readonly string[]; onOpen: (id: string) => void }) {
  const ids = alsoConsider(shownIds);
  if (!ids.length) return null;
  return (
    <nav class="also-consider" aria-labelledby="hl-also">
      <h3 id="hl-also" class="also-title">
        Also consider
      </h3>
      <ul role="list">
        {ids.map((id) => (
          <li key={id}>
            <button type="button" class="link-button" data-consider-id={id} onClick={() => onOpen(id)}>
              {cardsById.get(id)!.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

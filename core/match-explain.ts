// Why a page was answered or not, in one screen: what `npm run related -- --explain` prints.
import type { PageText } from './extract';
import type { PageEvidence } from './match';
import { GATE } from './match-gate';

const pct = (n: number) => `${(100 * n).toFixed(1)}%`;

export function explainPage(page: PageText, e: PageEvidence, rows = 8): string {
  const density = e.words ? e.regionWords / e.words : 0;
  const needed = e.headlineRegionWords > 0 ? GATE.regionDensityWithHeadline : GATE.regionDensity;
  const lines = [
    `Page: "${page.title || '(untitled)'}", ${e.words} content words, ${page.headings.length} headings${page.truncated ? ', cut short' : ''}`,
    `Region: ${e.regionWords} hip/groin/buttock/low-back words (${pct(density)}; on topic needs ${pct(needed)} and at least ${GATE.minRegionWords}), ` +
      `${e.headlineRegionWords} in the headline, ${e.otherRegionWords} of other body parts`,
    `Verdict: ${e.animals ? 'a page about animals' : e.onTopic ? 'on topic' : e.corroborated ? 'in our region at a low density (names need their profile to agree)' : 'not in our region (only a name in the headline can answer it)'}` +
      (e.headlineElsewhere ? '; the headline names another body part' : ''),
    'Articles (score, names, profile, where named, and the gate\'s reason):',
  ];
  for (const a of e.articles.slice(0, rows)) {
    const named = a.prominent ? 'in the headline' : a.named ? `named ${a.mentions}x in the body` : a.keywordScore > 0 ? 'keywords only' : 'not named';
    const why = a.admittedBy ? `shown: ${a.admittedBy}` : `refused: ${a.refused}`;
    lines.push(`  ${a.score.toFixed(1).padStart(5)}  names ${a.nameScore.toFixed(1).padStart(4)}  profile ${a.profile.toFixed(2)}  ${a.id}  (${named}; ${why})`);
    if (a.reasons.length) lines.push(`         matched: ${a.reasons.slice(0, 4).join(', ')}`);
  }
  if (e.articles.length > rows) lines.push(`  ... and ${e.articles.length - rows} more with less evidence`);
  return lines.join('\n');
}

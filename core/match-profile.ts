// Word profiles: how much a page's vocabulary resembles each article's (TF-IDF cosine), which
// finds a condition described in lay words without being named. Pure.
import { hasOwn, PROFILE_SCALE, type MatchIndex } from './match-index';

/** Cosine similarity between the page's words (headline words count double) and each article profile. */
export function profileSimilarity(profiles: MatchIndex['profiles'], body: Map<string, number>, headline: Map<string, number>): Map<number, number> {
  const scores = new Map<number, number>();
  let norm = 0;
  for (const [token, total] of body) {
    if (!hasOwn(profiles, token)) continue;
    const profile = profiles[token]!;
    const weight = ((1 + Math.log(total) + (headline.get(token) ?? 0 ? 1 : 0)) * profile[0]!) / PROFILE_SCALE;
    norm += weight * weight;
    for (let i = 1; i < profile.length; i += 2) {
      const article = profile[i]!;
      scores.set(article, (scores.get(article) ?? 0) + (weight * profile[i + 1]!) / PROFILE_SCALE);
    }
  }
  norm = Math.sqrt(norm) || 1;
  for (const [article, dot] of scores) scores.set(article, dot / norm);
  return scores;
}

// Builds the matcher's index once at build time from the articles; it ships as JSON, so no
// context ever pays for building it.
import Fuse from 'fuse.js';
import { Field, MIN_FUZZY_LENGTH, PROFILE_SCALE, PROFILE_WORDS, vocabularyGroupOf, type IndexSource, type MatchIndex, type TermTarget } from '../core/match-index';
import { GENERIC_WORDS } from '../core/region';
import { COMMON_WORDS } from './common-words';
import { contentTokens, keyOf } from '../core/text';

export function buildMatchIndex(sources: readonly IndexSource[]): MatchIndex {
  const terms: Record<string, TermTarget[]> = {};
  let maxPhrase = 1;
  const vocabulary = new Set<string>();
  sources.forEach((source, article) => {
    const needsRegion = new Set(source.needsRegion);
    const add = (surface: string, field: Field) => {
      const tokens = contentTokens(surface);
      if (!tokens.length) return;
      const key = keyOf(tokens);
      const targets = (terms[key] ??= []);
      const existing = targets.find((t) => t[0] === article);
      // One entry per article and key, at the strongest field that names it; it needs region
      // words only if every surface of it does.
      if (existing) {
        if (field < existing[1]) existing[1] = field;
        if (!needsRegion.has(surface)) existing.length = 3;
        return;
      }
      targets.push(needsRegion.has(surface) ? [article, field, surface, 1] : [article, field, surface]);
      maxPhrase = Math.max(maxPhrase, tokens.length);
      for (const token of tokens) if (token.length >= MIN_FUZZY_LENGTH && /^\p{L}+$/u.test(token)) vocabulary.add(token);
    };
    add(source.title, Field.Title);
    for (const alias of source.aliases) add(alias, Field.Alias);
    for (const keyword of source.keywords) add(keyword, Field.Keyword);
  });
  const groups: Record<string, string[]> = {};
  for (const word of [...vocabulary].sort()) (groups[vocabularyGroupOf(word)] ??= []).push(word);
  const termWords = [...new Set(Object.keys(terms).flatMap((k) => k.split(' ')))].sort();
  return {
    ids: sources.map((s) => s.id),
    overviews: sources.flatMap((s, i) => (s.overview ? [i] : [])),
    terms,
    contextKeys: Object.keys(terms).filter((key) => terms[key]!.some((t) => t[3] === 1)),
    maxPhrase,
    termWords,
    commonTokens: termWords.filter((w) => COMMON_WORDS.has(w)),
    vocabulary: Object.fromEntries(
      Object.entries(groups).map(([group, words]) => [group, { words, index: Fuse.createIndex([], words).toJSON() }]),
    ),
    profiles: buildProfiles(sources),
  };
}

/** Weight of the lay vocabulary (inPlainWords) in an article's profile, against 1 for its prose. */
export const PLAIN_WORDS_WEIGHT = 2;

function buildProfiles(sources: readonly IndexSource[]): MatchIndex['profiles'] {
  const counts = sources.map((source) => {
    const tf = new Map<string, number>();
    // Names count double: they are what the article is about. The lay vocabulary counts as much:
    // a page that never names the condition describes it in those words.
    const named = [source.title, ...source.aliases, ...source.keywords].join(' . ');
    for (const [text, weight] of [[named, 2], [source.plainWords, PLAIN_WORDS_WEIGHT], [source.prose, 1]] as const)
      for (const token of contentTokens(text))
        if (token.length >= 3 && /^\p{L}+$/u.test(token) && !GENERIC_WORDS.has(token)) tf.set(token, (tf.get(token) ?? 0) + weight);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const token of tf.keys()) df.set(token, (df.get(token) ?? 0) + 1);
  const n = sources.length;
  const idf = (token: string) => Math.log((n + 1) / (df.get(token)! + 0.5));
  const profiles: MatchIndex['profiles'] = {};
  counts.forEach((tf, article) => {
    const weighted = [...tf]
      .map(([token, count]): [string, number] => [token, (1 + Math.log(count)) * idf(token)])
      .filter(([, w]) => w > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, PROFILE_WORDS);
    const norm = Math.hypot(...weighted.map(([, w]) => w)) || 1;
    for (const [token, w] of weighted) (profiles[token] ??= [Math.round(idf(token) * PROFILE_SCALE)]).push(article, Math.round((w / norm) * PROFILE_SCALE));
  });
  return profiles;
}

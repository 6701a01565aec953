// The matcher over the library as the extension ships it: the prepared index compiled by
// scripts/compile-library.ts. Imported by the page script, the CLI and the tests.
import matchIndexJson from '../data/generated/match-index.json';
import { Matcher } from './match';
import type { MatchIndex } from './match-index';

export const matcher = new Matcher(matchIndexJson as unknown as MatchIndex);

// Builds the library search's Fuse.js index at build time; the background and popup load it ready-made.
import Fuse from 'fuse.js';
import type { SearchDoc } from '../core/library';
import { SEARCH_KEYS, type SearchIndexJson } from '../core/search';

export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndexJson {
  return Fuse.createIndex(SEARCH_KEYS, [...docs]).toJSON();
}

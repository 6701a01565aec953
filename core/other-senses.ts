// Phrases in which a region word means something else ("hip hop", "rose hips", "groin vault").
// Written as stemmed token sequences (see text.tokenize); the matcher treats them as a break,
// so they neither count as hip or groin words nor join a phrase around them.
import { tokenize } from './text';

const PHRASES = [
  'hip hop', 'hiphop', 'hip-hopper', 'hip hopper', 'hip hoppers',
  'rose hip', 'rosehip', 'rose hip oil', 'rosehip oil',
  'hip roof', 'hipped roof', 'hip rafter', 'hip rafters', 'hip tile', 'hip tiles', 'hip and valley', 'hip end',
  'hip pocket', 'hip flask', 'hip bag', 'hip pack', 'hip belt', 'hip hip hooray', 'hip hip hurray', 'hip to the', 'hip to it',
  'hip huggers', 'hip hugger', 'hip-length', 'hip length', 'hip high', 'hip-high', 'hip deep', 'hip-deep',
  'groin vault', 'groin vaults', 'groined vault', 'groin arch', 'groin rib', 'groin ceiling', 'groyne',
  'amd hip', 'hip sdk', 'hip runtime', 'hip kernel', 'hip api', 'hip code', 'hip port', 'hipify', 'hip rocm', 'rocm hip',
  'hip shot', 'shoot from the hip', 'shooting from the hip', 'shoots from the hip', 'joined at the hip', 'joined at hip',
  // "hip" as fashionable: the adjective before a place or a crowd.
  'hip cat', 'hip crowd', 'hip neighbourhood', 'hip neighborhood', 'hip bar', 'hip bars', 'hip cafe', 'hip cafes', 'hip brand',
  'hip new', 'hip little', 'hip young', 'hip and trendy', 'trendy and hip', 'hip spot', 'hip place', 'hip restaurant',
  'hip restaurants', 'hip scene', 'hip district', 'hip hotel', 'hip venue', 'hip crowd', 'hip kids', 'hip crowds', 'hip boutique',
  // "butt" and "bum" that are not the buttocks.
  'cigarette butt', 'cigarette butts', 'cigar butt', 'cigar butts', 'rifle butt', 'gun butt', 'pistol butt', 'butt of',
  'ham butt', 'pork butt', 'butt joint', 'butt joints', 'butt against', 'butts against', 'butt weld', 'butt heads',
  'bum steer', 'bum rap', 'beach bum', 'ski bum', 'bum bag',
  // coastal "groins" (groynes): sea defences.
  'beach groin', 'beach groins', 'groin field', 'groin fields', 'timber groin', 'timber groins', 'rock groin', 'rock groins',
];

/**
 * Each other-sense phrase as stemmed tokens, grouped by its first token (so a page's words are
 * checked only against phrases they could start), longest first so the longest reading wins.
 */
export const OTHER_SENSES: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const tokens of [...new Set(PHRASES)].map((p) => tokenize(p)).filter((t) => t.length > 0)) {
    const list = byFirst.get(tokens[0]!) ?? [];
    list.push(tokens);
    byFirst.set(tokens[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
})();

/** Blanks ('') the other-sense phrases in a list of tokens (see core/text.tokenize), in place. */
export function blankOtherSenses(tokens: string[]): string[] {
  for (let i = 0; i < tokens.length; i++) {
    for (const sense of OTHER_SENSES.get(tokens[i]!) ?? []) {
      if (sense.every((t, j) => tokens[i + j] === t)) {
        tokens.fill('', i, i + sense.length);
        break;
      }
    }
  }
  return tokens;
}

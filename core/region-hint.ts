// The page script's first, cheap question about a page: does it use any word of our region at
// all? The matcher answers a page only when its own words place it in the hip, groin, buttock
// or lower-back region (core/match.ts, core/region.ts); a page with none of those words anywhere
// in its text cannot be answered, so it is not worth walking, copying and sending. One native
// textContent and one regular expression cost a fraction of a millisecond; the walk and the
// message cost several on a large page (npm run bench:pages).
//
// Written out by hand rather than built from core/region.ts, so the page script carries no word
// list and no stemmer; tests/unit/region-hint.test.ts checks it matches every region word and
// phrase, plurals included, so the two cannot drift apart.

// Boundaries are "not a letter or digit", as the tokenizer's (core/text.ts): "hip-hop" and
// "hip_pain" hold the word "hip" for the matcher, and so here.
// Any word may take a plural ending, since the matcher's stemmer takes it off ("femorals").
// Everyday phrases ("the top of my leg", "the small of the back") allow any few words between:
// broader than the matcher's list, which only costs a page a read, never an answer.
const REGION_HINT =
  /(?<![a-z0-9])(?:hip|groin|buttock|pelvis|thigh|femur|femoral|glute(?:al|us)?|sacroiliac|sciatica?|inguinal|pubi[cs]|adductor|hamstring|(?:ilio)?psoas|trochanter(?:ic)?|acetabul(?:um|ar)|lumbar|sacrum|sacral|ischial|coccyx|tailbone|iliac|spine|spinal|vertebrae?|backache|low(?:er)?\s+back|back\s+pain|sit(?:ting)?\s+bone|tail\s+bone|upper\s+leg|bum|butt|backside|crotch|(?:top|small|bottom|base)\s+(?:[a-z]+\s+){0,3}(?:leg|back)|back\s+(?:[a-z]+\s+){0,3}leg)(?:e?s)?(?![a-z0-9])/i;

/** Whether `text` has any word or phrase that places a page in our region. */
export function mentionsOurRegion(text: string): boolean {
  return REGION_HINT.test(text);
}

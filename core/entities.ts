// HTML character references in text that is not parsed as HTML: the double-escaped values
// publishers put in attributes and JSON-LD ("&amp;amp;"), and citeproc's HTML output.

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** "&amp;", "&#39;" and "&#x1F600;" as the characters they stand for; a number that is no character becomes U+FFFD, as HTML does. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x?)?(\w+);/gi, (all, hash: string | undefined, name: string) => {
    if (!hash) return NAMED[name] ?? all;
    const code = parseInt(name, hash.length > 1 ? 16 : 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '\ufffd';
  });
}

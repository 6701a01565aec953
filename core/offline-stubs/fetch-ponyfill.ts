// Stands in for citation-js's `fetch-ponyfill` in every bundle (wxt.config.ts aliases it); see
// ./sync-fetch.ts.
function refuse(): never {
  throw new Error('HipLens reads no address from the network');
}

class Headers {}

export default function fetchPonyfill() {
  return { fetch: refuse, Headers };
}

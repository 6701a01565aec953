// Stands in for citation-js's `sync-fetch` in every bundle (wxt.config.ts aliases it): citation-js
// fetches only when given an address to read, which HipLens never gives it, and HipLens makes no
// network request at all. The real module would put XMLHttpRequest into the extension.
function refuse(): never {
  throw new Error('HipLens reads no address from the network');
}

class Headers {}

export default Object.assign(refuse, { Headers });

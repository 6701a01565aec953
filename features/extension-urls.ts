// Browser-side helpers for the extension's own surfaces, written once.
import { browser } from 'wxt/browser';
import { COLLECTION_PATH, readerPath } from '../core/messages';

/** The toolbar button's API: `action` in MV3, `browserAction` in Firefox MV2. */
export function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** The full URL of an article in the reader page. */
export function readerUrl(articleId: string): string {
  return browser.runtime.getURL(readerPath(articleId) as '/reader.html');
}


/** The full URL of the collection page. */
export function collectionUrl(): string {
  return browser.runtime.getURL(COLLECTION_PATH as '/collection.html');
}

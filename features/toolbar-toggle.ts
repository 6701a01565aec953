// Toolbar click and keyboard shortcut toggle the sidebar in the active tab. On pages the content
// script cannot run in (browser pages, stores), the click opens the popup instead.
import { browser, type Browser } from 'wxt/browser';
import type { ToContent } from '../core/messages';

export const TOGGLE_COMMAND = 'toggle-sidebar';

export async function toggleSidebar(tabId: number): Promise<boolean> {
  const message: ToContent = { type: 'toggle-sidebar' };
  try {
    await browser.tabs.sendMessage(tabId, message);
    return true;
  } catch {
    // No content script in this tab: let the next click open the popup there.
    const action = browser.action ?? browser.browserAction;
    await action.setPopup({ tabId, popup: '/popup.html' });
    await action.openPopup?.().catch(() => undefined);
    return false;
  }
}

export async function onToolbarClick(tab: Browser.tabs.Tab): Promise<void> {
  if (tab.id !== undefined) await toggleSidebar(tab.id);
}

export function registerToolbarToggle(): void {
  const action = browser.action ?? browser.browserAction;
  action.onClicked.addListener((tab: Browser.tabs.Tab) => void onToolbarClick(tab));
  // Browsers offer no way to click the toolbar button from a test; the end-to-end tests call
  // the very handler the click runs through this name (the worker's scope is private to us).
  (globalThis as { hiplensToolbarClick?: typeof onToolbarClick }).hiplensToolbarClick = onToolbarClick;
  browser.commands?.onCommand.addListener(async (command: string) => {
    if (command !== TOGGLE_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await toggleSidebar(tab.id);
  });
}

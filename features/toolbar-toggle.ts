// Toolbar click and keyboard shortcut toggle the sidebar in the active tab. On pages the content
// script cannot run in (browser pages, stores), the click opens the popup instead.
import { browser, type Browser } from 'wxt/browser';
import type { ToContent } from '../core/messages';
import { toolbarAction } from './extension-urls';

export const TOGGLE_COMMAND = 'toggle-sidebar';

export async function toggleSidebar(tabId: number, source: 'toolbar' | 'shortcut'): Promise<boolean> {
  const message: ToContent = { type: 'toggle-sidebar', source };
  try {
    await browser.tabs.sendMessage(tabId, message);
    return true;
  } catch {
    // No content script in this tab: let the next click open the popup there.
    const action = toolbarAction();
    await action.setPopup({ tabId, popup: '/popup.html' });
    await action.openPopup?.().catch(() => undefined);
    return false;
  }
}

export async function onToolbarClick(tab: Browser.tabs.Tab): Promise<void> {
  if (tab.id !== undefined) await toggleSidebar(tab.id, 'toolbar');
}

/** The keyboard shortcut (commands API): toggles the sidebar in the active tab. */
export async function onCommand(command: string): Promise<void> {
  if (command !== TOGGLE_COMMAND) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await toggleSidebar(tab.id, 'shortcut');
}

export function registerToolbarToggle(): void {
  toolbarAction().onClicked.addListener((tab: Browser.tabs.Tab) => void onToolbarClick(tab));
  browser.commands?.onCommand.addListener(onCommand);
  // Browsers offer no way to click the toolbar button or press an extension shortcut from a
  // test; the end-to-end tests call the very handlers those run, through these names. Only the
  // build the tests load has them (wxt build --mode e2e); the one users install does not.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { hiplensToolbarClick: onToolbarClick, hiplensCommand: onCommand });
}

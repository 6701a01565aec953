// The background's features against WXT's in-memory fake browser.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { showSuggestionCount } from '../../features/badge';
import { handleMessage } from '../../features/message-hub';
import { onToolbarClick, registerToolbarToggle, toggleSidebar } from '../../features/toolbar-toggle';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('badge', () => {
  it('shows the number of suggestions for the sending tab only', async () => {
    await handleMessage({ type: 'page-suggestions', count: 3 }, { tab: { id: 7, index: 0 } as never });
    expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('3');
    expect(await browser.action.getBadgeText({ tabId: 8 })).toBe('');
    expect(await browser.action.getTitle({ tabId: 7 })).toBe('HipLens: 3 matching articles');
  });

  it('clears the badge when a page has no suggestions', async () => {
    await showSuggestionCount(7, 2);
    await showSuggestionCount(7, 0);
    expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('');
    expect(await browser.action.getTitle({ tabId: 7 })).toBe('HipLens: no matching articles on this page');
  });

  it('ignores malformed messages', async () => {
    await handleMessage({ type: 'page-suggestions', count: 'many' }, { tab: { id: 7, index: 0 } as never });
    await handleMessage('hello', {});
    expect(await browser.action.getBadgeText({ tabId: 7 })).toBe('');
  });
});

describe('reader', () => {
  it('opens the reader page for an article next to the current tab', async () => {
    const created = vi.spyOn(browser.tabs, 'create');
    await handleMessage({ type: 'open-reader', articleId: 'groin-strain' }, { tab: { id: 1, index: 4 } as never });
    expect(created).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/reader.html#groin-strain', index: 5 });
  });
});

describe('toolbar toggle', () => {
  it('asks the tab content script to toggle the sidebar', async () => {
    const sent = vi.fn().mockResolvedValue(undefined);
    browser.tabs.sendMessage = sent as never;
    await onToolbarClick({ id: 5 } as never);
    expect(sent).toHaveBeenCalledWith(5, { type: 'toggle-sidebar', source: 'toolbar' });
  });

  it('falls back to the popup where no content script can run', async () => {
    browser.tabs.sendMessage = vi.fn().mockRejectedValue(new Error('Receiving end does not exist')) as never;
    const setPopup = vi.fn().mockResolvedValue(undefined);
    browser.action.setPopup = setPopup as never;
    browser.action.openPopup = vi.fn().mockRejectedValue(new Error('no gesture')) as never;
    expect(await toggleSidebar(9, 'toolbar')).toBe(false);
    expect(setPopup).toHaveBeenCalledWith({ tabId: 9, popup: '/popup.html' });
  });

  it('reacts to the toolbar click and to the keyboard shortcut once registered', async () => {
    const sent = vi.fn().mockResolvedValue(undefined);
    browser.tabs.sendMessage = sent as never;
    // The fake browser has no commands API: capture the listener the background adds.
    let onCommand: ((command: string) => Promise<void>) | undefined;
    browser.commands.onCommand.addListener = ((listener: typeof onCommand) => (onCommand = listener)) as never;
    browser.tabs.query = vi.fn().mockResolvedValue([{ id: 12 }]) as never;
    registerToolbarToggle();

    await fakeBrowser.action.onClicked.trigger({ id: 11 } as never, undefined as never);
    await vi.waitFor(() => expect(sent).toHaveBeenCalledWith(11, { type: 'toggle-sidebar', source: 'toolbar' }));

    await onCommand!('toggle-sidebar');
    expect(sent).toHaveBeenCalledWith(12, { type: 'toggle-sidebar', source: 'shortcut' });
    await onCommand!('something-else');
    expect(sent).toHaveBeenCalledTimes(2);
  });

  it('leaves no test hook on the background outside the end-to-end build', () => {
    registerToolbarToggle();
    expect('hiplensToolbarClick' in globalThis || 'hiplensCommand' in globalThis).toBe(false);
  });
});

describe('matching a page that has no word of our region', () => {
  const headline = (title: string, headings: string[] = []) => ({ title, description: '', headings, body: '', truncated: false });

  it('asks for the whole page when its headline may name an article, and only then', async () => {
    for (const title of ['Coxa saltans', 'Perthes disease: a parent guide', 'Meralgia paraesthetica explained'])
      expect(await handleMessage({ type: 'match-page', page: headline(title), headlineOnly: true }, {}), title).toEqual({ suggestions: [], readBody: true });
    // Osteonecrosis is of any joint: it names our article only beside a hip or groin word; an
    // abbreviation ("FAI") counts only on a page with region words, which these pages lack.
    for (const title of ['The Fulton County Grand Jury', 'Best pasta recipes', 'Knee replacement recovery', 'Osteonecrosis', 'What is FAI?'])
      expect(await handleMessage({ type: 'match-page', page: headline(title, ['Ingredients', 'Method']), headlineOnly: true }, {}), title).toEqual({ suggestions: [], readBody: false });
  });
});

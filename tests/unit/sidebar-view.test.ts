// The hand-over between the page script and the sidebar UI it has injected.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { loadSidebarView, offerSidebarView, type SidebarView } from '../../features/sidebar-view';

const fakeView = (): SidebarView => ({ show: vi.fn(), hide: vi.fn(), removedByPage: () => false, shadow: {} as ShadowRoot });

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('loading the sidebar UI', () => {
  it('asks the background to inject it and gets the view the UI offers', async () => {
    const view = fakeView();
    const sent = vi.fn(async () => {
      // The background injects the UI script, whose main offers its view.
      setTimeout(() => offerSidebarView(view), 5);
    });
    browser.runtime.sendMessage = sent as never;
    await expect(loadSidebarView()).resolves.toBe(view);
    expect(sent).toHaveBeenCalledWith({ type: 'load-sidebar' });
  });

  it('gives up, with no view, when the UI never comes', async () => {
    browser.runtime.sendMessage = vi.fn().mockRejectedValue(new Error('Could not establish connection')) as never;
    await expect(loadSidebarView(20)).resolves.toBeUndefined();
  });

  it('never picks up a view offered before it asked (a UI from an earlier life of the extension)', async () => {
    offerSidebarView(fakeView());
    browser.runtime.sendMessage = vi.fn().mockResolvedValue(undefined) as never;
    await expect(loadSidebarView(20)).resolves.toBeUndefined();
  });
});

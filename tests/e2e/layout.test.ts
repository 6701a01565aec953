// Beside, never over: while the sidebar is open the page's content is never under it, on layouts
// people meet (a fixed header with a chat button and a cookie bar, a centred column, full-width
// flex and grid, right to left), and closing it gives the page back exactly as it was.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { cardIds, clickRemovingPanel, extensionSuite, panel, resetStorage, sidebarHost } from './harness';

const env = extensionSuite();

beforeEach(async () => {
  for (const p of env.ext.context.pages()) if (p.url().startsWith('http')) await p.close();
  await resetStorage(env.ext, { settings: { mode: 'open' } });
});

/** Every text of the page (not ours) whose box overlaps the sidebar's, as "text @ box". */
function textUnderSidebar(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const host = document.querySelector('hiplens-sidebar');
    if (!host) throw new Error('no sidebar');
    const bar = host.getBoundingClientRect();
    const under: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.nodeValue?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        const overlaps = r.width > 0 && r.height > 0 && r.left < bar.right - 0.5 && r.right > bar.left + 0.5 && r.top < bar.bottom && r.bottom > bar.top;
        if (overlaps) under.push(`${node.nodeValue.trim().slice(0, 40)} @ ${Math.round(r.left)}–${Math.round(r.right)}`);
      }
    }
    return under;
  });
}

/** What the page looks like to itself: every element's style attribute and the boxes of its main parts. */
function snapshot(page: Page) {
  return page.evaluate(() => ({
    styles: [...document.querySelectorAll('*')].map((e) => `${e.nodeName}:${e.getAttribute('style') ?? ''}`),
    boxes: [...document.querySelectorAll('body > *, main, header, nav, aside, section, .chat, .cookies')].map((e) => {
      const r = e.getBoundingClientRect();
      return `${e.nodeName}.${e.className} ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)}`;
    }),
  }));
}

describe('beside the page, never over it', () => {
  for (const [file, what] of [
    ['fixed-header.html', 'a fixed header, a chat button and a cookie bar'],
    ['centred.html', 'a centred column'],
    ['flex.html', 'a full-width flex row'],
    ['grid.html', 'a full-width grid of 100vw'],
    ['rtl.html', 'a right-to-left page'],
  ] as const) {
    it(`on ${what}: no text of the page under the sidebar, and closing restores the page exactly`, async () => {
      const page = await env.ext.context.newPage();
      await page.setViewportSize({ width: 1366, height: 850 });
      // The page as it is without the sidebar: with HipLens closed on it before it reads.
      await page.goto(env.server.url(`/pages/layouts/${file}`));
      await expect.poll(() => cardIds(page), { timeout: 10_000 }).toContain('hip-osteoarthritis');
      expect(Math.round((await sidebarHost(page).boundingBox())!.width)).toBe(360);
      await expect.poll(() => textUnderSidebar(page)).toEqual([]);
      const open = await snapshot(page);

      await clickRemovingPanel(page, (await panel(page)).getByRole('button', { name: 'Close the HipLens sidebar' }));
      await expect.poll(() => sidebarHost(page).count()).toBe(0);
      const closed = await snapshot(page);
      // Without the sidebar, in a fresh tab that HipLens never opened on (the site is quiet now).
      const fresh = await env.ext.context.newPage();
      await fresh.setViewportSize({ width: 1366, height: 850 });
      await fresh.goto(env.server.url(`/pages/layouts/${file}`));
      await fresh.waitForTimeout(1500);
      expect(await sidebarHost(fresh).count()).toBe(0);
      const never = await snapshot(fresh);
      expect(closed).toEqual(never);
      // And while open the page really had moved aside (the snapshot differs).
      expect(open.boxes).not.toEqual(never.boxes);
      await fresh.close();
      await page.close();
    });
  }
});

// The end-to-end checks that matter in Firefox, run once per Firefox build (mv2.test.ts, mv3.test.ts).
import { describe, expect, it } from 'vitest';
import {
  attributeInPanel,
  cardIds,
  clickInPanel,
  expandStrip,
  stripShowing,
  clickToolbarButton,
  firefoxSuite,
  hasHostPermission,
  hasSidebar,
  settledBadge,
  storageRefersToArticle,
  storedValues,
  type FirefoxTarget,
} from './harness';

const HIP_PAGE = '/pages/hip-flexor-strain.html';
const QUIET_PAGES = [
  '/pages/knee-bursitis.html',
  '/pages/hip-hop.html',
  // Not bbc-1 or nytimes-1: their scripts send the tab to the sites' https pages, which fail offline.
  '/zoo/wikipedia.html',
  '/zoo/guardian-1.html',
  '/zoo/lemonde-1.html',
  '/zoo/ars-1.html',
  '/zoo/ietf-1.html',
  '/zoo/lwn-1.html',
];

export function firefoxExtensionTests(target: FirefoxTarget): void {
  const env = firefoxSuite(target);

  describe(`${target}: on a page about a hip flexor strain`, () => {
    it('peeks beside the page, and opens with the hip flexor article first and the card count on the badge', async () => {
      const { page } = await env.open(HIP_PAGE);
      await expandStrip(env.ext, page);
      await expect.poll(() => cardIds(env.ext, page).then((ids) => ids?.length ?? 0), { timeout: 15_000 }).toBeGreaterThan(0);
      const ids = (await cardIds(env.ext, page))!;
      // The page sees the host element only: its shadow root is closed.
      expect(await page.evaluate(() => document.querySelector('hiplens-sidebar')?.shadowRoot ?? null)).toBe(null);
      expect(ids[0]).toBe('hip-flexor-strain');
      expect(ids.length).toBeLessThanOrEqual(5);
      expect(await settledBadge(env.ext, page)).toBe(String(ids.length));
      await page.close();
    });

    it('opens the peek whole, then hides and shows the sidebar, from the toolbar button', async () => {
      const { page } = await env.open(HIP_PAGE);
      await expect.poll(() => stripShowing(page), { timeout: 15_000 }).toBe(true);
      await clickToolbarButton(env.ext, page);
      await expect.poll(() => cardIds(env.ext, page), { timeout: 10_000 }).toContain('hip-flexor-strain');
      await clickToolbarButton(env.ext, page);
      await expect.poll(() => hasSidebar(page), { timeout: 10_000 }).toBe(false);
      await clickToolbarButton(env.ext, page);
      await expect.poll(() => cardIds(env.ext, page), { timeout: 10_000 }).toContain('hip-flexor-strain');
      await page.close();
    });

    it("saves the article from its card's save button", async () => {
      expect(storageRefersToArticle(await storedValues(env.ext), 'hip-flexor-strain')).toBe(false);
      const { page } = await env.open(HIP_PAGE);
      // Inside the sidebar's own frame: the page cannot reach it, the test can.
      await expandStrip(env.ext, page);
      const save = '[data-article-id="hip-flexor-strain"] button[aria-label^="Save "][aria-label$=" to your collection"]';
      await expect.poll(() => clickInPanel(env.ext, page, save), { timeout: 15_000 }).toBe(true);
      await expect.poll(() => storedValues(env.ext).then((s) => storageRefersToArticle(s, 'hip-flexor-strain')), { timeout: 10_000 }).toBe(true);
      await expect.poll(() => attributeInPanel(env.ext, page, save, 'aria-pressed')).toBe('true');
      await page.close();
    });
  });

  describe(`${target}: the collection`, () => {
    it('saves the page being read from the sidebar, and shows it on the collection page', async () => {
      const { page } = await env.open(HIP_PAGE);
      await expandStrip(env.ext, page);
      await expect.poll(() => clickInPanel(env.ext, page, 'button.save-page'), { timeout: 15_000 }).toBe(true);
      // The suite opens each page with a query of its own (?tab=n): the key holds the page's whole address.
      const savedPage = (s: Record<string, unknown>) => Object.keys(s).some((k) => k.startsWith('item:page:') && k.includes(`${HIP_PAGE}?`));
      await expect.poll(() => storedValues(env.ext).then(savedPage), { timeout: 10_000 }).toBe(true);
      await page.close();
      const collection = await env.ext.openExtensionPage('collection.html');
      await expect
        .poll(() => collection.evaluate(() => [...document.querySelectorAll('.item-title')].map((e) => e.textContent).join(' | ')), { timeout: 10_000 })
        .toContain('Hip flexor strain: causes, symptoms and recovery');
      await collection.close();
    });
  });

  describe(`${target}: on pages that are not about hips or groins`, () => {
    for (const path of QUIET_PAGES) {
      it(`stays quiet on ${path}: no sidebar, no badge`, async () => {
        const { page } = await env.open(path);
        expect(await settledBadge(env.ext, page)).toBe('');
        expect(await hasSidebar(page)).toBe(false);
        await page.close();
      });
    }
  });

  describe(`${target}: extension pages`, () => {
    for (const [path, heading] of [
      ['popup.html', /^HipLens$/],
      ['options.html', /^HipLens settings$/],
      ['reader.html#hip-flexor-strain', /Hip flexor/],
    ] as const) {
      it(`renders ${path}`, async () => {
        const page = await env.ext.openExtensionPage(path);
        await expect.poll(() => page.evaluate(() => document.querySelector('h1')?.textContent ?? ''), { timeout: 10_000 }).toMatch(heading);
        // Closed only once it has finished asking (the popup asks the active tab what it found):
        // a page closed mid-question leaves Firefox a promise rejected after its context unloaded.
        await expect.poll(() => page.evaluate(() => !document.body.textContent?.includes('Looking at this page')), { timeout: 10_000 }).toBe(true);
        // (the reader asks the background whether its article is saved: its Save button is busy until then)
        await expect.poll(() => page.evaluate(() => !document.querySelector('[aria-busy="true"]')), { timeout: 10_000 }).toBe(true);
        await page.close();
      });
    }
  });

  if (target === 'firefox-mv3') {
    it('firefox-mv3: holds its host permissions, granted at install (extensions.originControls.grantByDefault)', async () => {
      expect(await hasHostPermission(env.ext, ['<all_urls>'])).toBe(true);
    });
  }
}

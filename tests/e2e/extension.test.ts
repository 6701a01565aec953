// The whole pipe in a real browser: page -> content script -> matcher -> sidebar, badge and toggle.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { strip, cardIds, clickRemovingPanel, clickToolbarButton, expandStrip, extensionSuite, panel, panelFrame, resetStorage, settledBadge, sidebarHost } from './harness';

const env = extensionSuite();

/** Whether the sidebar's panel (Preact, the components, the cards) was ever framed into the page. */
const sidebarUiLoaded = (page: Page) => panelFrame(page) !== undefined;

async function open(path: string) {
  const page = await env.ext.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.server.url(path));
  return { page, errors };
}

describe('on a page about a hip flexor strain', () => {
  it('peeks beside the page by itself, and opens on a click with the hip flexor article first, sealed in a closed shadow root', async () => {
    await resetStorage(env.ext);
    const { page, errors } = await open('/pages/hip-flexor-strain.html');
    expect((await strip(page)).open.name).toMatch(/^Open the sidebar: HipLens 1 related article Hip flexor/);
    await expandStrip(page);
    await expect.poll(() => cardIds(page), { timeout: 10_000 }).not.toEqual([]);
    const ids = await cardIds(page);
    expect(ids[0]).toBe('hip-flexor-strain');
    expect(ids.length).toBeLessThanOrEqual(5);
    // The page sees the host element only: no shadow root, no frame, no text of ours.
    expect(await sidebarHost(page).evaluate((host) => [host.shadowRoot, host.childNodes.length, host.textContent])).toEqual([null, 0, '']);
    expect(await settledBadge(env.ext, page)).toBe(String(ids.length));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('toggles the sidebar from the toolbar button', async () => {
    await resetStorage(env.ext, { settings: { mode: 'open' } });
    const { page } = await open('/pages/hip-flexor-strain.html');
    await expect.poll(() => cardIds(page), { timeout: 10_000 }).toContain('hip-flexor-strain');
    await clickToolbarButton(env.ext, page);
    await expect.poll(() => sidebarHost(page).count()).toBe(0);
    await clickToolbarButton(env.ext, page);
    await expect.poll(() => cardIds(page)).toContain('hip-flexor-strain');
    await page.close();
  });

  it('opens the full article in the reader page from a card', async () => {
    await resetStorage(env.ext, { settings: { mode: 'open' } });
    const { page } = await open('/pages/hip-flexor-strain.html');
    const card = (await panel(page)).locator('[data-article-id="hip-flexor-strain"]');
    const [reader] = await Promise.all([
      env.ext.context.waitForEvent('page'),
      card.getByRole('button', { name: /Read the full article/ }).click(),
    ]);
    await reader.waitForLoadState();
    expect(reader.url()).toBe(`chrome-extension://${env.ext.extensionId}/reader.html#hip-flexor-strain`);
    await expect.poll(() => reader.getByRole('heading', { level: 1 }).textContent()).toMatch(/Hip flexor/);
    expect(await reader.getByRole('region', { name: 'Sources' }).locator('li').count()).toBeGreaterThan(0);
    expect(await reader.getByText('Information, not a diagnosis').count()).toBeGreaterThan(0);
    expect((await reader.locator('.article-body').innerText()).split(/\s+/).length).toBeGreaterThan(300);
    // Links between articles stay inside the reader.
    await reader.getByRole('navigation', { name: 'Related articles' }).getByRole('link').first().click();
    await expect.poll(() => reader.url()).not.toMatch(/#hip-flexor-strain$/);
    expect(await reader.locator('[data-article-id]').count()).toBe(1);
    await reader.close();
    await page.close();
  });

  it('closes from the sidebar close button', async () => {
    await resetStorage(env.ext, { settings: { mode: 'open' } });
    const { page } = await open('/pages/hip-flexor-strain.html');
    await clickRemovingPanel(page, (await panel(page)).getByRole('button', { name: 'Close the HipLens sidebar' }));
    await expect.poll(() => sidebarHost(page).count()).toBe(0);
    await page.close();
  });
});

describe('on pages that are not about hips or groins', () => {
  for (const path of ['/pages/knee-bursitis.html', '/pages/hip-hop.html', '/zoo/bbc-1.html', '/zoo/wikipedia.html']) {
    it(`stays quiet on ${path}: no sidebar, no badge`, async () => {
      const { page, errors } = await open(path);
      expect(await settledBadge(env.ext, page)).toBe('');
      expect(await sidebarHost(page).count()).toBe(0);
      // The sidebar UI (Preact, the cards) is never even loaded into a page that does not show it.
      expect(await sidebarUiLoaded(page)).toBe(false);
      // Saved real pages throw errors of their own (their scripts' servers are unreachable);
      // our own test pages have no scripts, so any error there would be ours.
      if (path.startsWith('/pages/')) expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('still opens an empty sidebar on request', async () => {
    const { page } = await open('/pages/knee-bursitis.html');
    await settledBadge(env.ext, page);
    await clickToolbarButton(env.ext, page);
    const frame = await panel(page);
    expect(await cardIds(page)).toEqual([]);
    await expect.poll(() => frame.getByText('does not look like it is about a hip or groin topic').count()).toBe(1);
    await page.close();
  });
});

describe('extension pages', () => {
  it('lists the whole library in the reader when no article is named', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`chrome-extension://${env.ext.extensionId}/reader.html#no-such-article`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('no-such-article');
    expect(await page.locator('main li a').count()).toBe(43);
    await page.close();
  });

  for (const [name, heading] of [
    ['popup', 'HipLens'],
    ['options', 'HipLens settings'],
  ] as const) {
    it(`renders the ${name} page`, async () => {
      const page = await env.ext.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`chrome-extension://${env.ext.extensionId}/${name}.html`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

// The sidebar as a reader, a physiotherapist and a student use it, in Chromium.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  cardIds,
  clickToolbarButton,
  extensionSuite,
  pressShortcut,
  resetStorage,
  ROOT,
  settledBadge,
  sidebarHost,
  stored,
} from './harness';

const env = extensionSuite();

const artefacts = join(ROOT, 'test-results');

beforeAll(() => mkdirSync(artefacts, { recursive: true }));
beforeEach(async () => {
  for (const p of env.ext.context.pages()) if (p.url().startsWith('http')) await p.close();
  await resetStorage(env.ext);
});

const HIP_PAGE = '/pages/hip-flexor-strain.html';
const KNEE_PAGE = '/pages/knee-bursitis.html';

async function open(path: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await env.ext.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(env.server.url(path));
  return page;
}

const sidebar = (page: Page) => page.locator('hiplens-sidebar aside.sidebar');
/** The sidebar's right edge in viewport coordinates, once its opening animation is over. */
const rightEdge = (page: Page) =>
  sidebar(page).evaluate(async (el) => {
    await Promise.all(el.getAnimations().map((a) => a.finished));
    return Math.round(el.getBoundingClientRect().right);
  });
/** The element focused inside the sidebar's shadow root, described by tag and label. */
const focusedInSidebar = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('hiplens-sidebar');
    if (document.activeElement !== host) return null;
    const el = host!.shadowRoot!.activeElement as HTMLElement | null;
    return el ? `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.id ?? ''}` : 'host';
  });

describe('when it appears', () => {
  it('opens by itself on a matching page by default, and not on others', async () => {
    const hip = await open(HIP_PAGE);
    await expect.poll(() => cardIds(hip)).toContain('hip-flexor-strain');
    const knee = await open(KNEE_PAGE);
    expect(await settledBadge(env.ext, knee)).toBe('');
    expect(await sidebarHost(knee).count()).toBe(0);
  });

  it('in "badge only" mode counts on the badge but does not open', async () => {
    await resetStorage(env.ext, { settings: { mode: 'badge' } });
    const page = await open(HIP_PAGE);
    expect(Number(await settledBadge(env.ext, page))).toBeGreaterThan(0);
    expect(await sidebarHost(page).count()).toBe(0);
    await clickToolbarButton(env.ext, page);
    await expect.poll(() => cardIds(page)).toContain('hip-flexor-strain');
  });

  it('in "off" mode neither opens nor counts, and reads the page only on request', async () => {
    await resetStorage(env.ext, { settings: { mode: 'off' } });
    const page = await open(HIP_PAGE);
    expect(await settledBadge(env.ext, page)).toBe('');
    expect(await sidebarHost(page).count()).toBe(0);
    await pressShortcut(env.ext, page);
    await expect.poll(() => cardIds(page)).toContain('hip-flexor-strain');
  });

  it('the keyboard shortcut toggles it, and Esc closes it and returns focus to the page', async () => {
    const page = await open(KNEE_PAGE);
    await settledBadge(env.ext, page);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'page-input';
      document.body.prepend(input);
      input.focus();
    });
    await pressShortcut(env.ext, page);
    await expect.poll(() => focusedInSidebar(page)).toBe('h2:hl-heading');
    await page.keyboard.press('Escape');
    await expect.poll(() => sidebarHost(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-input');
  });

  it('keeps keyboard focus inside while in use', async () => {
    const page = await open(HIP_PAGE);
    await expect.poll(() => sidebarHost(page).count()).toBe(1);
    await clickToolbarButton(env.ext, page); // auto-opened: close, then open as the user
    await clickToolbarButton(env.ext, page);
    await expect.poll(() => focusedInSidebar(page)).toBe('h2:hl-heading');
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await focusedInSidebar(page);
      expect(focused, `Tab ${i + 1} left the sidebar`).not.toBeNull();
      seen.add(focused!);
    }
    // Every control is reachable: the card actions, the resize handle, search and site controls.
    const labels = [...seen].join('\n');
    for (const control of ['Read the full article', 'Save', 'Copy the summary', 'Resize the sidebar', 'Close the HipLens sidebar', 'hl-search-input'])
      expect(labels).toContain(control);
  });
});

describe('placement', () => {
  it('resizes by keyboard and by dragging, and remembers the width', async () => {
    const page = await open(HIP_PAGE);
    await expect.poll(() => sidebar(page).count()).toBe(1);
    expect(Math.round((await sidebar(page).boundingBox())!.width)).toBe(360);
    const handle = page.locator('hiplens-sidebar [role="separator"]');
    await handle.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => Math.round((await sidebar(page).boundingBox())!.width)).toBe(420);
    expect(await handle.getAttribute('aria-valuenow')).toBe('420');
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x - 96, box.y + 200, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => Math.round((await sidebar(page).boundingBox())!.width)).toBe(520);
    await expect.poll(() => stored(env.ext, 'settings')).toMatchObject({ width: 520 });
    await page.reload();
    await expect.poll(async () => Math.round((await sidebar(page).boundingBox())?.width ?? 0)).toBe(520);
  });

  it('collapses to a slim tab and expands again', async () => {
    const page = await open(HIP_PAGE);
    await page.getByRole('button', { name: 'Collapse the HipLens sidebar to a tab' }).click();
    const tab = page.getByRole('button', { name: /Expand the HipLens sidebar/ });
    await expect.poll(() => tab.count()).toBe(1);
    expect((await tab.boundingBox())!.width).toBeLessThan(60);
    await tab.click();
    await expect.poll(() => cardIds(page)).toContain('hip-flexor-strain');
  });

  it('docks at the left when set to', async () => {
    await resetStorage(env.ext, { settings: { side: 'left' } });
    const page = await open(HIP_PAGE);
    await expect.poll(async () => (await sidebar(page).boundingBox())?.x).toBe(0);
  });

  it('opens as a dismissible overlay on narrow windows', async () => {
    const page = await open(HIP_PAGE, { width: 500, height: 800 });
    await expect.poll(async () => Math.round((await sidebar(page).boundingBox())?.width ?? 0)).toBe(500);
    expect(await page.locator('hiplens-sidebar [role="separator"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Close the HipLens sidebar' }).click();
    await expect.poll(() => sidebarHost(page).count()).toBe(0);
  });

  it('is unaffected by a page that styles every element with !important', async () => {
    const page = await open('/pages/hostile-css.html');
    await expect.poll(() => cardIds(page)).toContain('greater-trochanteric-pain-syndrome');
    const box = (await sidebar(page).boundingBox())!;
    expect(Math.round(box.width)).toBe(360);
    expect(await rightEdge(page)).toBe(1280);
    const title = page.locator('hiplens-sidebar .card-title').first();
    const style = await title.evaluate((el) => {
      const s = getComputedStyle(el);
      return { fontSize: s.fontSize, fontFamily: s.fontFamily, color: s.color, direction: s.direction, transform: getComputedStyle(el.closest('aside')!).direction };
    });
    expect(style.fontSize).toBe('15px');
    expect(style.fontFamily).not.toMatch(/Comic/);
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.direction).toBe('ltr');
  });

  it('stays at its side and reads left to right on a right-to-left page', async () => {
    const page = await open('/pages/rtl.html');
    await expect.poll(() => cardIds(page)).toContain('hip-flexor-strain');
    expect(await rightEdge(page)).toBe(1280);
    expect(await sidebar(page).evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  });
});

describe('cards', () => {
  it('keeps both items when two tabs save at the same moment', async () => {
    const [hip, groin] = await Promise.all([open(HIP_PAGE), open('/pages/groin-strain.html')]);
    const save = (page: Page, id: string) => page.locator(`hiplens-sidebar [data-article-id="${id}"]`).getByRole('button', { name: /Save/ });
    await Promise.all([expect.poll(() => save(hip, 'hip-flexor-strain').count()).toBe(1), expect.poll(() => save(groin, 'groin-strain').count()).toBe(1)]);
    await Promise.all([save(hip, 'hip-flexor-strain').click(), save(groin, 'groin-strain').click()]);
    await expect.poll(() => stored(env.ext, 'item:article:hip-flexor-strain')).toMatchObject({ articleId: 'hip-flexor-strain' });
    await expect.poll(() => stored(env.ext, 'item:article:groin-strain')).toMatchObject({ articleId: 'groin-strain' });
    for (const [page, id] of [[hip, 'hip-flexor-strain'], [groin, 'groin-strain']] as const) expect(await save(page, id).getAttribute('aria-pressed')).toBe('true');
    await hip.close();
    await groin.close();
  });

  it('saves to the collection, copies the summary and expands key points and red flags', async () => {
    await env.ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url('') });
    const page = await open(HIP_PAGE);
    const card = page.locator('hiplens-sidebar [data-article-id="hip-flexor-strain"]');
    await card.getByRole('button', { name: /Save/ }).click();
    await expect.poll(() => card.getByRole('button', { name: /Save/ }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => stored(env.ext, 'item:article:hip-flexor-strain')).toMatchObject({ v: 1, kind: 'article', articleId: 'hip-flexor-strain' });

    await card.getByRole('button', { name: /Copy the summary/ }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Hip flexor/);
    expect(copied).toContain('Information, not a diagnosis');

    const more = card.getByRole('button', { name: /Key points/ });
    expect(await card.getByText('Red flags: get medical help promptly').isVisible()).toBe(false);
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await card.getByText('Red flags: get medical help promptly').isVisible()).toBe(true);
  });
});

describe('search', () => {
  for (const [query, expected] of [
    ['FAI', 'femoroacetabular-impingement'],
    ['pulled groin', 'groin-strain'],
    ['pain outside of hip', 'lateral-hip-pain'],
    ['ilipsoas strain', 'hip-flexor-strain'],
  ] as const) {
    it(`finds "${query}" as you type`, async () => {
      const page = await open(KNEE_PAGE);
      await settledBadge(env.ext, page);
      await clickToolbarButton(env.ext, page);
      const input = page.getByRole('combobox', { name: 'Search the library' });
      await input.pressSequentially(query, { delay: 20 });
      await expect.poll(() => page.locator('hiplens-sidebar [role="option"]').first().getAttribute('data-result-id')).toBe(expected);
    });
  }

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    const page = await open(KNEE_PAGE);
    await settledBadge(env.ext, page);
    await clickToolbarButton(env.ext, page);
    const input = page.getByRole('combobox', { name: 'Search the library' });
    await input.pressSequentially('hip', { delay: 20 });
    await expect.poll(() => page.locator('hiplens-sidebar [role="option"]').count()).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    const second = await page.locator(`hiplens-sidebar #${active}`).getAttribute('data-result-id');
    expect(await page.locator(`hiplens-sidebar #${active}`).getAttribute('aria-selected')).toBe('true');
    const [reader] = await Promise.all([env.ext.context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await reader.waitForLoadState();
    expect(reader.url()).toContain(`reader.html#${second}`);
    await reader.close();
  });

  it('works the same in the popup', async () => {
    const popup = await env.ext.context.newPage();
    await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html`);
    await popup.getByRole('combobox', { name: 'Search the library' }).pressSequentially('coxa saltans', { delay: 20 });
    await expect.poll(() => popup.locator('[role="option"]').first().getAttribute('data-result-id')).toBe('snapping-hip-syndrome');
    await popup.close();
  });
});

describe('per-site control', () => {
  it('pauses on a site from the sidebar, lists it in the options page, and resumes from there', async () => {
    const page = await open(HIP_PAGE);
    const host = new URL(env.server.url('/')).host;
    await page.getByRole('button', { name: `Pause on ${host}` }).click();
    await expect.poll(() => stored(env.ext, 'settings')).toMatchObject({ pausedSites: [host] });
    await page.reload();
    expect(await settledBadge(env.ext, page)).toBe('');
    expect(await sidebarHost(page).count()).toBe(0);

    const options = await env.ext.context.newPage();
    await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
    await options.getByRole('button', { name: `Remove ${host} from Paused sites` }).click();
    await expect.poll(() => stored(env.ext, 'settings')).toMatchObject({ pausedSites: [] });
    await options.close();
    await page.reload();
    await expect.poll(() => cardIds(page)).toContain('hip-flexor-strain');
  });

  it('always shows on a chosen site, even without matches', async () => {
    const page = await open(KNEE_PAGE);
    await settledBadge(env.ext, page);
    await clickToolbarButton(env.ext, page);
    const host = new URL(env.server.url('/')).host;
    await page.getByRole('button', { name: `Always show on ${host}` }).click();
    await expect.poll(() => stored(env.ext, 'settings')).toMatchObject({ alwaysSites: [host] });
    await page.reload();
    await expect.poll(() => sidebar(page).count()).toBe(1);
  });

  it('pauses everywhere from the options page', async () => {
    const options = await env.ext.context.newPage();
    await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
    await options.getByRole('checkbox', { name: /Pause HipLens everywhere/ }).check();
    await expect.poll(() => stored(env.ext, 'settings')).toMatchObject({ paused: true });
    await options.getByRole('radio', { name: /Badge only/ }).check();
    await expect.poll(() => stored(env.ext, 'settings')).toMatchObject({ mode: 'badge' });
    await options.getByLabel('Add a site').first().fill('not a site!');
    await options.getByRole('button', { name: 'Add' }).first().click();
    expect(await options.getByRole('alert').textContent()).toContain('is not a site address');
    await options.close();
    const page = await open(HIP_PAGE);
    expect(await settledBadge(env.ext, page)).toBe('');
    expect(await sidebarHost(page).count()).toBe(0);
  });
});

describe('single-page apps', () => {
  it('reads the page again after in-page navigation', async () => {
    const page = await open('/pages/spa.html');
    expect(await settledBadge(env.ext, page)).toBe('');
    await page.evaluate(() => (window as unknown as { showTopic: (t: string) => void }).showTopic('groin'));
    await expect.poll(() => cardIds(page), { timeout: 8_000 }).toContain('groin-strain');
    await page.evaluate(() => (window as unknown as { showTopic: (t: string) => void }).showTopic('cars'));
    await expect.poll(() => sidebarHost(page).count(), { timeout: 8_000 }).toBe(0);
  });
});

describe('look', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`follows the ${scheme} colour scheme (screenshot saved)`, async () => {
      const page = await open(HIP_PAGE);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await expect.poll(() => cardIds(page)).toContain('hip-flexor-strain');
      const background = await sidebar(page).evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(17, 24, 39)');
      await sidebar(page).screenshot({ path: join(artefacts, `sidebar-${scheme}.png`) });
    });
  }

  it('does not animate when reduced motion is asked for', async () => {
    const page = await env.ext.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(env.server.url(HIP_PAGE));
    await expect.poll(() => sidebar(page).count()).toBe(1);
    expect(await sidebar(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });
});

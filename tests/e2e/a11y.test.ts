// Automated accessibility check (axe-core) of the sidebar (its panel frame, and the strip the page
// script draws), the popup, options and reader pages, light and dark: no serious or critical
// violation may remain.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardIds, expandStrip, extensionSuite, panel, resetStorage, strip } from './harness';

const env = extensionSuite();

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown }[];
}

/**
 * The serious and critical violations axe finds in a page or frame. For the sidebar, axe runs
 * inside the panel's own frame (the page cannot reach it: the frame is in a closed shadow root).
 */
async function seriousViolations(target: Page | Frame): Promise<string[]> {
  await target.evaluate(axeSource);
  const { violations, passes } = await target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[]; passes: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return { violations: result.violations, passes: result.passes.length };
  });
  // axe really ran over something (a frame that had not drawn would pass vacuously).
  expect(passes).toBeGreaterThan(0);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

async function openPage(path: string, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await env.ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.goto(env.server.url(path));
  return page;
}

/**
 * The strip, as drawn on `page`, copied into a page of its own where axe can reach it: the strip
 * lives in a closed shadow root that no script of the page (axe included) can enter, so its
 * markup and styles are read through the DevTools protocol (which sees closed roots) and put in an
 * open shadow root of the same size, in the same colour scheme.
 */
async function stripReplica(page: Page, scheme: 'light' | 'dark'): Promise<Page> {
  const cdp = await page.context().newCDPSession(page);
  interface DomNode { nodeId: number; nodeName: string; children?: DomNode[]; shadowRoots?: DomNode[] }
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (n: DomNode): DomNode | undefined => (n.nodeName === 'HIPLENS-SIDEBAR' ? n : (n.children ?? []).map(find).find(Boolean));
  const shadow = find(root)?.shadowRoots?.[0];
  const parts: string[] = [];
  for (const child of shadow?.children ?? []) parts.push(((await cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId })) as { outerHTML: string }).outerHTML);
  await cdp.detach();
  expect(parts.join('')).toContain('strip-open');
  const replica = await env.ext.context.newPage();
  await replica.setViewportSize({ width: 1280, height: 800 });
  await replica.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await replica.goto(env.server.url('/pages/knee-bursitis.html'));
  await replica.evaluate((html) => {
    document.body.replaceChildren();
    const host = document.createElement('div');
    host.setAttribute('style', 'position: fixed; top: 0; right: 0; width: 48px; height: 100vh');
    host.attachShadow({ mode: 'open' }).innerHTML = html;
    document.body.append(host);
    const main = document.createElement('main');
    main.append(Object.assign(document.createElement('h1'), { textContent: 'A page beside the strip' }));
    document.body.prepend(main);
  }, parts.join(''));
  return replica;
}

/** Whether the frame really is in the colour scheme asked for (emulation reaches the panel's frame). */
const inScheme = (frame: Frame, scheme: 'light' | 'dark') =>
  frame.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme);

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`the sidebar, with a card expanded, the disclaimer open and search results showing (${scheme})`, async () => {
      await resetStorage(env.ext, { settings: { mode: 'open' } });
      const page = await openPage('/pages/lateral-hip-conditions.html', scheme);
      const frame = await panel(page);
      await expect.poll(() => frame.locator('aside.sidebar').count()).toBe(1);
      await expect.poll(async () => (await cardIds(page)).length).toBeGreaterThan(1);
      expect(await inScheme(frame, scheme)).toBe(true);
      await frame.getByRole('button', { name: /^More/ }).first().click();
      await frame.locator('details.disclaimer-line > summary').click();
      await frame.getByRole('combobox', { name: 'Search the library' }).pressSequentially('groin', { delay: 10 });
      await expect.poll(() => frame.locator('[role="option"]').count()).toBeGreaterThan(0);
      await frame.getByRole('combobox', { name: 'Search the library' }).press('ArrowDown');
      expect(await seriousViolations(frame)).toEqual([]);
      await page.close();
    });

    it(`the sidebar with nothing found and a region it does not cover (${scheme})`, async () => {
      await resetStorage(env.ext, { settings: { mode: 'open' } });
      const page = await openPage('/pages/hip-flexor-strain.html', scheme);
      const frame = await panel(page);
      await expect.poll(() => frame.locator('aside.sidebar').count()).toBe(1);
      const input = frame.getByRole('combobox', { name: 'Search the library' });
      await input.pressSequentially('knee pain', { delay: 10 });
      await expect.poll(() => frame.getByText(/not the knee/).count()).toBe(1);
      expect(await seriousViolations(frame)).toEqual([]);
      await input.fill('zqxwv');
      await expect.poll(() => frame.getByText(/Nothing found/).count()).toBe(1);
      expect(await seriousViolations(frame)).toEqual([]);
      await page.close();
    });

    it(`the strip, and the sidebar opened from it (${scheme})`, async () => {
      await resetStorage(env.ext);
      const page = await openPage('/pages/hip-flexor-strain.html', scheme);
      await strip(page);
      const replica = await stripReplica(page, scheme);
      // The strip's own palette follows the scheme (its dark background is the panel's).
      const background = await replica.evaluate(() => getComputedStyle(document.querySelector('div')!.shadowRoot!.querySelector('.strip')!).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(17, 24, 39)' : 'rgb(255, 255, 255)');
      expect(await seriousViolations(replica)).toEqual([]);
      await replica.close();
      await expandStrip(page);
      const frame = await panel(page);
      expect(await inScheme(frame, scheme)).toBe(true);
      await expect.poll(() => cardIds(page)).toContain('hip-flexor-strain');
      expect(await seriousViolations(frame)).toEqual([]);
      await page.close();
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`the collection page, with items, one being edited, and a refused import (${scheme})`, async () => {
      await resetStorage(env.ext, {
        'item:article:groin-strain': { v: 2, kind: 'article', articleId: 'groin-strain', savedAt: '2026-01-02T10:00:00.000Z', note: 'For the essay', tags: ['essay'] },
        'item:page:https://example.org/hip': {
          v: 2,
          kind: 'page',
          url: 'https://example.org/hip',
          savedAt: '2026-01-03T10:00:00.000Z',
          note: '',
          tags: [],
          csl: { id: 'https://example.org/hip', type: 'webpage', title: 'Hip pain in runners', URL: 'https://example.org/hip', author: [{ family: 'Doe', given: 'Jane' }] },
        },
      });
      const page = await env.ext.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${env.ext.extensionId}/collection.html`);
      await expect.poll(() => page.locator('[data-item-key]').count()).toBe(2);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: /^Edit note and tags: Hip pain/ }).click();
      await page.getByLabel(/^Import a file/).setInputFiles({ name: 'x.bib', mimeType: 'text/plain', buffer: Buffer.from('@article{x, title = {Unclosed') });
      await expect.poll(() => page.getByRole('alert').count()).toBe(1);
      await page.getByRole('button', { name: 'Clear the collection…' }).click();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });

    it(`the sidebar's Saved view (${scheme})`, async () => {
      await resetStorage(env.ext, { settings: { mode: 'open' }, 'item:article:groin-strain': { v: 2, kind: 'article', articleId: 'groin-strain', savedAt: '2026-01-02T10:00:00.000Z', note: '', tags: [] } });
      const page = await openPage('/pages/lateral-hip-conditions.html', scheme);
      const frame = await panel(page);
      await frame.getByRole('button', { name: /^Saved \(/ }).click();
      await expect.poll(() => frame.locator('.saved-entry').count()).toBe(1);
      expect(await seriousViolations(frame)).toEqual([]);
      await page.close();
    });
  }

  for (const [name, path] of [
    ['collection (empty)', 'collection.html'],
    ['popup', 'popup.html'],
    ['options', 'options.html'],
    ['reader (an article)', 'reader.html#greater-trochanteric-pain-syndrome'],
    ['reader (the library index)', 'reader.html'],
  ]) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`the ${name} page (${scheme})`, async () => {
        const page = await env.ext.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`chrome-extension://${env.ext.extensionId}/${path}`);
        await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
        expect(await seriousViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }
});

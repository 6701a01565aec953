// The collection end to end in Chromium: an article and the page being read saved from the
// sidebar (and an article from a search result), the browser restarted on the same profile, both
// found on the collection page; a note edited, each export downloaded for real and read back by a
// real parser, a good file and a broken file imported, removal undone and the collection cleared.
import { readFileSync } from 'node:fs';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import * as astrocite from 'astrocite-ris';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardIds, expandStrip, expectNoProblems, restartableBrowser, startServer, stored, type ExtensionBrowser, type TestServer } from './harness';
import { cslValidator } from '../unit/csl-schema';

const PAGE = '/pages/hip-article-with-metadata.html';
const profile = restartableBrowser();
let server: TestServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer();
  ext = await profile.launch();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  profile.dispose();
});

/** Everything the extension stored. */
const snapshot = () => ext.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null));
const itemKeys = async () => Object.keys(await snapshot()).filter((k) => k.startsWith('item:')).sort();

async function openCollection(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/collection.html`);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Your HipLens collection');
  return page;
}

/** Exports the whole collection in `label`'s format as a real download, and returns the file's text. */
async function download(page: Page, label: string): Promise<{ name: string; text: string }> {
  await page.getByLabel('Export as').selectOption({ label });
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export all/ }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

let pageUrl = '';
let articleId = '';

describe('the collection', () => {
  it('saves an article from its card, one from a search result and the page being read, from the sidebar', async () => {
    const page = await ext.context.newPage();
    pageUrl = server.url(PAGE);
    await page.goto(pageUrl);
    const frame = await expandStrip(page);
    await expect.poll(() => cardIds(page), { timeout: 10_000 }).toContain('hip-flexor-strain');
    articleId = 'hip-flexor-strain';
    await frame.locator(`[data-article-id="${articleId}"]`).getByRole('button', { name: /^Save .* to your collection$/ }).click();
    await expect.poll(() => stored(ext, `item:article:${articleId}`)).toMatchObject({ kind: 'article', articleId });

    // From the search results: ↓ then Shift+Enter saves the highlighted result.
    const input = frame.getByRole('combobox', { name: 'Search the library' });
    await input.pressSequentially('sciatica', { delay: 10 });
    await expect.poll(() => frame.locator('[role="option"]').count()).toBeGreaterThan(0);
    const first = await frame.locator('[role="option"]').first().getAttribute('data-result-id');
    await input.press('ArrowDown');
    await input.press('Shift+Enter');
    await expect.poll(() => stored(ext, `item:article:${first}`)).toMatchObject({ kind: 'article', articleId: first });
    await expect.poll(() => frame.locator('[role="option"]').first().textContent()).toContain('saved');
    await input.fill('');

    // The page itself, with what its markup declares.
    await frame.getByRole('button', { name: 'Save this page' }).click();
    await expect
      .poll(() => stored(ext, `item:page:${pageUrl}`), { timeout: 10_000 })
      .toMatchObject({
        kind: 'page',
        url: pageUrl,
        csl: {
          type: 'article-journal',
          title: 'Hip flexor strain: causes, symptoms and recovery',
          author: [{ family: 'Ødegård', given: 'Åsa' }, { family: "O'Brien", given: 'Seán' }],
          'container-title': 'Journal of Hip & Groin Care',
          DOI: '10.5555/hip.2024.101',
          issued: { 'date-parts': [[2024, 3, 5]] },
          URL: pageUrl,
        },
      });
    await expect.poll(() => frame.getByRole('button', { name: 'Page saved' }).getAttribute('aria-pressed')).toBe('true');

    // The Saved view lists all three, newest first, and links to the collection page.
    await frame.getByRole('button', { name: /^Saved \(3\)$/ }).click();
    await expect.poll(() => frame.locator('.saved-entry').count()).toBe(3);
    expect(await frame.locator('.saved-entry').first().getAttribute('data-saved-key')).toBe(`item:page:${pageUrl}`);
    const [collection] = await Promise.all([ext.context.waitForEvent('page'), frame.getByRole('button', { name: 'Open the collection' }).click()]);
    await collection.waitForLoadState();
    expect(collection.url()).toBe(`chrome-extension://${ext.extensionId}/collection.html`);
    await collection.close();
    await page.close();
    expectNoProblems(ext);
  });

  it('finds both after the browser restarts on the same profile', async () => {
    const before = await itemKeys();
    expect(before).toHaveLength(3);
    await ext.close();
    ext = await profile.launch();
    expect(await itemKeys()).toEqual(before);
    const page = await openCollection();
    await expect.poll(() => page.locator('[data-item-key]').count()).toBe(3);
    const titles = await page.locator('.item-title').allTextContents();
    expect(titles).toContain('Hip flexor strain: causes, symptoms and recovery');
    expect(titles.some((t) => /hip flexor/i.test(t) && t !== 'Hip flexor strain: causes, symptoms and recovery')).toBe(true);
    await page.close();
    expectNoProblems(ext);
  });

  it('edits a note and tags, filters by text and tag, and sorts', async () => {
    const page = await openCollection();
    const item = page.locator(`[data-item-key="item:page:${pageUrl}"]`);
    await item.getByRole('button', { name: /^Edit note and tags: / }).click();
    // The form takes focus: the keyboard user types straight into the note.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type('Read for the sports-medicine essay: “rest & rehab”');
    await item.getByLabel('Tags, separated by commas').fill('essay, hip');
    await item.getByRole('button', { name: 'Save note and tags' }).click();
    await expect.poll(() => stored(ext, `item:page:${pageUrl}`)).toMatchObject({ note: 'Read for the sports-medicine essay: “rest & rehab”', tags: ['essay', 'hip'] });
    await expect.poll(() => item.locator('.item-note').textContent()).toContain('rest & rehab');

    await page.getByLabel('Tag', { exact: true }).selectOption('essay');
    await expect.poll(() => page.locator('[data-item-key]').count()).toBe(1);
    await page.getByLabel('Tag', { exact: true }).selectOption('');
    await page.getByLabel('Filter').fill('odegard');
    await expect.poll(() => page.locator('[data-item-key]').count()).toBe(1);
    await page.getByLabel('Filter').fill('');
    await page.getByLabel('Sort').selectOption('title');
    const titles = await page.locator('.item-title').allTextContents();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
    await page.close();
    expectNoProblems(ext);
  });

  it('copies one item’s citation in APA 7, Vancouver and Harvard', async () => {
    const page = await openCollection();
    const item = page.locator(`[data-item-key="item:page:${pageUrl}"]`);
    const expected = [
      ['APA 7', 'APA 7th edition', /^Ødegård, Å\., & O’Brien, S\. \(2024\)\. Hip flexor strain/],
      ['Vancouver', 'Vancouver', /^Ødegård Å, O’Brien S\. Hip flexor strain/],
      ['Harvard', 'Harvard (Cite Them Right)', /^Ødegård, Å\. and O’Brien, S\. \(2024\)/],
    ] as const;
    for (const [short, style, pattern] of expected) {
      await item.getByRole('button', { name: `Copy ${short} citation (${style}): Hip flexor strain: causes, symptoms and recovery` }).click();
      // The status says what was copied (the extension page's clipboard cannot be read back here).
      await expect.poll(() => page.getByRole('status').textContent()).toContain(`Copied the ${style} citation: `);
      expect((await page.getByRole('status').textContent())!.split(' citation: ')[1]).toMatch(pattern);
    }
    await page.close();
    expectNoProblems(ext);
  });

  it('exports each format as a real download that a real parser reads back', async () => {
    const page = await openCollection();
    await expect.poll(() => page.locator('[data-item-key]').count()).toBe(3);

    const bib = await download(page, 'BibTeX (BibLaTeX, UTF-8)');
    expect(bib.name).toMatch(/^hiplens-collection-\d{4}-\d{2}-\d{2}\.bib$/);
    const library = parseBibtex(bib.text, { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(3);
    const journal = library.entries.find((e) => (e.fields as Record<string, unknown>).doi === '10.5555/hip.2024.101')!;
    expect(journal.type).toBe('article');
    expect((journal.fields as Record<string, unknown>).journaltitle).toBe('Journal of Hip & Groin Care');
    expect((journal.fields as Record<string, unknown>).annotation).toBe('Read for the sports-medicine essay: “rest & rehab”');

    const ris = await download(page, 'RIS');
    expect(ris.name).toMatch(/\.ris$/);
    const records = astrocite.parse(ris.text) as unknown as { title?: string; DOI?: string; author?: { family?: string }[] }[];
    expect(records).toHaveLength(3);
    expect(records.find((r) => r.DOI === '10.5555/hip.2024.101')).toMatchObject({ title: 'Hip flexor strain: causes, symptoms and recovery' });

    const json = await download(page, 'CSL-JSON');
    expect(json.name).toMatch(/\.json$/);
    const items = JSON.parse(json.text) as { title?: string; annote?: string; keyword?: string }[];
    const validate = cslValidator();
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items).toHaveLength(3);
    expect(items.find((i) => i.keyword === 'essay, hip')?.annote).toBe('Read for the sports-medicine essay: “rest & rehab”');

    const md = await download(page, 'Markdown');
    expect(md.name).toMatch(/\.md$/);
    expect(md.text.startsWith('# HipLens collection\n')).toBe(true);
    expect(md.text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(3);
    expect(md.text).toContain('Tags: essay, hip');

    const csv = await download(page, 'CSV');
    expect(csv.name).toMatch(/\.csv$/);
    const rows = csv.text.replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^"Type","Title","Authors"/);
    expect(csv.text).toContain('"Ødegård, Åsa; O\'Brien, Seán"');

    // A selection exports only what is selected.
    await page.getByLabel('Select Hip flexor strain: causes, symptoms and recovery').check();
    await page.getByLabel('Export as').selectOption({ label: 'CSL-JSON' });
    const [one] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export selected (1)' }).click()]);
    expect((JSON.parse(readFileSync(await one.path(), 'utf8')) as unknown[]).length).toBe(1);
    await page.close();
    expectNoProblems(ext);
  });

  it('imports a good file, refuses a broken one with a message and changes nothing, and restores a backup', async () => {
    const page = await openCollection();
    const good = '@article{Holmich2015, title = {Groin injuries in athletes}, author = {Hölmich, Per}, journaltitle = {Br J Sports Med}, date = {2015}, doi = {10.1136/bjsports-2015-0001}}\n';
    await page.getByLabel(/^Import a file/).setInputFiles({ name: 'good.bib', mimeType: 'application/x-bibtex', buffer: Buffer.from(good) });
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Imported 1 item from “good\.bib” \(BibTeX\)/);
    await expect.poll(() => page.locator('[data-item-key]').count()).toBe(4);
    expect(await stored(ext, 'item:page:https://doi.org/10.1136/bjsports-2015-0001')).toMatchObject({ csl: { title: 'Groin injuries in athletes' } });

    const before = await snapshot();
    await page.getByLabel(/^Import a file/).setInputFiles({ name: 'broken.bib', mimeType: 'application/x-bibtex', buffer: Buffer.from('@article{broken, title = {Unclosed\n') });
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^Nothing was imported from “broken\.bib”: this BibTeX file cannot be read/);
    await page.getByLabel(/^Import a file/).setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^Nothing was imported from “notes\.json”/);
    expect(await snapshot()).toEqual(before);
    await expect.poll(() => page.locator('[data-item-key]').count()).toBe(4);

    // Back up, clear (confirmed), and restore from the backup: exactly what was there.
    const [backup] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up' }).click()]);
    const backupText = readFileSync(await backup.path(), 'utf8');
    expect(JSON.parse(backupText)).toMatchObject({ format: 'hiplens-collection', version: 1 });
    await page.getByRole('button', { name: 'Clear the collection…' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.getByRole('button', { name: 'Remove all' }).click();
    await expect.poll(itemKeys).toEqual([]);
    await expect.poll(() => page.getByText('Nothing saved yet.').count()).toBe(1);
    await page.getByLabel(/^Import a file/).setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backupText) });
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Imported 4 items .*HipLens backup/);
    expect(await snapshot()).toEqual(before);
    await page.close();
    expectNoProblems(ext);
  });

  it('removes an item with undo', async () => {
    const page = await openCollection();
    const before = await snapshot();
    const key = `item:page:${pageUrl}`;
    await page.locator(`[data-item-key="${key}"]`).getByRole('button', { name: /^Remove / }).click();
    await expect.poll(() => stored(ext, key)).toBeUndefined();
    // Focus goes to Undo, so the keyboard user can take it back at once.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(snapshot).toEqual(before);
    await page.close();
    expectNoProblems(ext);
  });

  it('saves an article from the reader', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/reader.html#groin-strain`);
    const save = page.getByRole('button', { name: /^Save .* to your collection$/ });
    await save.click();
    await expect.poll(() => stored(ext, 'item:article:groin-strain')).toMatchObject({ kind: 'article', articleId: 'groin-strain' });
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    await page.close();
    expectNoProblems(ext);
  });
});

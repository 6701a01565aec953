// The reader's handout, printed as Chromium prints it: every one of the 43 articles in handout
// mode fits one or two pages on A4 and on US Letter, and no box (a section, the warning signs,
// the clinicians' part) is cut across two pages. Pages are counted in the PDF itself; boxes are
// checked in print emulation against the sheets, each of which must be exactly one printed page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articles } from '../../core/full-library';
import { extensionSuite, resetStorage, stored } from './harness';

const env = extensionSuite();

/** Pages of a PDF Chromium wrote: its page objects (not the /Pages tree). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

interface Layout {
  sheets: number;
  /** Boxes outside their sheet's content area, as "box in sheet n: top..bottom of 0..height". */
  cut: string[];
  boxes: number;
}

/** Where every box lies, in print emulation, against the content area of the sheet it is on. */
function printLayout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const sheets = [...document.querySelectorAll<HTMLElement>('.sheet')];
    const cut: string[] = [];
    let boxes = 0;
    sheets.forEach((sheet, n) => {
      const area = sheet.querySelector<HTMLElement>('.sheet-content')!.getBoundingClientRect();
      for (const box of sheet.querySelectorAll<HTMLElement>('[data-box], .handout-box, .red-flags')) {
        boxes++;
        const r = box.getBoundingClientRect();
        if (r.top < area.top - 0.5 || r.bottom > area.bottom + 0.5)
          cut.push(`${box.dataset.box ?? box.className} in sheet ${n + 1}: ${Math.round(r.top - area.top)}..${Math.round(r.bottom - area.top)} of 0..${Math.round(area.height)}`);
      }
    });
    return { sheets: sheets.length, cut, boxes };
  });
}

async function openHandout(id: string, page?: Page): Promise<Page> {
  const url = `chrome-extension://${env.ext.extensionId}/reader.html?handout#${id}`;
  if (!page) {
    page = await env.ext.context.newPage();
    await page.goto(url);
  } else await page.evaluate((hash) => (location.hash = hash), id);
  await expect.poll(() => page!.locator(`.handout[data-article-id="${id}"][data-ready="true"]`).count()).toBe(1);
  return page;
}

describe('the handout', () => {
  it('prints every article on one or two pages of A4 and of US Letter, with no box cut across pages', async () => {
    await resetStorage(env.ext, { handout: { clinic: 'Riverside Physiotherapy Clinic', showDate: true, includeClinicians: false, notes: {} } });
    let page: Page | undefined;
    const counts: Record<string, number[]> = { A4: [], Letter: [] };
    const problems: string[] = [];
    for (const article of articles) {
      page = await openHandout(article.id, page);
      await page.emulateMedia({ media: 'print' });
      const layout = await printLayout(page);
      expect(layout.boxes, article.id).toBeGreaterThan(4);
      problems.push(...layout.cut.map((c) => `${article.id}: ${c}`));
      for (const format of ['A4', 'Letter'] as const) {
        const pages = pdfPageCount(await page.pdf({ format }));
        counts[format]!.push(pages);
        if (pages < 1 || pages > 2) problems.push(`${article.id}: ${pages} ${format} pages`);
        // Each sheet is exactly one printed page, so a box inside its sheet is inside its page.
        if (pages !== layout.sheets) problems.push(`${article.id}: ${layout.sheets} sheets but ${pages} ${format} pages`);
      }
      await page.emulateMedia({ media: 'screen' });
    }
    const range = (list: number[]) => `${Math.min(...list)}-${Math.max(...list)}`;
    console.log(`handout pages over ${articles.length} articles: A4 ${range(counts.A4!)}, Letter ${range(counts.Letter!)}; two pages: ${counts.A4!.filter((n) => n === 2).length} (A4)`);
    expect(problems).toEqual([]);
    expect(counts.A4).toHaveLength(43);
    await page!.close();
  });

  it('with the clinicians’ part and a long note it still fits two pages, with the clinic, the date and the note printed', async () => {
    const note = 'Do the bridge and side-lying leg raise every day: 3 sets of 10. '.repeat(9).trim();
    const ids = ['hip-groin-pain', 'hip-groin-buttock-faqs', 'greater-trochanteric-pain-syndrome', 'slipped-capital-femoral-epiphysis'];
    await resetStorage(env.ext, { handout: { clinic: 'Riverside Physiotherapy Clinic', showDate: true, includeClinicians: true, notes: Object.fromEntries(ids.map((id) => [id, note])) } });
    let page: Page | undefined;
    for (const id of ids) {
      page = await openHandout(id, page);
      const text = await page.locator('.handout').innerText();
      expect(text).toContain('Riverside Physiotherapy Clinic');
      expect(text).toContain(new Date().getFullYear().toString());
      expect(text).toContain('For clinicians');
      expect(text).toContain('Notes from your clinician');
      expect(text).toMatch(/Sources: /);
      await page.emulateMedia({ media: 'print' });
      expect((await printLayout(page)).cut, id).toEqual([]);
      for (const format of ['A4', 'Letter'] as const) expect(pdfPageCount(await page.pdf({ format })), `${id} ${format}`).toBeLessThanOrEqual(2);
      await page.emulateMedia({ media: 'screen' });
    }
    await page!.close();
  });

  it('keeps the clinic name, the notes and the choices through the background, next to the settings it leaves alone', async () => {
    const settings = { mode: 'badge', side: 'left', width: 400, paused: false, pausedSites: ['example.org'], alwaysSites: [], quietSites: [], collapsed: false };
    await resetStorage(env.ext, { settings, settings$: { v: 3 } });
    const page = await env.ext.context.newPage();
    await page.goto(`chrome-extension://${env.ext.extensionId}/reader.html#groin-strain`);
    await page.getByLabel('Handout mode (one or two pages)').check();
    await page.getByLabel('Clinic name').fill('Northside Sports Physio');
    await page.getByLabel(/Your notes for the patient/).fill('Copenhagen adduction, level 1, twice a week.');
    await page.getByLabel('Include the part for clinicians').check();
    await page.getByLabel('Print today’s date').uncheck();
    await page.getByLabel('Clinic name').focus();
    await expect
      .poll(() => stored(env.ext, 'handout'))
      .toEqual({ clinic: 'Northside Sports Physio', showDate: false, includeClinicians: true, notes: { 'groin-strain': 'Copenhagen adduction, level 1, twice a week.' } });
    expect(await stored(env.ext, 'settings')).toEqual(settings);
    const handout = page.locator('.handout');
    expect(await handout.innerText()).toContain('Northside Sports Physio');
    expect(await handout.innerText()).toContain('Copenhagen adduction, level 1');
    // Kept: a fresh reader shows them again.
    await page.reload();
    await page.getByLabel('Handout mode (one or two pages)').check();
    await expect.poll(() => page.getByLabel('Clinic name').inputValue()).toBe('Northside Sports Physio');
    await page.close();
  });

  it('"Copy for patient" gives title, summary, when to get help, the source line and the disclaimer; "Copied" clears', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`chrome-extension://${env.ext.extensionId}/reader.html#sciatica`);
    const status = page.getByRole('group', { name: 'Print and copy' }).getByRole('status');
    await page.getByRole('button', { name: /^Copy for patient/ }).click();
    await expect.poll(() => status.textContent()).toBe('Copied');
    const copiedAt = Date.now();
    // Chromium grants no clipboard reading to an extension's origin: read it back from a web page.
    await env.ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url('') });
    const reader = await env.ext.context.newPage();
    await reader.goto(env.server.url('/pages/hip-hop.html'));
    await reader.bringToFront();
    const text = await reader.evaluate(() => navigator.clipboard.readText());
    await reader.close();
    const article = articles.find((a) => a.id === 'sciatica')!;
    expect(text.startsWith(`${article.title}\n\n${article.summary}\n\nWhen to see a professional: ${article.seeAProfessional}\n\nSources: `)).toBe(true);
    expect(text).toContain('Information, not a diagnosis');
    await expect.poll(() => status.textContent(), { timeout: 6_000 }).toBe('');
    expect(Date.now() - copiedAt).toBeGreaterThan(1_500);
    await page.close();
  });
});

// Automated accessibility check (axe-core) of the sidebar, popup, options and reader pages:
// no serious or critical violation may remain.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardIds, extensionSuite } from './harness';

const env = extensionSuite();

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown }[];
}

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    return result.violations;
  }, include);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`the sidebar, with a card expanded and search results showing (${scheme})`, async () => {
      const page = await env.ext.context.newPage();
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(env.server.url('/pages/hip-flexor-strain.html'));
      await expect.poll(() => cardIds(page)).toContain('hip-flexor-strain');
      await page.locator('hiplens-sidebar').getByRole('button', { name: /Key points/ }).first().click();
      await page.getByRole('combobox', { name: 'Search the library' }).pressSequentially('groin', { delay: 10 });
      await expect.poll(() => page.locator('hiplens-sidebar [role="option"]').count()).toBeGreaterThan(0);
      expect(await seriousViolations(page, 'hiplens-sidebar')).toEqual([]);
      await page.close();
    });
  }

  for (const [name, path] of [
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

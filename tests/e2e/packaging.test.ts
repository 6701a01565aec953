// Store packages: one zip per browser and manifest version, none overwriting another.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, PRODUCTION_DIR, ROOT } from './harness';

const output = join(ROOT, '.output');

describe('npm run zip', () => {
  it('makes a separate store zip for Chrome MV3, Firefox MV2 and Firefox MV3', () => {
    for (const f of readdirSync(output).filter((f) => f.endsWith('.zip'))) rmSync(join(output, f));
    execSync('npm run --silent zip', { cwd: ROOT, stdio: 'pipe', timeout: 240_000 });
    const zips = readdirSync(output).filter((f) => f.endsWith('.zip') && !f.includes('sources'));
    expect(zips.sort()).toEqual(['hiplens-0.1.0-chrome-mv3.zip', 'hiplens-0.1.0-firefox-mv2.zip', 'hiplens-0.1.0-firefox-mv3.zip']);
    for (const zip of zips) expect(statSync(join(output, zip)).size).toBeGreaterThan(50_000);
    const versions = Object.fromEntries(
      ['chrome-mv3', 'firefox-mv2', 'firefox-mv3'].map((dir) => [dir, JSON.parse(readFileSync(join(output, dir, 'manifest.json'), 'utf8')).manifest_version]),
    );
    expect(versions).toEqual({ 'chrome-mv3': 3, 'firefox-mv2': 2, 'firefox-mv3': 3 });
  }, 300_000);

  it('ships a small page script on every page, without the index, the matcher or the cards, in every build', () => {
    const generated = (file: string) => JSON.parse(readFileSync(join(ROOT, 'data', 'generated', file), 'utf8'));
    const aSummary = JSON.stringify((generated('cards.json') as { summary: string }[])[0]!.summary).slice(1, -1);
    // Multi-word names from the matcher's index: only the index carries them.
    const indexTerms = Object.keys((generated('match-index.json') as { terms: Record<string, unknown> }).terms).filter((k) => k.includes(' ')).slice(0, 20);
    for (const dir of ['chrome-mv3', 'firefox-mv2', 'firefox-mv3']) {
      const manifest = JSON.parse(readFileSync(join(output, dir, 'manifest.json'), 'utf8'));
      expect(manifest.content_scripts.map((c: { js: string[] }) => c.js), dir).toEqual([['content-scripts/page.js']]);
      const pageScript = readFileSync(join(output, dir, 'content-scripts', 'page.js'), 'utf8');
      const background = readFileSync(join(output, dir, 'background.js'), 'utf8');
      const chunks = readdirSync(join(output, dir, 'chunks')).map((f) => readFileSync(join(output, dir, 'chunks', f), 'utf8'));
      expect(gzipSync(pageScript).length, `${dir}: page script gzipped`).toBeLessThanOrEqual(15_000);
      // The cards (and the Preact UI with them) load only into pages that show the sidebar, in its panel.
      expect(pageScript.includes(aSummary), dir).toBe(false);
      expect(chunks.some((c) => c.includes(aSummary)), dir).toBe(true);
      // Matching runs in the background: the index and fuse.js are there, never in the page.
      expect(indexTerms.filter((t) => pageScript.includes(t)), `${dir}: index terms in the page script`).toEqual([]);
      expect(indexTerms.every((t) => background.includes(t)), dir).toBe(true);
      expect(pageScript.includes('ignoreLocation'), `${dir}: fuse.js in the page script`).toBe(false);
      // Least permissions: storage only; the panel is the one page a web page may frame.
      expect(manifest.permissions, dir).toEqual(['storage']);
    }
  });

  it('keeps the test hooks out of the build users install', () => {
    // The tests drive the toolbar and the shortcut through hooks on the background's global;
    // only the end-to-end build (wxt build --mode e2e) has them.
    expect(readFileSync(join(PRODUCTION_DIR, 'background.js'), 'utf8')).not.toContain('hiplensToolbarClick');
    expect(readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8')).toContain('hiplensToolbarClick');
    for (const dir of ['firefox-mv2', 'firefox-mv3']) expect(readFileSync(join(output, dir, 'background.js'), 'utf8')).not.toContain('hiplensToolbarClick');
  });
});

// Store packages: one zip per browser and manifest version, none overwriting another.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

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

  it('ships a small page script on every page and the sidebar UI apart, in every build', () => {
    const aSummary = (JSON.parse(readFileSync(join(ROOT, 'data', 'generated', 'cards.json'), 'utf8')) as { summary: string }[])[0]!.summary;
    for (const dir of ['chrome-mv3', 'firefox-mv2', 'firefox-mv3']) {
      const manifest = JSON.parse(readFileSync(join(output, dir, 'manifest.json'), 'utf8'));
      expect(manifest.content_scripts.map((c: { js: string[] }) => c.js), dir).toEqual([['content-scripts/page.js']]);
      const pageScript = readFileSync(join(output, dir, 'content-scripts', 'page.js'), 'utf8');
      const sidebarUi = readFileSync(join(output, dir, 'content-scripts', 'sidebar.js'), 'utf8');
      // The cards (and the Preact UI with them) load only into pages that show the sidebar.
      expect(pageScript.includes(JSON.stringify(aSummary).slice(1, -1)), dir).toBe(false);
      expect(sidebarUi.includes(JSON.stringify(aSummary).slice(1, -1)), dir).toBe(true);
      expect(pageScript.length, dir).toBeLessThan(190_000);
    }
  });
});

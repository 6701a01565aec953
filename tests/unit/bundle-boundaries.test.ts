// What each bundle may carry. The metadata reader runs in the panel and the popup, on the page's
// markup (core/page-source.ts), and is gated at 2.5 KiB minified and gzipped so it could move back
// into the page script if it ever must; citation-js (hundreds of kilobytes) belongs to the
// extension pages that export and cite, never to the page script or the background.
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { OFFLINE_STUBS } from '../../wxt.config';

const root = join(__dirname, '..', '..');

async function bundle(entry: string, minify = false) {
  return build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    metafile: true,
    minify,
    format: 'esm',
    target: 'es2020',
    packages: 'external',
    // WXT's globals and virtual modules are not needed to see what a bundle imports.
    logLevel: 'silent',
    define: { 'import.meta.env.MODE': '"production"' },
  });
}

describe('bundle boundaries', () => {
  it('keeps the page metadata reader within 2.5 KiB minified and gzipped', async () => {
    const { outputFiles } = await bundle('core/page-metadata.ts', true);
    const size = gzipSync(outputFiles[0]!.contents).length;
    console.log(`core/page-metadata.ts: ${outputFiles[0]!.contents.length} bytes minified, ${size} gzipped`);
    expect(size).toBeLessThanOrEqual(2560);
  });

  it.each(['entrypoints/page.content/index.ts', 'entrypoints/background.ts'])('keeps citation-js and the exporters out of %s', async (entry) => {
    const { metafile } = await bundle(entry);
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.length, 'the whole import graph is walked').toBeGreaterThan(10);
    const imports = Object.values(metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(inputs.filter((f) => /core\/(citations|collection-import)/.test(f))).toEqual([]);
    expect(imports.filter((path) => path.includes('citation-js'))).toEqual([]);
  });

  it('keeps the metadata reader and the CSL maker out of the page script: the panel and popup read the page\'s markup', async () => {
    const { metafile } = await bundle('entrypoints/page.content/index.ts');
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.some((f) => f.includes('core/page-source'))).toBe(true);
    expect(inputs.filter((f) => /core\/page-(metadata|csl)\.ts$/.test(f))).toEqual([]);
  });

  it('bundles citation-js for an extension page without any network API, its URL readers stubbed as wxt.config.ts does', async () => {
    const { outputFiles } = await build({
      entryPoints: [join(root, 'core/citations.ts'), join(root, 'core/collection-import.ts')],
      bundle: true,
      write: false,
      outdir: join(root, '.output', 'bundle-check'),
      format: 'esm',
      platform: 'browser',
      minify: true,
      logLevel: 'silent',
      alias: OFFLINE_STUBS,
    });
    const code = outputFiles.map((f) => f.text).join('\n');
    console.log(`citations and import for an extension page: ${code.length} bytes minified, ${gzipSync(code).length} gzipped`);
    // The same network APIs tests/e2e/privacy.test.ts looks for in the built extension. One is
    // left, and it reads no address: citeproc's stand-in for a missing DOMParser parses a style's
    // XML by "loading" it from a data: URL (extension pages have DOMParser, so it never runs).
    const found = [...code.matchAll(/\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts\s*\(|WebTransport|RTCPeerConnection/g)];
    const unexplained = found.filter((m) => !/parseFromString[\s\S]{0,400}"data:"\+\w+\+";charset=utf-8,"\+encodeURIComponent/.test(code.slice(m.index - 300, m.index + 300)));
    expect(unexplained.map((m) => code.slice(m.index - 100, m.index + 100))).toEqual([]);
  });
});

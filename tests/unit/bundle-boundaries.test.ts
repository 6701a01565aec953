// What each bundle may carry. The page script runs on every page, so the metadata reader it will
// carry is gated at 2.5 KiB minified and gzipped; citation-js (hundreds of kilobytes) belongs to
// the extension pages that export and cite, never to the page script or the background.
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

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
});

import { readFileSync, readdirSync } from 'node:fs';
import { launchWithoutExtensions, startServer, ZOO } from '../../tests/e2e/harness';
const server = await startServer();
const b = await launchWithoutExtensions();
const code = readFileSync('/tmp/hintbench.js', 'utf8');
const res: Record<string, number[]> = { extract: [], walker: [], textContent: [] };
const page = await b.context.newPage();
for (const f of readdirSync(ZOO).filter((n) => n.endsWith('.html')).sort()) {
  await page.goto(server.url(`/zoo/${f}`), { waitUntil: 'load' }).catch(() => {});
  await page.addScriptTag({ content: code }).catch(() => {});
  const t = await page.evaluate(() => {
    const hb = (window as any).__hb; const out: Record<string, number> = {};
    for (const k of ['textContent', 'walker', 'extract']) { const s = performance.now(); for (let i = 0; i < 3; i++) hb[k](); out[k] = (performance.now() - s) / 3; }
    return out;
  }).catch(() => undefined);
  if (t) for (const k of Object.keys(res)) res[k]!.push(t[k]!);
}
for (const [k, xs] of Object.entries(res)) { xs.sort((a, b) => a - b); console.log(k, 'median', xs[xs.length >> 1]!.toFixed(2), 'p95', xs[Math.floor(xs.length * 0.95)]!.toFixed(2), 'max', xs[xs.length - 1]!.toFixed(2)); }
await b.close(); await server.close();

// temporary: where HipLens's page-side time goes, from CPU profiles of zoo page loads
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, ROOT, startServer, ZOO } from '../../tests/e2e/harness';
const dir = process.env.DIR ?? join(ROOT, '.output', 'chrome-mv3');
const server = await startServer();
const b = await launchWithExtension({ extensionDir: dir });
const names = readdirSync(ZOO).sort();
const pick = names.filter((_, i) => i % Math.ceil(names.length / Number(process.env.N ?? 15)) === 0);
const self = new Map<string, number>();
let total = 0; const urls = new Set<string>();
for (const name of pick) {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  await page.goto(server.url("/none")).catch(() => {});
  await cdp.send("Profiler.enable");
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(server.url(`/zoo/${name}/source.html`), { waitUntil: 'load' }).catch(() => {});
  await page.waitForTimeout(1500);
  const { profile } = await cdp.send('Profiler.stop');
  if (process.env.URLS) console.log("nodes", profile.nodes.length, "samples", profile.samples.length, page.url());
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const dt = profile.timeDeltas as number[];
  profile.samples.forEach((id: number, i: number) => {
    const n: any = byId.get(id);
    const url = n.callFrame.url as string;
    if (process.env.URLS) urls.add(url); if (!url.includes("page.js") && !url.startsWith("chrome-extension://")) return;
    const key = `${n.callFrame.functionName || '(anon)'} ${url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    total += (dt[i] ?? 0) / 1000;
  });
  await page.close();
}
console.log(`pages ${pick.length}, extension self time total ${total.toFixed(1)} ms, per page ${(total / pick.length).toFixed(2)} ms`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(2).padStart(8), k);
if (process.env.URLS) console.log([...urls].slice(0, 30)); await b.close(); server.close();

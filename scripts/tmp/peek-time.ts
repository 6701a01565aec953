// temporary: load event -> first sidebar content, for builds old (open shadow root, in-page UI) and new (panel mark)
import { launchWithExtension, startServer } from '../../tests/e2e/harness';
const PAGES = ['hip-flexor-strain.html', 'hip-osteoarthritis-clinic.html', 'groin-strain-forum.html'];
const server = await startServer();
for (const dir of process.argv.slice(2)) {
  const b = await launchWithExtension({ extensionDir: dir });
  // warm-up
  { const p = await b.context.newPage(); await p.goto(server.url('/pages/knee-bursitis.html')); await p.waitForTimeout(1000); await p.close(); }
  const probe = `(() => {
    const tick = () => {
      const host = document.querySelector('hiplens-sidebar');
      const open = host && host.shadowRoot && host.shadowRoot.querySelector('[data-article-id], .strip, aside, button');
      if (open) { window.__seen = performance.now(); return; }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`;
  const times: number[] = [];
  for (let round = 0; round < Number(process.env.ROUNDS ?? 5); round++)
    for (const file of PAGES) {
      const page = await b.context.newPage();
      await page.goto(server.url(`/pages/${file}`), { waitUntil: 'commit' });
      await page.evaluate(probe);
      await page.waitForLoadState('load');
      const t = dir.includes('old') ? await page.waitForFunction('window.__seen', null, { timeout: 5000 }).then((h) => h.jsonValue()).catch(() => undefined) : undefined;
      const strip = dir.includes('old') ? undefined : await page.waitForFunction("performance.getEntriesByName('hiplens:strip-drawn')[0]?.startTime", null, { timeout: 5000 }).then((h) => h.jsonValue()).catch(() => undefined);
      let shown = (t ?? strip) as number | undefined;
      if (shown === undefined) {
        const panel = page.frames().find((f) => f.url().endsWith('/panel.html'));
        if (panel) shown = await panel.evaluate(() => { const e = performance.getEntriesByName('hiplens:panel-drawn')[0]; return e ? performance.timeOrigin + e.startTime : undefined; }).then(async (abs) => abs === undefined ? undefined : abs - (await page.evaluate(() => performance.timeOrigin)));
      }
      const load = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart);
      if (shown !== undefined) times.push(shown - load);
      await page.close();
    }
  times.sort((a, b) => a - b);
  console.log(dir, 'n', times.length, 'median', times[Math.floor(times.length / 2)]?.toFixed(0), 'p95', times[Math.ceil(times.length * 0.95) - 1]?.toFixed(0), times.map((t) => t.toFixed(0)).join(' '));
  await b.close();
}
await server.close();

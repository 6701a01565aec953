// npm run bench:first-load: the long tasks on the first page a freshly started Chromium shows
// with the built extension loaded, next to the same browser without it. No inspector is attached
// (it changes V8's behaviour); the page reports its own Long Tasks API entries to a local server.
//   --runs N   fresh browser starts per configuration (default 8)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const extension = join(root, '.output', 'chrome-mv3');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 8;
if (!existsSync(join(extension, 'manifest.json'))) throw new Error('No built extension: run npm run build first');

// A page with no scripts of its own but this probe, which reports once the page has settled.
const probe = `<script>const seen=[];new PerformanceObserver(l=>l.getEntries().forEach(e=>seen.push(Math.round(e.duration)))).observe({type:'longtask',buffered:true});
addEventListener('load',()=>setTimeout(()=>fetch('/report?'+encodeURIComponent(JSON.stringify(seen))),1500));</script>`;
const page = readFileSync(join(root, 'tests', 'e2e', 'pages', 'knee-bursitis.html'), 'utf8').replace('<head>', `<head>${probe}`);

let onReport: (tasks: number[]) => void = () => {};
const server = createServer((req, res) => {
  if (req.url?.startsWith('/report?')) onReport(JSON.parse(decodeURIComponent(req.url.slice(8))) as number[]);
  res.writeHead(200, { 'content-type': 'text/html' }).end(req.url?.startsWith('/report') ? 'ok' : page);
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;

async function firstPageLongTasks(withExtension: boolean): Promise<number[] | 'timeout'> {
  const profile = mkdtempSync(join(tmpdir(), 'hiplens-first-load-'));
  const reported = new Promise<number[]>((ok) => (onReport = ok));
  const browser = spawn(
    chromium,
    [
      '--headless=new', `--user-data-dir=${profile}`, '--disable-gpu', '--no-first-run', '--no-sandbox',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...(withExtension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      url,
    ],
    { stdio: 'ignore' },
  );
  const result = await Promise.race([reported, new Promise<'timeout'>((ok) => setTimeout(() => ok('timeout'), 20_000))]);
  browser.kill('SIGKILL');
  await new Promise((ok) => setTimeout(ok, 300));
  rmSync(profile, { recursive: true, force: true });
  return result;
}

const results: Record<string, (number[] | 'timeout')[]> = { 'with HipLens': [], 'without extensions': [] };
for (let i = 0; i < runs; i++) {
  results['with HipLens']!.push(await firstPageLongTasks(true));
  results['without extensions']!.push(await firstPageLongTasks(false));
}
server.close();
for (const [name, list] of Object.entries(results)) {
  const longest = list.map((r) => (r === 'timeout' ? NaN : Math.max(0, ...r)));
  const over = longest.filter((ms) => ms >= 50).length;
  console.log(`${name}: longest task per fresh start (ms) ${JSON.stringify(longest)}; ${over} of ${list.length} starts had a task of 50 ms or more`);
}

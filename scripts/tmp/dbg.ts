import { launchWithExtension, startServer } from '../../tests/e2e/harness';
const server = await startServer();
const b = await launchWithExtension({ extensionDir: process.argv[2] });
const p = await b.context.newPage();
await p.goto(server.url('/pages/hip-flexor-strain.html'), { waitUntil: 'load' });
await p.waitForTimeout(3000);
console.log(await p.evaluate(() => { const h = document.documentElement.lastElementChild as HTMLElement; return [h.tagName, h.shadowRoot?.querySelector("[data-article-id], .strip, aside, button")?.tagName, (window as any).__seen, document.querySelector("[data-hiplens-probe], hiplens-sidebar")?.tagName]; }));
await b.close(); await server.close();

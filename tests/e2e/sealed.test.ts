// Sealed from the page: the page's own scripts can neither read what the sidebar shows nor make
// it do anything. What the test evaluates in the page runs in the page's own world, as its
// scripts do.
import { describe, expect, it } from 'vitest';
import { cardIds, extensionSuite, panel, resetStorage, sidebarHost } from './harness';

const env = extensionSuite();

const allStored = () =>
  env.ext.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }).chrome.storage.local.get(null));

describe("the page's scripts and the sidebar", () => {
  it('cannot read which articles it shows, nor save, read, close or resize through it', async () => {
    await resetStorage(env.ext, { settings: { mode: 'open' } });
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('/pages/hip-flexor-strain.html'));
    await expect.poll(() => cardIds(page), { timeout: 10_000 }).toContain('hip-flexor-strain');
    const frame = await panel(page);
    const title = (await frame.locator('[data-article-id] .card-title').first().textContent())!;
    const storedBefore = await allStored();
    const pagesBefore = env.ext.context.pages().length;
    const widthBefore = (await sidebarHost(page).boundingBox())!.width;

    const seen = await page.evaluate(async (cardTitle) => {
      const host = document.querySelector('hiplens-sidebar')!;
      const attempts: Record<string, unknown> = {};
      attempts.shadowRoot = host.shadowRoot;
      attempts.children = host.childNodes.length;
      attempts.text = host.textContent;
      attempts.html = host.innerHTML;
      // A frame in a shadow tree is not one of the window's frames (window.frames lists the
      // document's own); were it reachable, it would be of another origin still.
      attempts.frames = window.frames.length;
      const panelWindow = window.frames[0];
      try {
        attempts.frameDocument = panelWindow ? panelWindow.document.body.innerHTML : 'unreachable';
      } catch (e) {
        attempts.frameDocument = (e as Error).name;
      }
      attempts.bodyMentionsCard = document.body.innerText.includes(cardTitle) || document.documentElement.outerHTML.includes(cardTitle);
      // Drive it: clicks and keys at the host (untrusted, and they never enter the frame), and
      // messages to the panel, as if from its page script, with a port of the page's own.
      for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown']) host.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      const forged = new MessageChannel();
      const answers: unknown[] = [];
      forged.port1.onmessage = (e) => answers.push(e.data);
      panelWindow?.postMessage({ hiplens: 'a guess' }, '*', [forged.port2]);
      for (const message of [{ type: 'close' }, { type: 'resize', width: 640 }, { type: 'collapse' }]) {
        panelWindow?.postMessage(message, '*');
        window.postMessage(message, '*');
      }
      window.postMessage({ hiplens: 'a guess' }, '*', [new MessageChannel().port2]);
      await new Promise((ok) => setTimeout(ok, 1500));
      attempts.answers = answers;
      return attempts;
    }, title);

    expect(seen).toEqual({
      shadowRoot: null,
      children: 0,
      text: '',
      html: '',
      frames: 0,
      frameDocument: 'unreachable',
      bodyMentionsCard: false,
      answers: [],
    });
    // Nothing happened: still open at the same width, no tab opened, nothing stored.
    expect(await cardIds(page)).toContain('hip-flexor-strain');
    expect((await sidebarHost(page).boundingBox())!.width).toBe(widthBefore);
    expect(env.ext.context.pages().length).toBe(pagesBefore);
    expect(await allStored()).toEqual(storedBefore);
    await page.close();
  });
});

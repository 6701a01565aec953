// Records every request the browser makes, at three independent levels, for tests/e2e/privacy.test.ts:
//
//  1. playwright  context.on('request'): every page, including the extension's own pages, and the
//                 service worker (playwright-core 1.65 reports service-worker requests by default;
//                 PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS is gone, only a DISABLE switch remains).
//  2. cdp         a second, raw DevTools connection of our own that auto-attaches to every target
//                 (pages, iframes, service workers, dedicated and shared workers), pauses each new one
//                 until Network.enable is on, and records Network.requestWillBeSent / webSocketCreated.
//  3. proxy       Chromium is launched with --proxy-server pointing at a tiny proxy of ours and
//                 --proxy-bypass-list=<-loopback>, which takes away Chromium's implicit "never proxy
//                 localhost" rule: every http(s)/ws request from any part of the browser, loopback
//                 included, reaches the proxy. It records each one and answers 502 (CONNECT too), except
//                 that it forwards requests for the test server (127.0.0.1:<port>) there, so test pages
//                 still load and their loads are seen here as well (proof the proxy is in the path).
//
// Containment rather than recording: --host-resolver-rules maps every name to NOTFOUND (only the
// 127.0.0.1 literals used here need no lookup), so not even a DNS query can leave the machine, and the
// profile's network prediction (DNS prefetch, preconnect, prefetch) is switched off. DNS lookups are
// not recorded by any level; the static check in privacy.test.ts forbids resource hints in the bundle.
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Request } from 'playwright-core';
// `ws` is not a direct dependency: it is installed for puppeteer-core and happy-dom (both ours). Node 20
// has no global WebSocket without a flag.
import WebSocket from 'ws';
import { EXTENSION_DIR, watchForProblems, type ExtensionBrowser } from './harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type Level = 'playwright' | 'cdp' | 'proxy';

export interface Seen {
  level: Level;
  method: string;
  url: string;
  /** Who made it: the page's URL, "service worker <url>", a CDP target type and URL, or the proxy's view. */
  by: string;
  /** Document, script, fetch...: Playwright's resourceType, CDP's type, or the proxy's Sec-Fetch-Dest. */
  kind: string;
}

export class Recorder {
  readonly seen: Seen[] = [];
  add(s: Seen) {
    this.seen.push(s);
  }
  clear() {
    this.seen.length = 0;
  }
  at(level: Level) {
    return this.seen.filter((s) => s.level === level);
  }
}

export const describeSeen = (list: Seen[]) => list.map((s) => `  [${s.level}] ${s.method} ${s.url} (${s.kind}; by ${s.by})`).join('\n');

// ---------------------------------------------------------------------------------------------
// Level 3: the recording proxy.

export interface RecordingProxy {
  port: number;
  /** TCP connections that were opened to the proxy and have so far carried no request (a preconnect). */
  idleSockets: () => number;
  close: () => Promise<void>;
}

export async function startRecordingProxy(recorder: Recorder, testServerHost: string): Promise<RecordingProxy> {
  const sockets = new Map<Socket, { requests: number }>();
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    sockets.get(req.socket)!.requests++;
    recorder.add({ level: 'proxy', method: req.method ?? '?', url, by: 'proxy', kind: fetchDest(req) });
    let target: URL | undefined;
    try {
      target = new URL(url);
    } catch {
      // Not an absolute-form proxy request: someone spoke to the proxy as if it were a web server.
    }
    if (target?.protocol === 'http:' && target.host === testServerHost) {
      // The one place requests are forwarded: our own test server on this machine.
      const upstream = httpRequest(
        { host: target.hostname, port: target.port, method: req.method, path: target.pathname + target.search, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the HipLens privacy test proxy');
  });
  server.on('connection', (socket: Socket) => {
    sockets.set(socket, { requests: 0 });
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    sockets.get(socket) && sockets.get(socket)!.requests++;
    recorder.add({ level: 'proxy', method: 'CONNECT', url: req.url ?? '', by: 'proxy', kind: 'tunnel' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
  });
  server.on('upgrade', (req: IncomingMessage, socket: Socket) => {
    sockets.get(socket) && sockets.get(socket)!.requests++;
    recorder.add({ level: 'proxy', method: `${req.method} (upgrade)`, url: req.url ?? '', by: 'proxy', kind: 'upgrade' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as { port: number }).port,
    idleSockets: () => [...sockets.values()].filter((s) => s.requests === 0).length,
    close: () =>
      new Promise((ok) => {
        for (const socket of sockets.keys()) socket.destroy();
        server.close(() => ok());
      }),
  };
}

function fetchDest(req: IncomingMessage): string {
  const dest = req.headers['sec-fetch-dest'];
  return typeof dest === 'string' ? dest : 'no sec-fetch-dest';
}

// ---------------------------------------------------------------------------------------------
// Level 2: our own raw CDP connection.

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface CdpRecorder {
  /** Targets this connection attached to, for the report and to check the worker is among them. */
  targets: () => TargetInfo[];
  close: () => void;
}

export async function attachCdpRecorder(recorder: Recorder, wsUrl: string): Promise<CdpRecorder> {
  const ws = new WebSocket(wsUrl, { perMessageDeflate: false });
  await new Promise<void>((ok, fail) => {
    ws.once('open', () => ok());
    ws.once('error', fail);
  });
  let nextId = 1;
  const pending = new Map<number, (msg: { error?: { message: string } }) => void>();
  const sessions = new Map<string, TargetInfo>();
  // The service worker is attached more than once (from the browser and from each extension page that
  // is related to it), so one request can arrive on several sessions: keep it once per target.
  const keys = new Set<string>();
  const firstTime = (info: TargetInfo | undefined, ...parts: string[]) => {
    const key = [info?.targetId ?? '?', ...parts].join(' ');
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  };
  const send = (method: string, params: object = {}, sessionId?: string) =>
    new Promise<{ error?: { message: string } }>((ok) => {
      const id = nextId++;
      pending.set(id, ok);
      ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  const autoAttach = { autoAttach: true, waitForDebuggerOnStart: true, flatten: true };

  ws.on('message', (data) => {
    const msg = JSON.parse(String(data));
    if (msg.id !== undefined) {
      pending.get(msg.id)?.(msg);
      pending.delete(msg.id);
      return;
    }
    const { method, params, sessionId } = msg as { method: string; params: Record<string, any>; sessionId?: string };
    if (method === 'Target.attachedToTarget') {
      const info = params.targetInfo as TargetInfo;
      const child = params.sessionId as string;
      sessions.set(child, info);
      // Network on before the target runs a line of script, then nested targets, then let it run.
      void (async () => {
        await send('Network.enable', {}, child);
        await send('Target.setAutoAttach', autoAttach, child);
        await send('Runtime.runIfWaitingForDebugger', {}, child);
      })();
    } else if (method === 'Target.detachedFromTarget') {
      sessions.delete(params.sessionId);
    } else if (method === 'Target.targetInfoChanged') {
      for (const info of sessions.values()) if (info.targetId === params.targetInfo.targetId) info.url = params.targetInfo.url;
    } else if (method === 'Network.requestWillBeSent' && sessionId) {
      const info = sessions.get(sessionId);
      if (!firstTime(info, params.requestId, params.request.url)) return;
      recorder.add({
        level: 'cdp',
        method: params.request.method,
        url: params.request.url + (params.request.urlFragment ?? ''),
        by: `${info?.type ?? '?'} ${info?.url ?? ''}`,
        kind: params.type ?? '?',
      });
    } else if (method === 'Network.webSocketCreated' && sessionId) {
      const info = sessions.get(sessionId);
      if (!firstTime(info, params.requestId, params.url)) return;
      recorder.add({ level: 'cdp', method: 'WEBSOCKET', url: params.url, by: `${info?.type ?? '?'} ${info?.url ?? ''}`, kind: 'WebSocket' });
    }
  });
  const reply = await send('Target.setAutoAttach', autoAttach);
  if (reply.error) throw new Error(`CDP auto-attach failed: ${reply.error.message}`);
  await send('Target.setDiscoverTargets', { discover: true });
  return { targets: () => [...sessions.values()], close: () => ws.close() };
}

// ---------------------------------------------------------------------------------------------
// The browser: like harness.launchWithExtension, but wired to all three levels and with no route
// (a Playwright route that aborts requests would stop them before the proxy could see them).

export interface RecordedBrowser extends ExtensionBrowser {
  /** The per-session id Chromium serves use_dynamic_url web-accessible resources under. */
  dynamicId: string;
  recorder: Recorder;
  proxy: RecordingProxy;
  cdp: CdpRecorder;
  args: string[];
}

const describeRequest = (request: Request): string => {
  const worker = request.serviceWorker();
  if (worker) return `service worker ${worker.url()}`;
  try {
    return request.frame().url() || 'a frame';
  } catch {
    return 'no frame';
  }
};

export async function launchRecorded(testServerHost: string): Promise<RecordedBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension in ${EXTENSION_DIR}: run npm run build`);
  const recorder = new Recorder();
  const proxy = await startRecordingProxy(recorder, testServerHost);
  const profile = mkdtempSync(join(tmpdir(), 'hiplens-privacy-'));
  // No network prediction: no DNS prefetch, preconnect or prefetch of links by the browser itself.
  // No autofill: Chromium's autofill otherwise sends the signature of any form field the user types
  // into (HipLens's search box in the page included) to content-autofill.googleapis.com. That is the
  // browser's own request, not HipLens's, and a user can turn it off the same way.
  // (Features cannot be switched off with a second --disable-features: it replaces Playwright's list.)
  mkdirSync(join(profile, 'Default'), { recursive: true });
  const prefs = { net: { network_prediction_options: 2 }, autofill: { profile_enabled: false, credit_card_enabled: false }, credentials_enable_service: false };
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(prefs));
  const args = [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-sandbox',
    `--proxy-server=http://127.0.0.1:${proxy.port}`,
    // Deliberately proxy loopback too: a request to some local server is still a request.
    '--proxy-bypass-list=<-loopback>',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    '--remote-debugging-port=0',
  ];
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, colorScheme: 'light', args });
  context.on('request', (request) =>
    recorder.add({ level: 'playwright', method: request.method(), url: request.url(), by: describeRequest(request), kind: request.resourceType() }),
  );
  const [port, path] = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').trim().split('\n');
  const cdp = await attachCdpRecorder(recorder, `ws://127.0.0.1:${port}${path}`);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const problems: string[] = [];
  watchForProblems(context, extensionId, problems);
  const dynamicId = await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { dynamicId: string } } }).chrome.runtime.dynamicId);
  return {
    context,
    worker,
    extensionId,
    dynamicId,
    problems,
    recorder,
    proxy,
    cdp,
    args,
    close: async () => {
      cdp.close();
      await context.close();
      await proxy.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

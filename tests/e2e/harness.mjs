// Shared e2e plumbing: a local fixture server and Chromium with the built extension loaded.
// Every spec imports from here; nothing here knows about a particular feature.
import { createReadStream, existsSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// TENDERLIGHT_OUT_DIR (also read by wxt.config.ts) points the suite at a build of its own.
export const OUT_DIR = resolve(ROOT, process.env.TENDERLIGHT_OUT_DIR ?? '.output');
export const CHROME_BUILD = join(OUT_DIR, 'chrome-mv3');
export const FIREFOX_BUILD = join(OUT_DIR, 'firefox-mv2');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/**
 * Serves tests/fixtures at /, assets at /assets, and node_modules at /node_modules (editor builds),
 * on 127.0.0.1 only. Returns { url, close, requests }. It also answers as an HTTP proxy, so a browser
 * pointed at it (see PORTAL) loads fixtures under a real portal host and the content script runs as on
 * that portal; `requests` lists every request it saw, for the no-network assertions.
 */
export async function startFixtureServer() {
  const requests = [];
  /** pages a test generates, by path: served before any file */
  const generated = new Map();
  const roots = {
    '/node_modules/': join(ROOT, 'node_modules'),
    '/assets/': join(ROOT, 'assets'),
    '/': join(ROOT, 'tests/fixtures'),
  };
  const server = createServer((req, res) => {
    requests.push({ method: req.method, url: req.url, host: req.headers.host ?? '' });
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const made = generated.get(path);
    if (made !== undefined) {
      // a function also gets the request, so a page can answer by its cookies (a portal login)
      const out = typeof made === 'function' ? made(new URL(req.url, 'http://x'), req) : made;
      // a page is HTML; { type, body, status?, headers? } serves other content (a PDF at an address without .pdf)
      const typed = typeof out === 'object' && out !== null && 'body' in out;
      res.writeHead(typed ? (out.status ?? 200) : 200, {
        ...(typed ? out.headers : {}),
        'content-type': typed ? out.type : 'text/html; charset=utf-8',
      });
      res.end(typed ? out.body : out);
      return;
    }
    const prefix = Object.keys(roots).find((p) => path.startsWith(p));
    const base = roots[prefix];
    let file = normalize(join(base, path.slice(prefix.length)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  // HTTPS through the proxy would arrive as CONNECT: recorded (so a test can fail on it) and refused.
  server.on('connect', (req, socket) => {
    requests.push({ method: 'CONNECT', url: req.url, host: req.url });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  // a browser closing resets its open connections: the reset ends the socket, it is not the test's error
  server.on('connection', (socket) => socket.on('error', () => {}));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    /** serves `html` (or `html(url, req)`, or `{ type, body, status?, headers? }`) at `path` */
    addPage: (path, html) => generated.set(path, html),
    close: () => {
      server.closeAllConnections?.();
      return new Promise((r) => server.close(r));
    },
  };
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches Debian's Chromium with the built Chrome extension. Returns { context, extensionId, close }.
 * Build first with `npm run build`.
 */
export async function launchChromiumWithExtension(opts = {}) {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) throw new Error('no Chrome build: run npm run build first');
  const userDataDir = mkdtempSync(join(tmpdir(), 'tenderlight-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      ...(opts.proxy ? [`--proxy-server=${opts.proxy}`, '--proxy-bypass-list=<-loopback>'] : []),
    ],
    viewport: opts.viewport ?? { width: 1100, height: 800 },
    colorScheme: opts.colorScheme ?? 'light',
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 20000 });
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, close: () => context.close() };
}

/** Chromium without the extension, same flags (the baseline a hostile page is measured against). */
export async function launchChromiumWithout(opts = {}) {
  const b = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      ...CHROMIUM_FLAGS,
      ...(opts.proxy ? [`--proxy-server=${opts.proxy}`, '--proxy-bypass-list=<-loopback>'] : []),
    ],
  });
  const context = await b.newContext({ viewport: opts.viewport ?? { width: 1100, height: 800 } });
  return { context, close: () => b.close() };
}

/**
 * The extension service worker's JavaScript heap in bytes, after a garbage collection, read through the
 * DevTools protocol (a service worker has no performance.memory).
 */
export async function serviceWorkerHeap(context) {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!sw) return undefined;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
    let next = 0;
    const call = (method) => {
      const id = ++next;
      const answer = new Promise((resolve) => {
        const on = (e) => {
          const m = JSON.parse(e.message);
          if (e.sessionId === sessionId && m.id === id) {
            cdp.off('Target.receivedMessageFromTarget', on);
            resolve(m.result);
          }
        };
        cdp.on('Target.receivedMessageFromTarget', on);
      });
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      return answer;
    };
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    return usage.usedSize;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export function artifact(name) {
  return join(ARTIFACTS, name);
}

/** Portal hosts the fixtures are served under through the proxy: a published-notice site and a drafting suite. */
export const PORTAL = {
  notices: 'http://in-tendhost.co.uk',
  drafts: 'http://procontract.due-north.com',
};

/** The browser's id for the tab showing `url`, asked of the extension's service worker. */
export async function chromiumTabId(worker, url) {
  return worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
}

/** The live service worker of the extension (it may have been restarted since launch). */
export async function extensionWorker(context) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * The tab's state as the extension's service worker holds it (storage.session), read from the worker: a
 * page cannot forge it. `scans` counts the page texts analysed since the tab loaded.
 */
export async function tabState(context, tabId) {
  const worker = await extensionWorker(context);
  return worker.evaluate(async (k) => (await chrome.storage.session.get(k))[k], `tab:${tabId}`);
}

/** How many page texts the extension has analysed for the tab since it loaded. */
export async function scansDone(context, tabId) {
  return (await tabState(context, tabId))?.scans ?? 0;
}

/** Asks the tab's content script, from the service worker, whether it runs and is enabled: {ok} or undefined. */
export async function pingContentScript(context, tabId) {
  const worker = await extensionWorker(context);
  return worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'ping' }).catch(() => undefined), tabId);
}

/** Resolves after the page has rendered two more frames: whatever the last input changed is painted. */
export function framesRendered(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
}

/**
 * Records, from the first script on, the page's long tasks and long animation frames (LoAF catches
 * rendering work, e.g. style on a very deep tree, that the long-task observer does not), with the part
 * of each frame spent in extension scripts. Call before `goto`; read with `readTimings`.
 */
export async function recordTimings(page) {
  await page.addInitScript(() => {
    const t = { longtasks: [], frames: [] };
    window.__timings = t;
    const take = (list) => {
      for (const e of list.getEntries()) {
        if (e.entryType === 'longtask') t.longtasks.push(e.duration);
        else {
          let ext = 0;
          for (const s of e.scripts ?? []) if (/^(chrome|moz)-extension:/.test(s.sourceURL ?? '')) ext += s.duration;
          t.frames.push({ duration: e.duration, blocking: e.blockingDuration ?? 0, extension: ext });
        }
      }
    };
    const observers = [];
    for (const type of ['longtask', 'long-animation-frame']) {
      try {
        const o = new PerformanceObserver(take);
        o.observe({ type, buffered: true });
        observers.push(o);
      } catch {}
    }
    // Entries not yet delivered to the callback are taken synchronously, so a reading misses none.
    t.flush = () => {
      for (const o of observers) take({ getEntries: () => o.takeRecords() });
    };
  });
}

/** The longest long task, long animation frame, and extension script time in one frame recorded so far (`reset` starts afresh). */
export async function readTimings(page, reset = false) {
  return page.evaluate((reset) => {
    const t = window.__timings;
    t.flush();
    const out = {
      longtask: Math.round(Math.max(0, ...t.longtasks)),
      frame: Math.round(Math.max(0, ...t.frames.map((f) => f.duration))),
      extensionScript: Math.round(Math.max(0, ...t.frames.map((f) => f.extension))),
    };
    if (reset) {
      t.longtasks.length = 0;
      t.frames.length = 0;
    }
    return out;
  }, reset);
}

/** Waits until `fn` returns a truthy value (polling), or throws with `what` after `timeout` ms. */
export async function waitFor(fn, what, timeout = 15000) {
  const until = Date.now() + timeout;
  let last;
  while (Date.now() < until) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`,
  );
}

/**
 * Clicks a button that closes its own page (the popup closes itself once it has opened a tab or the panel) and
 * waits for it to close. Playwright reports the click as failed when the page goes in the middle of it; that
 * closing is the outcome the click is for, so only other errors fail the test.
 */
export async function clickThatClosesItsPage(page, locator) {
  const closed = page.waitForEvent('close');
  await locator.click().catch((e) => {
    if (!/closed/i.test(String(e?.message))) throw e;
  });
  await closed;
}

/** Reads the page's CSS custom highlights as { name: [range text…] }, from the page's own world. */
export const READ_HIGHLIGHTS = `(() => {
  const out = {};
  const read = (win) => {
    for (const [name, hl] of win.CSS.highlights) for (const r of hl) (out[name] ??= []).push(r.toString());
  };
  read(window);
  for (const f of document.querySelectorAll('iframe')) {
    try { if (f.contentWindow && f.contentWindow.CSS) read(f.contentWindow); } catch {}
  }
  return out;
})()`;

/** Opens an extension page (sidepanel.html, popup.html) in a tab, pointed at the page tab `tabId`. */
export async function openExtensionPage(context, extensionId, file, tabId) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${file}?tab=${tabId}`);
  return page;
}

/** Runs axe-core in a page (CDP evaluation is not bound by the extension page's CSP); returns serious and critical violations. */
export async function axeSeriousViolations(page) {
  const { readFileSync } = await import('node:fs');
  await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }),
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Records network requests made by extension contexts (service worker and extension pages) other
 * than to the extension itself. Call before any page is opened; read `.list` at the end.
 */
export function watchExtensionRequests(context) {
  const list = [];
  context.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
    let fromExtension = !!r.serviceWorker();
    if (!fromExtension) {
      try {
        fromExtension = r.frame().url().startsWith('chrome-extension://');
      } catch {
        fromExtension = true;
      }
    }
    if (fromExtension) list.push(url);
  });
  return { list };
}

/** Stops the extension's service worker the way Chromium does after 30 s idle (via chrome://serviceworker-internals). */
export async function stopChromiumServiceWorker(context, extensionId) {
  const page = await context.newPage();
  await page.goto('chrome://serviceworker-internals/');
  const entry = page.locator('.serviceworker-registration', { hasText: `chrome-extension://${extensionId}/` });
  await entry.locator('cr-button[data-command="stop"]').first().click();
  await waitFor(async () => /Running Status:\s*STOPPED/.test(await entry.innerText()), 'the service worker to stop');
  await page.close();
}

/** The fixed moz-extension host of the Firefox build in tests (set through a pref, as Firefox picks a random one). */
export const FIREFOX_UUID = '5d3c2a9e-7f41-4b8e-9a4c-1e2f3a4b5c6d';
const GECKO_ID = 'tenderlight@tenderlight.org';

/**
 * Launches Firefox ESR headless through puppeteer-core (WebDriver BiDi) with the Firefox build installed
 * as a temporary add-on. `proxy` is the fixture server's port, so portal hosts resolve to the fixtures.
 * Returns { browser, extensionUrl(file), close }. Build first with `npm run build:firefox`.
 */
export async function launchFirefoxWithExtension(opts = {}) {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json')))
    throw new Error('no Firefox build: run npm run build:firefox first');
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // Lets the tests open moz-extension:// pages (the side panel, the popup) in a tab, as Chromium tests do.
    args: ['--remote-allow-system-access'],
    defaultViewport: opts.viewport ?? { width: 1100, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'extensions.webextOptionalPermissionPrompts': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'browser.safebrowsing.downloads.remote.enabled': false,
      'dom.events.asyncClipboard.clipboardItem': true,
      ...(opts.proxy
        ? {
            'network.proxy.type': 1,
            'network.proxy.http': '127.0.0.1',
            'network.proxy.http_port': opts.proxy,
            'network.proxy.ssl': '127.0.0.1',
            'network.proxy.ssl_port': opts.proxy,
            'network.proxy.allow_hijacking_localhost': true,
            'network.proxy.no_proxies_on': '',
          }
        : {}),
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return {
    browser,
    extensionUrl: (file) => `moz-extension://${FIREFOX_UUID}/${file}`,
    close: () => browser.close(),
  };
}

/**
 * Opens a moz-extension:// page in a new tab. Firefox's BiDi does not report load events for extension
 * pages, so the tab is navigated and then polled until the page has loaded.
 */
export async function openFirefoxExtensionPage(ff, file) {
  const page = await ff.browser.newPage();
  const url = ff.extensionUrl(file);
  page.goto(url, { timeout: 120000 }).catch(() => {});
  await waitFor(
    () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false),
    `${file} to load`,
  );
  return page;
}

/** The Firefox tab id of the tab showing `url`, asked from an extension page. */
export async function firefoxTabId(ff, url) {
  const helper = await openFirefoxExtensionPage(ff, 'popup.html');
  const id = await helper.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, url);
  await helper.close();
  return id;
}

/** Saves the review from a panel or the reader and opens the reviews page at its letter, as the page's link does. */
export async function saveAndOpenLetter(context, page) {
  await page.getByRole('button', { name: 'Save review' }).click();
  await page.getByText('Review saved.').waitFor();
  const [history] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('link', { name: 'Export a report or write the letter' }).click(),
  ]);
  await history.getByRole('heading', { name: 'Letter to the commissioner' }).waitFor();
  return history;
}

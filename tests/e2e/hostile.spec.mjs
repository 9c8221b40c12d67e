// Hostile and enormous pages, generated here and served on a portal host: each is opened with the
// extension and, in the same run, without it. For each page the suite checks that the extension's longest
// main-thread task stays within 50 ms of CPU time (traced, so load cannot fail it), whether passages are
// marked or the panel says the page was too large, DOM mutations the page did not make, errors in any
// context, the service worker's heap, and requests; it prints those and, for comparison, the longest task and
// animation frame (wall time) after the page's load with and without the extension.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  chromiumTabId,
  extensionWorker,
  framesRendered,
  launchChromiumWithExtension,
  launchChromiumWithout,
  openExtensionPage,
  PORTAL,
  readTimings,
  recordTimings,
  scansDone,
  serviceWorkerHeap,
  startFixtureServer,
  tabState,
  waitFor,
  watchExtensionRequests,
} from './harness.mjs';

const BUDGET_MS = 50;
const WEAK = 'Bidders are encouraged to pay the Real Living Wage where possible.';
const STRONG = 'The Contractor shall pay all staff working on the contract at least the Real Living Wage.';
const FOI =
  'The Supplier shall assist the Authority in complying with its obligations under the Freedom of Information Act 2000.';
const WORDS = 'site lot schedule delivery vehicle office report meeting quarter volume service premises route'.split(
  ' ',
);

/** Deterministic filler prose: `n` words, no cue in it. */
function filler(n, seed = 1) {
  let x = seed;
  const out = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out.push(WORDS[x % WORDS.length]);
  }
  return out.join(' ');
}

const page = (title, body, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main>${
    script ? `<script>${script}</script>` : ''
  }</body></html>`;
const cues = `<h1>Invitation to tender</h1><p>${WEAK}</p><p>${STRONG}</p><p>${FOI}</p>`;

/** Every hostile page: its name, HTML, and whether its text is over the extension's size cap. */
const PAGES = [
  {
    name: '1M-word page',
    html: () =>
      page('1M words', cues + Array.from({ length: 10_000 }, (_, i) => `<p>${filler(100, i + 1)}.</p>`).join('')),
    tooLarge: true,
  },
  {
    name: '10,000-deep DOM (nine in ten display: contents)',
    html: () =>
      page(
        'deep',
        `${cues}<div id="deep"></div>`,
        `let cur = document.getElementById('deep');
         for (let i = 0; i < 10000; i++) {
           const d = document.createElement('div');
           if (i % 10) d.style.display = 'contents';
           if (i % 1000 === 0) d.append('Level ' + i + ' of the schedule. ');
           cur.append(d); cur = d;
         }
         const p = document.createElement('p'); p.textContent = ${JSON.stringify(STRONG)}; cur.append(p);`,
      ),
  },
  {
    name: '300 same-origin iframes',
    frames: 300,
    html: () =>
      page(
        'iframes',
        cues +
          Array.from(
            { length: 300 },
            (_, i) => `<iframe src="/hostile/frame?i=${i}" width="160" height="40"></iframe>`,
          ).join(''),
      ),
  },
  {
    name: '500 nested open shadow roots',
    html: () =>
      page(
        'shadow',
        `<h1>Shadow tender</h1><div id="host"></div>`,
        `let host = document.getElementById('host');
         for (let i = 0; i < 500; i++) {
           const root = host.attachShadow({ mode: 'open' });
           const p = document.createElement('p');
           p.textContent = i === 250 ? ${JSON.stringify(WEAK)} : 'Layer ' + i + ' of the specification.';
           const next = document.createElement('div');
           root.append(p, next); host = next;
         }
         host.textContent = ${JSON.stringify(STRONG)};`,
      ),
  },
  {
    name: 'rewrites itself every 5 ms',
    html: () =>
      page(
        'restless',
        `${cues}<div id="live" data-page-owned></div>`,
        `let n = 0;
         setInterval(() => {
           n++;
           document.getElementById('live').innerHTML = '<p>Update ' + n + ' of the live lot table.</p><table><tr><td>Lot ' + n + '</td><td>' + (n * 7) + ' hours</td></tr></table>';
         }, 5);`,
      ),
  },
  {
    name: 'RTL, combining marks, ZWJ, astral, one 10 MB text node',
    html: () =>
      page(
        'unicode',
        `${cues}<p dir="rtl">يجب على المورد دفع الأجر المعيشي الحقيقي لجميع الموظفين.</p>
         <p dir="rtl">הספק ישלם לכל העובדים שכר מחיה.</p>
         <p>Cafe\u0301 sta\u0308ff and cle\u0301aners: the Contractor shall pay the Real Living Wage to all of them.</p>
         <p>Family rota 👩‍👩‍👧‍👦 and 🏳️‍🌈 network; 𝐑𝐞𝐚𝐥 𝐋𝐢𝐯𝐢𝐧𝐠 𝐖𝐚𝐠𝐞 in astral letters 𝒲𝒶𝑔𝑒.</p>
         <div style="content-visibility: auto">${'schedule of rates '.repeat(600_000)}</div>`,
      ),
    tooLarge: true,
  },
  {
    name: '20,000-row table',
    html: () =>
      page(
        'table',
        `${cues}<table>${Array.from(
          { length: 20_000 },
          (_, i) =>
            `<tr><td>${i}</td><td>${i % 400 === 0 ? STRONG : `Lot ${i}: cleaning of site ${i}.`}</td><td>£13.45</td></tr>`,
        ).join('')}</table>`,
      ),
  },
  {
    name: '80,000 repeats of one cue sentence',
    html: () => page('repeats', Array.from({ length: 800 }, () => `<p>${`${WEAK} `.repeat(100)}</p>`).join('')),
    tooLarge: true,
  },
  {
    name: 'one 250,000-character sentence',
    html: () => {
      let s = 'The Contractor shall pay all staff working on the contract the Real Living Wage';
      let i = 0;
      while (s.length < 250_000) s += ` and ${filler(12, ++i)}`;
      return page('long sentence', `<h1>Contract terms</h1><p>${s}.</p><p>${FOI}</p>`);
    },
  },
  {
    name: 'textarea draft',
    html: () =>
      page(
        'draft',
        `<h1>Draft specification</h1><label>Draft <textarea id="draft" rows="20" cols="90">${Array.from(
          { length: 300 },
          (_, i) => (i === 5 ? WEAK : i === 150 ? STRONG : `${filler(20, i + 7)}.`),
        ).join('\n')}</textarea></label>`,
      ),
  },
];

/** Counts the passages marked in a page: CSS highlights (frames included) and textarea mirror marks. */
const COUNT_MARKS = `(() => {
  let n = 0;
  const read = (win) => {
    for (const [name, hl] of win.CSS.highlights) if (name.startsWith('tenderlight-')) n += hl.size;
  };
  read(window);
  for (const f of document.querySelectorAll('iframe')) {
    try { if (f.contentWindow && f.contentWindow.CSS) read(f.contentWindow); } catch {}
  }
  for (const h of document.querySelectorAll('tenderlight-mirror'))
    n += h.shadowRoot ? h.shadowRoot.querySelectorAll('[data-kind]').length : 0;
  return n;
})()`;

/** Records, from the load event on, DOM mutations the page did not make itself (its own live region excepted). */
async function recordMutations(p) {
  await p.addInitScript(() => {
    const m = { foreign: 0, mirrorHosts: 0, samples: [] };
    window.__mutations = m;
    addEventListener('load', () => {
      new MutationObserver((records) => {
        for (const r of records) {
          const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
          if (el?.closest('[data-page-owned]')) continue;
          const nodes = [...r.addedNodes, ...r.removedNodes];
          if (r.type === 'childList' && nodes.length && nodes.every((n) => n.nodeName === 'TENDERLIGHT-MIRROR')) {
            m.mirrorHosts += r.addedNodes.length;
            continue;
          }
          m.foreign++;
          if (m.samples.length < 3) m.samples.push(`${r.type} on ${r.target.nodeName}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  });
}

let server;
let withExt;
let without;
let extRequests;
const workerErrors = [];
const figures = [];

before(async () => {
  server = await startFixtureServer();
  server.addPage('/hostile/frame', (url) => {
    const i = Number(url.searchParams.get('i'));
    return page(`frame ${i}`, i === 7 ? `<p>${STRONG}</p>` : `<p>Lot ${i} description.</p>`);
  });
  PAGES.forEach((p, i) => {
    p.path = `/hostile/${i}`;
    const html = p.html();
    server.addPage(p.path, html);
  });
  withExt = await launchChromiumWithExtension({ proxy: server.url });
  extRequests = watchExtensionRequests(withExt.context);
  (await extensionWorker(withExt.context)).on('console', (m) => m.type() === 'error' && workerErrors.push(m.text()));
  without = await launchChromiumWithout({ proxy: server.url });
});

after(async () => {
  console.log(
    "hostile pages (longest task and animation frame in ms after load, with/without the extension, while scanning and over three clicks; the extension's longest task in CPU ms, per visit):",
  );
  for (const f of figures) console.log(`  ${f}`);
  await withExt?.close();
  await without?.close();
  await server?.close();
});

/**
 * Records a Chromium trace of the page (main-thread tasks with their CPU time) until `stop()` is called,
 * which returns the CPU time of the longest task that ran extension code (its own script, the style and
 * layout that script forced, the microtasks it queued) and how many such tasks there were. CPU time, not wall
 * time: a task the operating system pauses because other processes want the cores does not grow, so a
 * loaded machine cannot push a cheap task over the budget, and a costly one stays costly.
 *
 * One exception: a task that dispatches one of the page's events (a click: its hit test, the page's own
 * handlers, the default action; a frame's load event) is the page's, even when a listener of ours runs in it;
 * there only our listeners' calls count (with any style or layout they force, which runs inside them). On the
 * 10,000-deep tree a click takes 180-190 ms of CPU with or without the extension, our mouseup listener 1 ms.
 */
async function traceExtensionTasks(context, p) {
  const cdp = await context.newCDPSession(p);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value)
      if (
        ev.ph === 'X' &&
        (ev.name === 'ThreadControllerImpl::RunTask' ||
          ev.name === 'FunctionCall' ||
          ev.name === 'EvaluateScript' ||
          ev.name === 'EventDispatch')
      )
        events.push(ev);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => {});
    const byThread = (name) => {
      const out = new Map();
      for (const ev of events) if (ev.name === name) (out.get(ev.tid) ?? out.set(ev.tid, []).get(ev.tid)).push(ev);
      for (const list of out.values()) list.sort((a, b) => a.ts - b.ts);
      return out;
    };
    const tasks = byThread('ThreadControllerImpl::RunTask');
    const dispatches = byThread('EventDispatch');
    /** The last event of `list` starting at or before `ev` that also ends after it, if any. */
    const enclosing = (list = [], ev) => {
      let lo = 0;
      let hi = list.length - 1;
      let found;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid].ts <= ev.ts) {
          found = list[mid];
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found && found.ts + found.dur >= ev.ts + ev.dur ? found : undefined;
    };
    // per task: whether code of ours ran outside an input event, and the CPU time of our listeners inside one
    const ours = new Map();
    for (const ev of events) {
      if (ev.name !== 'FunctionCall' && ev.name !== 'EvaluateScript') continue;
      if (!/^chrome-extension:\/\//.test(ev.args?.data?.url ?? '')) continue;
      const task = enclosing(tasks.get(ev.tid), ev);
      if (!task) continue;
      const cost = ours.get(task) ?? ours.set(task, { whole: false, listeners: 0 }).get(task);
      const dispatch = enclosing(dispatches.get(ev.tid), ev);
      if (dispatch && dispatch.ts >= task.ts) cost.listeners += (ev.tdur ?? ev.dur) / 1000;
      else cost.whole = true;
    }
    let longest = 0;
    let pageEvents = 0;
    for (const [t, cost] of ours) {
      if (!cost.whole) pageEvents++;
      longest = Math.max(longest, cost.whole ? (t.tdur ?? t.dur) / 1000 : cost.listeners);
    }
    return { longest: Math.round(longest), tasks: ours.size, pageEvents };
  };
}

/** The page's JavaScript heap in bytes after a garbage collection: every world of its renderer, frames included. */
async function pageHeap(context, p) {
  const cdp = await context.newCDPSession(p);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach().catch(() => {});
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

/**
 * Opens the page and reads the timings of two phases from its load event on: until `settled` (the scan and
 * the marks, with the extension), then three clicks (responsiveness while the marks are shown). Nothing
 * here reads the marks before the timings are taken, so the test's own reading costs the page nothing.
 */
async function visit(context, url, settled, trace = false) {
  const p = await context.newPage();
  const stopTrace = trace ? await traceExtensionTasks(context, p) : undefined;
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  // the fixture server has no favicon; the browser's own 404 for it is not an error of the page or the extension
  p.on(
    'console',
    (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()),
  );
  await recordTimings(p);
  await recordMutations(p);
  await p.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await readTimings(p, true);
  const state = await settled(p);
  await framesRendered(p);
  const scan = await readTimings(p, true);
  for (let i = 0; i < 3; i++) {
    await p.mouse.click(400 + i * 20, 300);
    await framesRendered(p);
  }
  const clicks = await readTimings(p);
  const extension = await stopTrace?.();
  const mutations = await p.evaluate(() => window.__mutations);
  const heap = await pageHeap(context, p);
  return { p, errors, scan, clicks, mutations, state, extension, heap };
}

const ONLY = process.env.HOSTILE_ONLY;
/** Pages whose cost is known to be over budget, and why: shown as TODO in every run, never passed off as fine. */
const KNOWN_OVER_BUDGET = {};

for (const hp of PAGES.filter((p) => !ONLY || ONLY.split('|').some((o) => p.name.includes(o)))) {
  test(`hostile page: ${hp.name}`, { timeout: 900_000 }, async (t) => {
    const url = `${PORTAL.drafts}${hp.path}`;
    // The budget is checked on the CPU time of the extension's longest task (see traceExtensionTasks); the page
    // is visited again, up to three times, only while that is over budget, and the least of the visits counts,
    // so the figure is the extension's cost rather than a moment when the machine was busy.
    const costs = [];
    let w;
    for (let attempt = 0; attempt < 3; attempt++) {
      if (w) await w.p.close();
      w = await visit(
        withExt.context,
        url,
        async (p) => {
          const tabId = await chromiumTabId(withExt.worker, url);
          await waitFor(() => scansDone(withExt.context, tabId), `${hp.name}: a scan`, 180_000);
          // cheap on purpose: whether anything is painted, not what
          await waitFor(
            () => p.evaluate(() => CSS.highlights.size > 0 || !!document.querySelector('tenderlight-mirror')),
            `${hp.name}: marks painted`,
            30_000,
          );
          return { tabId };
        },
        true,
      );
      costs.push(w.extension.longest);
      if (w.extension.longest <= BUDGET_MS) break;
    }
    const cost = Math.min(...costs);
    // The same page without the extension: the longest task and frame of each, printed beside ours (wall time,
    // so they swing with the machine's load; the difference is not what the budget is checked on).
    const wo = await visit(without.context, url, async () => ({}));
    const { tabId } = w.state;
    const marks = await w.p.evaluate(COUNT_MARKS);
    const tab = await tabState(withExt.context, tabId);
    // The panel, as a person would open it for this tab.
    const panel = await openExtensionPage(withExt.context, withExt.extensionId, 'sidepanel.html', tabId);
    const shown = await waitFor(
      async () =>
        (await panel.locator('.summary').count())
          ? 'summary'
          : (await panel.getByText('has not been checked yet').count())
            ? 'not checked'
            : '',
      `${hp.name}: the panel`,
    );
    const notice = (await panel.locator('.too-large').count()) ? await panel.locator('.too-large').innerText() : '';
    await panel.close();
    const heap = await serviceWorkerHeap(withExt.context);
    figures.push(
      `${hp.name}: scan task ${w.scan.longtask}/${wo.scan.longtask} frame ${w.scan.frame}/${wo.scan.frame}; ` +
        `clicks task ${w.clicks.longtask}/${wo.clicks.longtask} frame ${w.clicks.frame}/${wo.clicks.frame}; ` +
        `extension's longest task ${costs.join('/')} ms CPU over ${w.extension.tasks} tasks (${w.extension.pageEvents} of them the page's own events); marks ${marks}${notice ? `; "${notice.split('.')[0]}"` : ''}` +
        `; foreign mutations ${w.mutations.foreign} (mirror hosts ${w.mutations.mirrorHosts}); worker heap ${(heap / 1e6).toFixed(1)} MB` +
        `; page heap ${(w.heap / 1e6).toFixed(1)}/${(wo.heap / 1e6).toFixed(1)} MB` +
        '',
    );
    await w.p.close();
    await wo.p.close();

    assert.ok(marks > 0, 'passages are marked');
    assert.equal(shown, 'summary', 'the panel never says "not checked yet" for a checked page');
    if (hp.tooLarge) {
      assert.ok(tab.checkedWords > 0, 'the extension records how much it checked');
      assert.match(notice, /^Too large: checked the first [\d,]+ words/);
    } else assert.equal(notice, '');
    assert.equal(w.mutations.foreign, 0, `DOM mutations the page did not make: ${w.mutations.samples.join('; ')}`);
    assert.ok(w.mutations.mirrorHosts <= 1, 'at most the one textarea overlay');
    assert.deepEqual(w.errors, []);
    assert.deepEqual(workerErrors, []);
    assert.ok(heap < 200e6, `service worker heap ${heap} bytes`);
    // each same-origin frame the content script reads gets a script world of its own (about 0.19 MB)
    const extraHeap = w.heap - wo.heap;
    assert.ok(extraHeap < 20e6 + (hp.frames ?? 0) * 0.25e6, `the page's heap grew by ${extraHeap} bytes`);
    assert.ok(w.extension.tasks > 0, 'the trace saw the content script run');
    const over = `the extension's longest task took ${costs.join(', ')} ms of CPU time (budget ${BUDGET_MS} ms)`;
    if (cost > BUDGET_MS && KNOWN_OVER_BUDGET[hp.name]) t.todo(`${over}: ${KNOWN_OVER_BUDGET[hp.name]}`);
    else assert.ok(cost <= BUDGET_MS, over);
  });
}

/**
 * The CPU time of the page's main thread per click, over `n` clicks each followed by two rendered frames
 * (traced: the tasks of the thread that dispatched the clicks), and the longest animation frame meanwhile.
 */
async function clickCost(context, p, n) {
  await readTimings(p, true);
  const cdp = await context.newCDPSession(p);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value)
      if (ev.ph === 'X' && (ev.name === 'ThreadControllerImpl::RunTask' || ev.name === 'EventDispatch'))
        events.push(ev);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  for (let i = 0; i < n; i++) {
    await p.mouse.click(300 + (i % 5) * 40, 200 + (i % 7) * 50);
    await framesRendered(p);
  }
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach().catch(() => {});
  const main = events.find((ev) => ev.name === 'EventDispatch')?.tid;
  let cpu = 0;
  for (const ev of events)
    if (ev.tid === main && ev.name === 'ThreadControllerImpl::RunTask') cpu += (ev.tdur ?? ev.dur) / 1000;
  return { perClick: cpu / n, frame: (await readTimings(p)).frame };
}

const TABLE = '20,000-row table';
if (!ONLY || ONLY.split('|').some((o) => TABLE.includes(o)))
  test(`hostile page: clicks on the ${TABLE} cost no more with its passages marked than without the extension`, {
    timeout: 900_000,
  }, async () => {
    const url = `${PORTAL.drafts}${PAGES.find((hp) => hp.name === TABLE).path}`;
    const CLICKS = 10;
    // CPU per click with the marks shown against the same clicks without the extension; up to three rounds
    // while over the ratio, the least counting, so a busy moment of the machine cannot fail it
    const rounds = [];
    for (let round = 0; round < 3; round++) {
      const p = await withExt.context.newPage();
      await recordTimings(p);
      await p.goto(url, { waitUntil: 'load', timeout: 120_000 });
      const tabId = await chromiumTabId(withExt.worker, url);
      await waitFor(() => scansDone(withExt.context, tabId), `${TABLE}: a scan`, 180_000);
      await waitFor(() => p.evaluate(() => CSS.highlights.size > 0), `${TABLE}: marks painted`, 30_000);
      await framesRendered(p);
      const marked = await clickCost(withExt.context, p, CLICKS);
      const q = await without.context.newPage();
      await recordTimings(q);
      await q.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await framesRendered(q);
      const bare = await clickCost(without.context, q, CLICKS);
      await p.close();
      await q.close();
      rounds.push({ marked, bare, ratio: marked.perClick / Math.max(bare.perClick, 1) });
      if (rounds.at(-1).ratio <= 1.5) break;
    }
    figures.push(
      `${TABLE}, clicks with passages marked/without the extension: ` +
        rounds
          .map(
            (r) =>
              `${r.marked.perClick.toFixed(1)}/${r.bare.perClick.toFixed(1)} ms CPU a click (longest frame ${r.marked.frame}/${r.bare.frame} ms)`,
          )
          .join('; '),
    );
    const least = Math.min(...rounds.map((r) => r.ratio));
    assert.ok(least <= 1.5, `a click costs ${least.toFixed(2)}× as much with the passages marked`);
  });

test('hostile pages: no request from the extension, none but the pages themselves', () => {
  assert.deepEqual(extRequests.list, []);
  const others = server.requests.filter(
    (r) =>
      !/google|gstatic|gvt1/.test(r.host) &&
      !/^http:\/\/procontract\.due-north\.com\/(hostile\/.*|favicon\.ico)$/.test(r.url),
  );
  assert.deepEqual(others, []);
});

// @vitest-environment happy-dom
// Fuzzing of every cross-context message handler: whatever arrives, from whichever sender, nothing is
// thrown past the boundary and no handler fails inside it (the boundary logs such a failure as an error).
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, mayActOn, pageParts } from '~/entrypoints/background/messages';
import { serveDocumentWorker } from '~/lib/documents/worker';
import { type FromDocumentWorker, isFromDocumentWorker } from '~/lib/documents/worker-protocol';
import { AnalysisSchema, MAX_EVIDENCE_TEXT, parseMessage } from '~/lib/messages/schemas';
import { type ContentActions, handleContentMessage } from '~/lib/page/content-messages';
import { PageController } from '~/lib/page/controller';
import { runInPdfTab } from '~/lib/page/pdf-tab';
import { CHECK_IDS } from '~/lib/types';

const OWN = fakeBrowser.runtime.id;
const EXT_PAGE = `chrome-extension://${OWN}/sidepanel.html`;

let errors: unknown[][];
beforeEach(() => {
  fakeBrowser.reset();
  pageParts.clear();
  errors = [];
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a));
  // The browser APIs the handlers reach that the fake does not implement: answered as a live tab would.
  const answer = (value: unknown) => (async () => value) as never;
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(answer({ ok: true }));
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(answer([]));
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(answer([]));
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(answer(undefined));
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(answer({ origins: [] }));
});
afterEach(() => vi.restoreAllMocks());

const tabId = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer(), fc.double(), fc.constant(-1));
const sender = fc.record(
  {
    id: fc.oneof(fc.constant(OWN), fc.string()),
    url: fc.oneof(fc.constant(EXT_PAGE), fc.constant('http://in-tendhost.co.uk/n.html'), fc.webUrl()),
    frameId: fc.oneof(fc.constant(0), fc.integer()),
    tab: fc.record({ id: fc.integer({ min: 0, max: 5 }), url: fc.webUrl() }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
const text = fc.string({ unit: 'grapheme', maxLength: 400 });
/** Messages near the real shapes (so validation passes often and the handlers run), and anything at all. */
const message = fc.oneof(
  fc.anything(),
  fc.record({ type: fc.constantFrom('page-text', 'page-part', 'scan-tab', 'set-profile', 'site-access-changed', 'x') }),
  fc.record({
    type: fc.constant('page-part'),
    version: fc.oneof(fc.nat({ max: 3 }), fc.double()),
    index: fc.oneof(fc.nat({ max: 5 }), fc.integer(), fc.double()),
    text: text,
    blocks: fc.oneof(fc.string(), fc.constant('b 0 1\n')),
  }),
  fc.record({ type: fc.constant('scan-tab'), tabId }),
  fc.record({
    type: fc.constant('set-profile'),
    tabId,
    profile: fc.oneof(
      fc.constant(null),
      fc.record({ jurisdiction: fc.constantFrom('england', 'scotland', 'wales', 'atlantis') }, { requiredKeys: [] }),
      fc.anything(),
    ),
  }),
  fc.constant({ type: 'site-access-changed' }),
  text.chain((t) =>
    fc.record({
      type: fc.constant('page-text'),
      version: fc.oneof(fc.nat(), fc.double()),
      url: fc.string(),
      title: fc.string(),
      text: fc.constant(t),
      blocks: fc.oneof(
        fc.string(),
        fc
          .array(
            fc.tuple(
              fc.stringMatching(/^[a-z0-9.]{1,8}$/),
              fc.nat({ max: t.length + 3 }),
              fc.nat({ max: t.length + 3 }),
            ),
            { maxLength: 6 },
          )
          .map((bs) => bs.map((b) => b.join(' ')).join('\n')),
      ),
      editable: fc.boolean(),
      truncated: fc.option(fc.boolean(), { nil: undefined }),
      parts: fc.option(fc.oneof(fc.nat({ max: 4 }), fc.integer()), { nil: undefined }),
    }),
  ),
);

describe('background message handler', () => {
  it('never throws past the boundary and never fails inside it, for any message from any sender', async () => {
    await fakeBrowser.tabs.create({ url: 'http://in-tendhost.co.uk/n.html' });
    await fc.assert(
      fc.asyncProperty(message, sender, async (raw, from) => {
        const answer = handleMessage(raw, from);
        if (answer !== undefined) await expect(answer).resolves.not.toThrow();
        expect(errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('analyses any page text a top-frame content script sends, filed under its tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'http://in-tendhost.co.uk/n.html' });
    const from = { id: OWN, url: 'http://in-tendhost.co.uk/n.html', frameId: 0, tab: { id: tab.id, url: tab.url } };
    let analysed = 0;
    await fc.assert(
      fc.asyncProperty(text, fc.string(), async (t, claimed) => {
        const raw = {
          type: 'page-text',
          version: 1,
          url: claimed,
          title: '',
          text: t,
          blocks: `b 0 ${t.length}`,
          editable: false,
        };
        const answer = (await handleMessage(raw, from)) as { type?: string } | undefined;
        if (answer?.type === 'analysis') analysed++;
        expect(errors).toEqual([]);
      }),
      { numRuns: 100 },
    );
    expect(analysed).toBe(100);
  });

  it('answers a page of one 250,000-character binding sentence with a shortened quote that still passes the schema (it was dropped)', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'http://in-tendhost.co.uk/n.html' });
    const from = { id: OWN, url: 'http://in-tendhost.co.uk/n.html', frameId: 0, tab: { id: tab.id, url: tab.url } };
    const sentence = `The Contractor shall pay all staff the Real Living Wage${', including staff on every lot'.repeat(8_500)}.`;
    expect(sentence.length).toBeGreaterThan(250_000);
    const { pageMessages } = await import('~/lib/messages/page-transfer');
    const messages = [
      ...pageMessages({
        version: 1,
        title: '',
        text: sentence,
        blocks: [{ id: 'b', start: 0, end: sentence.length }],
        editable: false,
      }),
    ];
    for (const m of messages.slice(0, -1)) expect(await handleMessage(m, from)).toEqual({ ok: true });
    const raw = messages.at(-1)!;
    const answer = parseMessage(AnalysisSchema, await handleMessage(raw, from), 'test');
    const wage = answer?.checks.find((c) => c.id === 'living-wage');
    expect(wage?.status).toBe('strong');
    expect(wage?.evidence[0]).toMatchObject({ start: 0, end: sentence.length });
    expect(wage?.evidence[0]?.text.length).toBeLessThanOrEqual(MAX_EVIDENCE_TEXT);
    expect(errors).toEqual([]);
  });

  it('files a page sent in parts under the tab that sent them: another tab, a frame or an extension page cannot finish or join it', async () => {
    const { pageMessages } = await import('~/lib/messages/page-transfer');
    const a = await fakeBrowser.tabs.create({ url: 'http://in-tendhost.co.uk/a.html' });
    const b = await fakeBrowser.tabs.create({ url: 'http://in-tendhost.co.uk/b.html' });
    const top = (tab: { id?: number; url?: string }) => ({
      id: OWN,
      url: tab.url,
      frameId: 0,
      tab: { id: tab.id, url: tab.url },
    });
    const sentence = 'The Contractor shall pay all staff the Real Living Wage. ';
    const text = sentence.repeat(2_000);
    const messages = [
      ...pageMessages({
        version: 7,
        title: 't',
        text,
        blocks: [{ id: 'b1', start: 0, end: text.length - 1 }],
        editable: false,
      }),
    ];
    const final = messages.at(-1)!;
    expect(messages.length).toBeGreaterThan(2);
    for (const m of messages.slice(0, -1)) expect(await handleMessage(m, top(a))).toEqual({ ok: true });
    // the same final message from tab B, from a frame of tab A, or from an extension page: refused
    expect(await handleMessage(final, top(b))).toBeUndefined();
    expect(await handleMessage(final, { ...top(a), frameId: 3 })).toBeUndefined();
    expect(await handleMessage(final, { id: OWN, url: EXT_PAGE, tab: { id: a.id } })).toBeUndefined();
    expect(await handleMessage(messages[0], { id: OWN, url: EXT_PAGE, tab: { id: a.id } })).toBeUndefined();
    // tab A's own final message puts its page together and it is analysed under A's address
    const answer = (await handleMessage(final, top(a))) as { type?: string; checks?: { id: string; status: string }[] };
    expect(answer?.type).toBe('analysis');
    expect(answer?.checks?.find((c) => c.id === 'living-wage')?.status).toBe('strong');
    const stored = (await fakeBrowser.storage.session.get(`tab:${a.id}`))[`tab:${a.id}`] as { url: string };
    expect(stored.url).toBe(a.url);
    expect(errors).toEqual([]);
  });

  it('lets a content script act only on its own tab, an extension page on any', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (own, other) => {
        const page = { id: OWN, url: 'http://in-tendhost.co.uk/n.html', frameId: 0, tab: { id: own } };
        expect(mayActOn(page, other)).toBe(own === other);
        expect(mayActOn({ id: OWN, url: EXT_PAGE, tab: { id: own } }, other)).toBe(true);
      }),
    );
  });
});

describe('content script message handler', () => {
  function controllerOn(html: string): PageController {
    document.body.innerHTML = html;
    const c = new PageController(document, { analyse: async () => undefined }, new AbortController().signal);
    c.start();
    return c;
  }
  const offset = fc.oneof(fc.nat({ max: 300 }), fc.integer(), fc.double());
  const evidence = fc.record({
    text: fc.string({ maxLength: 40 }),
    start: offset,
    end: offset,
    strength: fc.constantFrom('strong', 'weak', 'focus'),
    why: fc.string({ maxLength: 20 }),
  });
  const toContent = fc.oneof(
    fc.anything(),
    fc.constantFrom({ type: 'ping' }, { type: 'scan' }),
    fc.record({ type: fc.constant('focus'), start: offset, end: offset }),
    fc.record({ type: fc.constant('insert'), text: fc.string({ maxLength: 200 }) }),
    fc.record({
      type: fc.constant('analysis'),
      version: fc.nat({ max: 3 }),
      checks: fc.array(
        fc.record({
          id: fc.constantFrom(...CHECK_IDS),
          status: fc.constantFrom('strong', 'weak', 'missing', 'n/a'),
          evidence: fc.array(evidence, { maxLength: 4 }),
          suggestion: fc.constant(null),
        }),
        { maxLength: 4 },
      ),
      focus: fc.option(fc.record({ start: offset, end: offset }), { nil: undefined }),
    }),
  );

  it('never throws past the boundary for any message, and ignores senders other than the extension', async () => {
    const page: ContentActions = controllerOn(
      '<main><p>The Contractor shall pay the Real Living Wage.</p><textarea>Bidders are encouraged to pay it.</textarea><div contenteditable="true">Draft</div></main>',
    );
    await fc.assert(
      fc.asyncProperty(toContent, fc.oneof(fc.constant(OWN), fc.string()), async (raw, id) => {
        const answer = handleContentMessage(raw, { id }, OWN, page);
        if (id !== OWN) expect(answer).toBeUndefined();
        if (answer !== undefined) await expect(answer).resolves.toBeTypeOf('object');
        expect(errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('PDF-tab content script message handler', () => {
  it('never throws past the boundary for any message, answers only its own extension, and fetches only the tab’s own PDF', async () => {
    const fetched: string[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      fetched.push(String(input));
      return new Response('not a pdf', { status: 200 });
    });
    const sent: unknown[] = [];
    const onMessage = runInPdfTab(document, async (m) => void sent.push(m), OWN);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.constantFrom({ type: 'ping' }, { type: 'scan' }, { type: 'tab-pdf' }),
          fc.record({ type: fc.constant('tab-pdf'), url: fc.webUrl() }),
        ),
        fc.oneof(fc.constant(OWN), fc.string(), fc.constant(undefined)),
        async (raw, id) => {
          const answer = onMessage(raw, id === undefined ? undefined : { id });
          if (id !== OWN) expect(answer).toBeUndefined();
          if (answer !== undefined) await expect(answer).resolves.toBeTypeOf('object');
          expect(errors).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
    // a message naming another address still gets the tab's own one fetched
    expect(new Set(fetched)).toEqual(fetched.length ? new Set([document.location.href]) : new Set());
    expect(sent.every((m) => (m as { type: string }).type === 'pdf-tab')).toBe(true);
  });
});

describe('document worker message handler', () => {
  it('ignores any malformed request, and answers any well-formed one with progress and then one result or one error', async () => {
    const bytes = fc.uint8Array({ maxLength: 64 }).map((b) => b.slice().buffer as ArrayBuffer);
    const id = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.anything());
    const options = fc.oneof(fc.constant({}), fc.anything());
    const request = fc.oneof(
      fc.anything(),
      fc.constant({ type: 'cancel' }),
      fc.record({ type: fc.constant('read'), id, bytes: fc.oneof(bytes, fc.anything()), name: fc.anything(), options }),
      fc.record(
        {
          type: fc.constant('read'),
          id,
          bytes,
          name: fc.string({ maxLength: 30 }),
          password: fc.oneof(fc.string({ maxLength: 10 }), fc.anything()),
          options,
        },
        { requiredKeys: ['type', 'bytes', 'name'] },
      ),
      fc.record({ type: fc.constant('analyse'), id, options }, { requiredKeys: ['type'] }),
    );
    await fc.assert(
      fc.asyncProperty(request, async (data) => {
        const posted: FromDocumentWorker[] = [];
        const scope = {
          onmessage: null as ((e: MessageEvent) => void) | null,
          postMessage: (m: unknown) => void posted.push(m as FromDocumentWorker),
        };
        serveDocumentWorker(scope);
        expect(() => scope.onmessage?.({ data } as MessageEvent)).not.toThrow();
        const m = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
        // a reading is named by a number and checked with options; a read also needs bytes, a name and no odd password
        const named = typeof m.id === 'number' && typeof m.options === 'object' && m.options !== null;
        const wellFormed =
          named &&
          (m.type === 'analyse' ||
            (m.type === 'read' &&
              m.bytes instanceof ArrayBuffer &&
              typeof m.name === 'string' &&
              (m.password === undefined || typeof m.password === 'string')));
        if (!wellFormed) return void expect(posted).toEqual([]);
        await expect.poll(() => posted.some((m) => m.type !== 'progress'), { timeout: 10_000 }).toBe(true);
        expect(posted.filter((m) => m.type !== 'progress')).toHaveLength(1);
        expect(posted.every(isFromDocumentWorker)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

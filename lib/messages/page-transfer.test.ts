import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type OutgoingPage, PageAssembler, pageMessages, sendPage } from './page-transfer';
import {
  decodeBlocks,
  MAX_PAGE_PARTS,
  PAGE_PART_CHARS,
  type PagePart,
  type PageTextMessage,
  parseMessage,
  ToBackgroundSchema,
} from './schemas';

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

/** A page of `n` short paragraphs, each a block, with astral letters so a cut could split a surrogate pair. */
function pageOf(n: number, version = 1): OutgoingPage {
  const paras = Array.from({ length: n }, (_, i) => `Clause ${i}: the Contractor shall pay 𝐑𝐋𝐖 to staff.`);
  const blocks: OutgoingPage['blocks'][number][] = [];
  let at = 0;
  for (const p of paras) {
    blocks.push({ id: `b${i36(at)}`, start: at, end: at + p.length });
    at += p.length + 1;
  }
  return { version, title: 'Tender', text: paras.join('\n'), blocks, editable: false };
}
const i36 = (n: number) => n.toString(36);

/** The messages of a page as the background receives them: validated, or dropped. */
function received(page: OutgoingPage, size?: number) {
  return [...pageMessages(page, size)].map(
    (m) => parseMessage(ToBackgroundSchema, m, 'test') as PagePart | PageTextMessage,
  );
}

function deliver(assembler: PageAssembler, tabId: number, messages: (PagePart | PageTextMessage)[]) {
  let whole: ReturnType<PageAssembler['finish']>;
  for (const m of messages) {
    if (m.type === 'page-part') assembler.part(tabId, m);
    else whole = assembler.finish(tabId, m);
  }
  return whole;
}

const finalOf = (messages: (PagePart | PageTextMessage)[]) => messages.at(-1) as PageTextMessage;
const partsOf = (messages: (PagePart | PageTextMessage)[]) => messages.slice(0, -1) as PagePart[];

describe('a page sent in parts', () => {
  it('fits a short page in one page-text message', () => {
    const messages = received(pageOf(3));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ type: 'page-text', version: 1, title: 'Tender' });
    expect(messages[0]!.type === 'page-text' && messages[0]!.parts).toBeFalsy();
  });

  it('cuts a long page into valid messages of at most PAGE_PART_CHARS, put back together exactly', () => {
    const page = pageOf(20_000);
    const messages = received(page);
    expect(messages.every(Boolean)).toBe(true);
    expect(messages.length).toBeGreaterThan(page.text.length / PAGE_PART_CHARS + 1);
    for (const m of messages) expect(m.text.length + m.blocks.length).toBeLessThanOrEqual(PAGE_PART_CHARS);
    expect(finalOf(messages).parts).toBe(messages.length - 1);
    const whole = deliver(new PageAssembler(), 4, messages)!;
    expect(whole.text).toBe(page.text);
    expect(decodeBlocks(whole.blocks, whole.text.length)).toEqual(page.blocks);
    expect(whole).toMatchObject({ version: 1, title: 'Tender', editable: false });
  });

  it('never cuts between the halves of a surrogate pair, and keeps "truncated"', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: 2, max: 40 }), (text, size) => {
        const page = { version: 2, title: '', text, blocks: [], editable: true, truncated: true };
        const messages = received(page, size);
        for (const m of messages) {
          const last = m.text.charCodeAt(m.text.length - 1);
          if (m.type === 'page-part' && m.text.length > 1) expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
        }
        const whole = deliver(new PageAssembler(), 1, messages);
        expect(whole?.text).toBe(text);
        expect(whole?.truncated).toBe(true);
      }),
    );
  });

  it('puts parts together whatever order they arrive in', () => {
    const page = pageOf(300);
    const messages = received(page, 500);
    fc.assert(
      fc.property(fc.shuffledSubarray(partsOf(messages), { minLength: messages.length - 1 }), (shuffled) => {
        const whole = deliver(new PageAssembler(), 1, [...shuffled, finalOf(messages)]);
        expect(whole?.text).toBe(page.text);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a page with a part missing, repeated, or from another extraction', () => {
    const messages = received(pageOf(300), 500);
    const parts = partsOf(messages);
    const final = finalOf(messages);
    expect(deliver(new PageAssembler(), 1, [...parts.slice(1), final])).toBeUndefined();
    expect(deliver(new PageAssembler(), 1, [...parts, parts[3]!, final])).toBeUndefined();
    const older = received(pageOf(300, 0), 500);
    expect(deliver(new PageAssembler(), 1, [...parts.slice(0, 2), ...partsOf(older).slice(2), final])).toBeUndefined();
    // a part placed past the count the final message gives
    const extra = { ...parts[0]!, index: parts.length + 1 };
    expect(deliver(new PageAssembler(), 1, [...parts, extra, final])).toBeUndefined();
    expect(deliver(new PageAssembler(), 1, [...parts, { ...final, parts: parts.length + 1 }])).toBeUndefined();
  });

  it("drops a stale extraction's parts once a newer one starts, and refuses its final message", () => {
    const assembler = new PageAssembler();
    const old = received(pageOf(300, 1), 500);
    const fresh = received(pageOf(200, 2), 500);
    for (const m of partsOf(old).slice(0, 3)) assembler.part(1, m);
    for (const m of partsOf(fresh)) assembler.part(1, m);
    expect(assembler.part(1, partsOf(old)[3]!)).toBe(false);
    expect(assembler.finish(1, finalOf(old))).toBeUndefined();
    expect(assembler.finish(1, finalOf(fresh))?.text).toBe(pageOf(200).text);
    expect(assembler.heldChars).toBe(0);
  });

  it('puts together the page of a content script started afresh in the tab (its count begins again at 1)', () => {
    const assembler = new PageAssembler();
    // the old script stopped half-way through its fifth extraction; the re-injected one sends its first
    const unfinished = received(pageOf(300, 5), 500);
    for (const m of partsOf(unfinished).slice(0, 2)) assembler.part(1, m);
    const again = received(pageOf(250, 1), 500);
    for (const m of partsOf(again)) expect(assembler.part(1, m)).toBe(true);
    expect(assembler.finish(1, finalOf(again))?.text).toBe(pageOf(250).text);
    expect(assembler.heldChars).toBe(0);
  });

  it("joins a tab's parts only with its own: another tab's final message finds nothing", () => {
    const assembler = new PageAssembler();
    const messages = received(pageOf(300), 500);
    for (const m of partsOf(messages)) assembler.part(1, m);
    expect(assembler.finish(2, finalOf(messages))).toBeUndefined();
    // tab 2's parts of the same version do not complete or spoil tab 1's
    const forged = received(pageOf(300), 500);
    assembler.part(2, partsOf(forged)[0]!);
    expect(assembler.finish(1, finalOf(messages))?.text).toBe(pageOf(300).text);
  });

  it('refuses parts over the limits, and holds no more than the limit for all tabs together', () => {
    const small = new PageAssembler({ text: 1_000, blocks: 1_000, total: 1_500 });
    const big = received(pageOf(100), 200);
    expect(deliver(small, 1, big)).toBeUndefined();
    expect(small.heldChars).toBe(0);
    const fits = received(pageOf(10), 200);
    for (const m of partsOf(fits)) small.part(1, m);
    for (const m of partsOf(fits)) small.part(2, m);
    for (const m of partsOf(fits)) small.part(3, m);
    expect(small.heldChars).toBeLessThanOrEqual(1_500);
    expect(small.finish(1, finalOf(fits))).toBeUndefined();
    expect(small.finish(3, finalOf(fits))?.text).toBe(pageOf(10).text);
  });

  it('validates every message: oversized, out-of-range or ill-typed parts are dropped', () => {
    const part = { type: 'page-part', version: 1, index: 0, text: 'a', blocks: '' };
    const ok = (m: unknown) => parseMessage(ToBackgroundSchema, m, 'test') !== undefined;
    expect(ok(part)).toBe(true);
    expect(ok({ ...part, text: 'a'.repeat(PAGE_PART_CHARS + 1) })).toBe(false);
    expect(ok({ ...part, blocks: 'b 0 1\n'.repeat(PAGE_PART_CHARS) })).toBe(false);
    expect(ok({ ...part, index: MAX_PAGE_PARTS })).toBe(false);
    expect(ok({ ...part, index: -1 })).toBe(false);
    expect(ok({ ...part, index: 1.5 })).toBe(false);
    expect(ok({ ...part, version: '1' })).toBe(false);
    expect(ok({ ...part, text: ['a'] })).toBe(false);
    const final = { type: 'page-text', version: 1, title: '', text: '', blocks: '', editable: false };
    expect(ok({ ...final, parts: MAX_PAGE_PARTS + 1 })).toBe(false);
    expect(ok({ ...final, text: 'a'.repeat(PAGE_PART_CHARS + 1) })).toBe(false);
  });
});

describe('sendPage', () => {
  it('sends each message in a task of its own, all parts answered before the final message', async () => {
    const page = pageOf(2_000);
    const assembler = new PageAssembler();
    const log: string[] = [];
    const answer = await sendPage(
      page,
      async (m) => {
        log.push(m.type);
        const msg = parseMessage(ToBackgroundSchema, m, 'test');
        if (msg?.type === 'page-part') return { ok: assembler.part(9, msg) };
        if (msg?.type === 'page-text') return { analysed: assembler.finish(9, msg)?.text };
      },
      async () => void log.push('task'),
    );
    expect(answer).toEqual({ analysed: page.text });
    expect(log.filter((e) => e === 'page-part').length).toBeGreaterThan(2);
    // no two messages built in one task
    for (let i = 1; i < log.length; i++) if (log[i] !== 'task') expect(log[i - 1]).toBe('task');
  });

  it('stops, sending no final message, when the background refuses a part', async () => {
    const sent: string[] = [];
    const answer = await sendPage(
      pageOf(2_000),
      async (m) => {
        sent.push(m.type);
        return m.type === 'page-part' && m.index === 1 ? { ok: false } : { ok: true };
      },
      async () => {},
    );
    expect(answer).toBeUndefined();
    expect(sent).not.toContain('page-text');
  });
});

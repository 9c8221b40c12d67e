import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage, extractPageSliced, nodeOffsetFor, pieceAt, startExtraction } from './extract';

const page = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;

describe('extractPage', () => {
  it('skips scripts, navigation, footers, hidden, aria-hidden, cookie banners and opted-out elements', () => {
    const doc = page(`
      <div id="cookie-banner"><p>cookie text</p></div>
      <nav>nav text</nav><header>header text</header>
      <main><p>Kept one.</p><script>script text</script>
      <p hidden>hidden text</p><p aria-hidden="true">aria text</p><p style="display: none">styled text</p>
      <div data-tenderlight="off"><p>opted out</p></div><p>Kept two.</p></main>
      <footer>footer text</footer>`);
    expect(extractPage(doc).blocks.map((b) => b.text)).toEqual(['Kept one.', 'Kept two.']);
  });

  it('gives each line of a textarea its own block, mapped back into the value', () => {
    const doc = page('<textarea>First line.\n\nSecond line here.</textarea>');
    const x = extractPage(doc);
    expect(x.blocks.map((b) => b.text)).toEqual(['First line.', 'Second line here.']);
    const second = x.blocks[1]!;
    const piece = pieceAt(x.pieces, second.start)!;
    expect(nodeOffsetFor(piece, second.start)).toBe('First line.\n\n'.length);
  });

  it('maps offsets of collapsed whitespace back to exact places in the text node', () => {
    const doc = page('<p>  The   Supplier\n   shall pay.</p>');
    const x = extractPage(doc);
    expect(x.text.trim()).toBe('The Supplier shall pay.');
    const start = x.text.indexOf('shall');
    const piece = pieceAt(x.pieces, start)!;
    const data = (piece.node as Text).data;
    const from = nodeOffsetFor(piece, start);
    expect(data.slice(from, nodeOffsetFor(piece, start + 'shall pay.'.length))).toBe('shall pay.');
  });

  it('keeps block ids when another block changes, so only the edited block is re-analysed', () => {
    const a = extractPage(page('<p>One.</p><p>Two.</p><p>Three.</p>')).blocks;
    const b = extractPage(page('<p>One.</p><p>Two, edited.</p><p>Three.</p><p>One.</p>')).blocks;
    expect(b[0]!.id).toBe(a[0]!.id);
    expect(b[2]!.id).toBe(a[2]!.id);
    expect(b[1]!.id).not.toBe(a[1]!.id);
    expect(b[3]!.id).not.toBe(b[0]!.id);
  });

  it('extracts the same text in slices as in one go', async () => {
    const body = Array.from({ length: 2000 }, (_, i) => `<p>Paragraph ${i} of the draft.</p>`).join('');
    const whole = extractPage(page(body));
    const sliced = await extractPageSliced(page(body), {}, 0);
    expect(sliced?.text).toBe(whole.text);
    expect(sliced?.blocks.map((b) => b.id)).toEqual(whole.blocks.map((b) => b.id));
  });

  it('stops at maxChars so an enormous page cannot exhaust memory', () => {
    const body = Array.from({ length: 1000 }, () => '<p>Some text in a very long page.</p>').join('');
    expect(extractPage(page(body), { maxChars: 1000 }).text.length).toBeLessThan(1100);
  });
});

describe('size cap', () => {
  it('cuts one 10 MB text node at the cap, never inside a surrogate pair, and says it did', () => {
    const doc = page(`<p>First paragraph.</p><p>${'a𝐀 '.repeat(2_500_000)}</p>`);
    const x = extractPage(doc, { maxChars: 1000 });
    expect(x.truncated).toBe(true);
    expect(x.text.length).toBeLessThanOrEqual(1001);
    expect(x.text.startsWith('First paragraph.\n')).toBe(true);
    const last = x.text.replace(/\n$/, '').charCodeAt(x.text.replace(/\n$/, '').length - 1);
    expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    for (const b of x.blocks) expect(b.end).toBeLessThanOrEqual(x.text.length);
  });

  it('is not truncated when the page fits', () => {
    expect(extractPage(page('<p>Short.</p>'), { maxChars: 1000 }).truncated).toBe(false);
  });
});

describe('a long text node', () => {
  // white space runs of every length, some across the 32,768-character slice boundaries
  const words = Array.from({ length: 40_000 }, (_, i) => `w${i}${' \n\t  '.slice(0, 1 + (i % 5))}`).join('');

  it('is read in slices the walk can pause between, to the same text as in one go', () => {
    const whole = extractPage(page(`<p>${words}</p>`));
    const x = startExtraction(page(`<p>${words}</p>`));
    let steps = 1;
    while (!x.run(0)) steps++;
    const sliced = x.result();
    expect(steps).toBeGreaterThan(words.length / 32_768);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.text.trim()).toBe(words.replace(/\s+/g, ' ').trim());
    expect(sliced.pieces.length).toBeGreaterThan(1);
    expect(sliced.blocks.map((b) => b.id)).toEqual(whole.blocks.map((b) => b.id));
  });

  it('maps every word back to its place in the node, across slice boundaries', () => {
    const x = extractPage(page(`<p>${words}</p>`));
    const data = (x.pieces[0]!.node as Text).data;
    for (let i = 0; i < 40_000; i += 997) {
      const word = `w${i}`;
      const start = x.text.indexOf(`${word} `);
      const piece = pieceAt(x.pieces, start)!;
      const end = pieceAt(x.pieces, start + word.length - 1)!;
      expect(data.slice(nodeOffsetFor(piece, start), nodeOffsetFor(end, start + word.length))).toBe(word);
    }
  });

  it('reads no more of a 10 MB node than the cap needs, in slices, and says it was cut', () => {
    const x = startExtraction(page(`<p>${'schedule of rates '.repeat(600_000)}</p>`), { maxChars: 100_000 });
    let steps = 1;
    while (!x.run(0)) steps++;
    const r = x.result();
    expect(r.truncated).toBe(true);
    expect(r.text.length).toBeLessThanOrEqual(100_001);
    expect(r.text.length).toBeGreaterThan(99_000);
    expect(steps).toBeGreaterThanOrEqual(3);
    expect(steps).toBeLessThan(10);
  });
});

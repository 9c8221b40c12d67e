import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sniffDocument } from '../../lib/cli/documents';
import { main } from '../../lib/cli/main';
import { pageShape } from '../../lib/cli/page-shape';
import { fromHtml, MAX_HTML_DEPTH, MAX_HTML_TAGS } from '../../lib/cli/read-input';
import { render } from '../../lib/cli/scan';
import { cutPoint, MAX_CHECKED_CHARS, type ScanReport, scanText } from '../../lib/scan';
import { fakeIO, freshBuild, runBin } from './cli-process';

const CLAUSE = 'The Contractor shall pay all staff on the contract at least the Real Living Wage.';
const HEDGE = 'The Provider is encouraged to pay the Real Living Wage where possible.';
const NO_INTERNALS = /\n\s+at |Error:|firstElementChild|Cannot destructure|node:internal/;

let dir: string;
const path = (name: string) => join(dir, name);
const file = (name: string, bytes: string | Uint8Array) => {
  writeFileSync(path(name), bytes);
  return path(name);
};
type Outcome = ScanReport | { source: string; error: string };

/** Runs main() in-process over fake streams and returns what a user would see. */
async function run(argv: string[], stdin: string | Uint8Array = '', maxBytes?: number) {
  const f = fakeIO(stdin);
  if (maxBytes) f.io.read = { maxBytes };
  const code = await main(argv, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}
const parsed = (r: { stdout: string }) => JSON.parse(r.stdout) as Outcome[];
const errorOf = (r: { stdout: string }, i = 0) => (parsed(r)[i] as { error?: string }).error;
const statusOf = (r: Outcome, id = 'living-wage') => (r as ScanReport).checks.find((c) => c.id === id)?.status;

let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tenderlight-inputs-'));
  server = createServer((req, res) => {
    if (req.url === '/endless') {
      // An endless body with no length: the reader must stop at its limit.
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'The Provider may pay the Living Wage. ');
      const more = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', more);
      };
      res.on('close', () => res.destroy());
      more();
    } else if (req.url === '/declared-huge') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10 * 1024 * 1024) });
      res.write('The Provider ');
    } else if (req.url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<main><p>${CLAUSE}</p></main><nav>${HEDGE}</nav>`);
    } else {
      res.writeHead(404);
      res.end('not here');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('inputs that are not files', () => {
  it('refuses devices and a writer-less FIFO at once, without reading or blocking', async () => {
    const fifo = path('waiting.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = await run(['--format', 'json', '/dev/zero', '/dev/urandom', fifo, dir]);
    expect(r.code).toBe(1);
    expect(parsed(r).map((x) => (x as { error: string }).error)).toEqual([
      'is a device, not a file',
      'is a device, not a file',
      expect.stringMatching(/^is a pipe \(FIFO\), not a file; .*\| tenderlight scan -/),
      expect.stringMatching(/^is a folder/),
    ]);
  });
});

describe('size limits, applied while reading', () => {
  it('stops standard input at the limit and says so, reporting the other inputs', async () => {
    const txt = file('ok.txt', CLAUSE);
    const r = await run(['--format', 'json', txt, '-'], 'x'.repeat(5000), 1000);
    expect(r.code).toBe(1);
    expect(statusOf(parsed(r)[0]!)).toBe('strong');
    expect(errorOf(r, 1)).toBe(
      'is larger than the 1000 bytes limit; split it and scan the parts (stopped reading at 1000 bytes)',
    );
    expect(r.stderr).toBe(`scan: standard input: ${errorOf(r, 1)}\n`);
  });

  it('refuses a file over the limit by its size, before reading it', async () => {
    const big = file('big.txt', `${CLAUSE}\n`.repeat(100));
    const r = await run(['--format', 'json', big], '', 1000);
    expect(errorOf(r)).toMatch(/^is 8\d00 bytes, larger than the 1000 bytes limit/);
  });

  it('stops an endless URL body at the limit, refuses a declared oversize body, and names a 404', async () => {
    const r = await run(
      ['--format', 'json', `${base}/endless`, `${base}/declared-huge`, `${base}/missing`],
      '',
      100_000,
    );
    expect(r.code).toBe(1);
    expect(parsed(r).map((x) => (x as { error: string }).error)).toEqual([
      expect.stringMatching(/^is larger than the 100000 bytes limit.*stopped reading/),
      expect.stringMatching(/^is 10 MB, larger than the 100000 bytes limit/),
      'the server answered 404 Not Found',
    ]);
  });

  it('reads a URL served as HTML as a page (navigation left out)', async () => {
    const r = await run(['--format', 'json', `${base}/page`]);
    expect(r.code).toBe(0);
    const quotes = (parsed(r)[0] as ScanReport).checks.flatMap((c) => c.evidence.map((e) => e.text));
    expect(quotes).toContain(CLAUSE);
    expect(quotes.join(' ')).not.toContain('encouraged');
  });
});

describe('files recognised by content, not by name', () => {
  it('recognises PDF, ZIP (.docx) and OLE (.doc) signatures', () => {
    expect(sniffDocument(new TextEncoder().encode('%PDF-1.7\nno NUL bytes here'))).toBe('pdf');
    expect(sniffDocument(new TextEncoder().encode(`junk before the header\n%PDF-1.4`))).toBe('pdf');
    expect(sniffDocument(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]))).toBe('zip');
    expect(sniffDocument(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('ole');
    expect(sniffDocument(new TextEncoder().encode(`${CLAUSE} Prices in %PDF- are…`.padStart(2000)))).toBeUndefined();
    expect(sniffDocument(new TextEncoder().encode('{\\rtf1\\ansi The Contractor shall'))).toBe('rtf');
    expect(sniffDocument(new TextEncoder().encode('PK is a text'))).toBeUndefined();
  });

  it('sends documents to the documents reader, whatever their name, and reads a text called .html as text', async () => {
    const files = [
      file('notice.pdf', `%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n${CLAUSE}\n%%EOF\n`),
      file('really-a-pdf.html', `%PDF-1.4\n${CLAUSE}\n`),
      file('terms.docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00])),
      file('terms.txt', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00])),
      file('plain.html', `${CLAUSE}\n`),
      file('fragment.html', `<p>${CLAUSE}</p>\n<p>${HEDGE}</p>`),
      file('no-body.html', `<!doctype html><html><head><title>${HEDGE}</title></head><p>${CLAUSE}</html>`),
    ];
    const r = await run(['--format', 'json', ...files]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(NO_INTERNALS);
    const out = parsed(r);
    // read by lib/documents, by content: each damaged one gets the reader's plain reason
    expect((out[0] as { error: string }).error).toBe('is not a readable PDF (damaged or truncated)');
    expect((out[1] as { error: string }).error).toBe('is not a readable PDF (damaged or truncated)');
    expect((out[2] as { error: string }).error).toMatch(/^cannot be read: the ZIP container is truncated or damaged/);
    expect((out[3] as { error: string }).error).toMatch(/^cannot be read as a Word 97–2003 document/);
    for (const i of [4, 5, 6]) expect(statusOf(out[i]!)).toBe('strong');
    // A fragment is read as a page; the title of a body-less page is not page text.
    const quotes = (i: number) => (out[i] as ScanReport).checks.flatMap((c) => c.evidence.map((e) => e.text));
    expect(quotes(5)).toContain(CLAUSE);
    expect(quotes(6)).not.toContain(HEDGE);
  });
});

describe('pages that leave out <body> or write outside it', () => {
  it('reads the text a browser shows: a head never closed, content in the head, text after </body> or </html>', async () => {
    const text = async (html: string) => (await fromHtml('page.html', html)).text.trim().split('\n');
    // valid HTML (</head> and <body> are optional): linkedom kept it all in the head, and the page "had no text"
    expect(
      await text(`<!doctype html><html><head><meta charset=utf-8><title>T</title>${CLAUSE}<p>${HEDGE}</p></html>`),
    ).toEqual([CLAUSE, HEDGE]);
    expect(await text(`<html><head><title>T</title><p>${CLAUSE}</p></head><p>${HEDGE}</p></html>`)).toEqual([
      CLAUSE,
      HEDGE,
    ]);
    expect(await text(`<html><head></head><body><p>${CLAUSE}</p></body><p>${HEDGE}</p></html>`)).toEqual([
      CLAUSE,
      HEDGE,
    ]);
    expect(await text(`<html><head></head><p>${CLAUSE}</p></html><p>${HEDGE}</p>`)).toEqual([CLAUSE, HEDGE]);
    // a fragment's title is the tab's name, not page text
    expect(await text(`<title>Notice 12</title>${CLAUSE}<p>${HEDGE}</p>`)).toEqual([CLAUSE, HEDGE]);
    expect(
      await text(`<html><head><style>p { color: red }</style><script>var a = 1;</script></head><p>${CLAUSE}</html>`),
    ).toEqual([CLAUSE]);
  });
});

describe('deeply nested pages', () => {
  it('counts nesting as the parser builds it, without parsing: implied ends, void, raw text, /> only in SVG', () => {
    const depth = (html: string, max?: number) => pageShape(html, max).depth;
    // <p> closes the open <p>; the <span> nests inside the second one
    expect(depth('<div><div><p>a<p>b<br><img/><span>x</span></div></div>')).toBe(4);
    expect(depth('<ul><li>a<li>b<li>c</ul>')).toBe(2);
    expect(depth('<script>"<div><div><div>"</script><!-- <div><div> --><b>x</b>')).toBe(1);
    expect(depth('<div>'.repeat(10_000), 100)).toBe(101);
    // A closing tag closes everything opened after its match; one with no match closes nothing.
    expect(depth('<div><b><i></div><div><b></q></q><i>')).toBe(3);
    // The parser keeps these open (the first probe's count did not), and ignores /> outside SVG and MathML.
    for (const open of ['<caption>', '<colgroup>', '<thead>', '<div/>', '<rb>'])
      expect(depth(open.repeat(1000)), open).toBe(1000);
    expect(depth(`<svg>${'<path d="M0 0"/>'.repeat(1000)}</svg>`)).toBe(2);
    expect(pageShape('<p>a</p><p>b</p>').tags).toBe(4);
  });

  it('reads a page nested thousands deep, and refuses a million-deep one with a plain reason', async () => {
    const nest = (n: number) => `<html><body>${'<div>'.repeat(n)}${CLAUSE}${'</div>'.repeat(n)}</body></html>`;
    const r = await run([
      '--format',
      'json',
      file('deep.html', nest(MAX_HTML_DEPTH - 100)),
      file('deeper.html', nest(1_000_000)),
    ]);
    expect(statusOf(parsed(r)[0]!)).toBe('strong');
    expect(errorOf(r, 1)).toMatch(/^the page nests its elements more than 5,000 deep/);
  });

  it('refuses, at once, deep pages made of elements the parser does not close by itself and pages of too many tags', async () => {
    const page = (body: string) => `<html><body><p>${CLAUSE}</p>${body}</body></html>`;
    const r = await run([
      '--format',
      'json',
      // Each of these took linkedom over 60 s (second probe); the depth count had taken them as closed.
      file('captions.html', page('<caption>'.repeat(200_000))),
      file('slashed.html', page('<div/>'.repeat(200_000))),
      file('heads.html', page('<thead>'.repeat(200_000))),
      // A flat page of a million elements took linkedom over 60 s too.
      file('flat.html', page('<b>x</b> '.repeat(1_000_000))),
      file('closers.html', page(`${'<div>'.repeat(4000)}${'</q>'.repeat(MAX_HTML_TAGS)}`)),
      file(
        'table.html',
        page(`<table>${'<tr><td>a</td><td>b</td><td>c</td><td>d</td><td>e</td></tr>'.repeat(20_000)}</table>`),
      ),
    ]);
    expect(
      parsed(r)
        .slice(0, 5)
        .map((x) => (x as { error: string }).error),
    ).toEqual([
      expect.stringMatching(/^the page nests its elements more than 5,000 deep/),
      expect.stringMatching(/^the page nests its elements more than 5,000 deep/),
      expect.stringMatching(/^the page nests its elements more than 5,000 deep/),
      'the page has more than 300,000 tags, more than Tenderlight reads as a page; save its text as a .txt file and scan that',
      expect.stringMatching(/^the page has more than 300,000 tags/),
    ]);
    // A 20,000-row table is still read as a page.
    expect(statusOf(parsed(r)[5]!)).toBe('strong');
  }, 120_000);
});

describe('huge texts degrade visibly', () => {
  it('checks the first part of a text over the limit and says how much, with offsets into the full text', () => {
    const filler = 'The authority will publish the tender documents on its portal. ';
    const text = `${HEDGE}\n${filler.repeat(40)}\n${CLAUSE}\n`;
    const r = scanText('long', text, undefined, { maxChars: 1000 });
    expect(r.document.truncated).toEqual({ checkedChars: expect.any(Number), totalChars: text.length });
    expect(r.document.truncated!.checkedChars).toBeLessThanOrEqual(1000);
    expect(r.document.truncated!.checkedChars).toBeGreaterThan(900);
    // The binding clause lies past the limit: only the hedge was checked.
    expect(statusOf(r)).toBe('weak');
    for (const c of r.checks) for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(scanText('short', text).document.truncated).toBeUndefined();
  });

  it('says so in the table and the Markdown report too', async () => {
    const text = `${HEDGE}\n${'The authority will publish the tender documents on its portal. '.repeat(40)}`;
    const r = scanText('long.txt', text, undefined, { maxChars: 1000 });
    const note = `Only the first ${r.document.truncated!.checkedChars} of ${text.length.toLocaleString('en-GB')} characters were checked`;
    expect(await render([r], 'table')).toContain(`note: ${note}`);
    const md = await render([r], 'md');
    expect(md.split('\n').slice(0, 3)).toEqual(['# Tenderlight review: long.txt', '', expect.stringContaining(note)]);
    expect(await render([scanText('short.txt', text)], 'md')).not.toContain('Only the first');
  });

  it('never cuts between the halves of a surrogate pair', () => {
    const text = '😀'.repeat(100);
    expect(cutPoint(text, 51)).toBe(50);
    expect(cutPoint(`${'a'.repeat(95)} ${'b'.repeat(10)}`, 100)).toBe(96);
  });

  it('analyses a 49 MB text file (under the input limit) as far as the check limit, and says so in its JSON', async () => {
    await freshBuild();
    const para = `${'The authority will publish the tender documents on its portal and answer questions. '.repeat(40)}\n`;
    const body = para.repeat(Math.ceil((49 * 1024 * 1024) / para.length));
    const big = file('huge-terms.txt', `${HEDGE}\n${body}${CLAUSE}\n`);
    const json = await runBin(['scan', '--format', 'json', big]);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const [r] = JSON.parse(json.stdout) as ScanReport[];
    expect(r!.document.truncated!.totalChars).toBeGreaterThan(49_000_000);
    expect(r!.document.truncated!.checkedChars).toBeLessThanOrEqual(MAX_CHECKED_CHARS);
    expect(statusOf(r!)).toBe('weak');
  }, 120_000);
});

describe('the built CLI at its real limits, as a separate process', () => {
  it('stops 300 MB of standard input at 50 MB with a plain message and bounded memory', async () => {
    await freshBuild();
    const line = Buffer.from(`${HEDGE}\n`.repeat(1000));
    let sent = 0;
    const r = await runBin(['scan', '--format', 'json', '-'], (stdin) => {
      const pump = () => {
        while (sent < 300 * 1024 * 1024) {
          sent += line.length;
          if (!stdin.write(line)) return void stdin.once('drain', pump);
        }
        stdin.end();
      };
      stdin.on('error', () => {});
      pump();
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'scan: standard input: is larger than the 50 MB limit; split it and scan the parts (stopped reading at 50 MB)\n',
    );
    expect(JSON.parse(r.stdout)).toEqual([{ source: '-', error: expect.stringMatching(/^is larger than the 50 MB/) }]);
    expect(sent).toBeLessThan(300 * 1024 * 1024);
    if (r.peakMB !== undefined) expect(r.peakMB).toBeLessThan(400);
  }, 120_000);

  it('stops an endless URL body at 50 MB, and refuses hostile files without a stack trace', async () => {
    const r = await runBin([
      'scan',
      `${base}/endless`,
      '/dev/zero',
      file('pdf.html', `%PDF-1.4\n${CLAUSE}\n`),
      file('plain.html', `${CLAUSE}\n`),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(NO_INTERNALS);
    const out = JSON.parse(r.stdout) as Outcome[];
    expect((out[0] as { error: string }).error).toMatch(/^is larger than the 50 MB limit.*stopped reading at 50 MB/);
    expect((out[1] as { error: string }).error).toBe('is a device, not a file');
    expect((out[2] as { error: string }).error).toBe('is not a readable PDF (damaged or truncated)');
    expect(statusOf(out[3]!)).toBe('strong');
    if (r.peakMB !== undefined) expect(r.peakMB).toBeLessThan(400);
  }, 120_000);
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../lib/checks/registry';
import { parseArgs } from '../../lib/cli/args';
import { extractPage } from '../../lib/extract/extract';
import { STATUS_LABEL } from '../../lib/report/describe';
import { scanText } from '../../lib/scan';
import { CHECK_IDS, DOCUMENT_TYPES, type ScanResult, STATUSES } from '../../lib/types';
import { freshBuild, ROOT, type Run, runBin } from './cli-process';

const TXT = 'tests/unit/fixtures/cleaning-terms.txt';
const HTML = 'tests/unit/fixtures/catering-notice.html';
const STDIN_TEXT =
  '\uFEFFThe Provider is encouraged to pay the Real Living Wage where possible.\nThe Provider may wish to offer apprenticeships.\n';

/** Runs `tenderlight scan` as a user would, in its own process, from the project root. */
const scan = (args: string[], stdin = '') => runBin(['scan', ...args], stdin);

let dir: string;
const bad: Record<string, string> = {};
let json: Run;
let md: Run;
let table: Run;
let badFiles: Run;
let unknownFormat: Run;
let noArgs: Run;

beforeAll(async () => {
  await freshBuild();
  dir = mkdtempSync(join(tmpdir(), 'tenderlight-cli-'));
  const file = (name: string, bytes: string | Uint8Array) => {
    bad[name] = join(dir, name);
    writeFileSync(bad[name], bytes);
  };
  bad.missing = join(dir, 'no-such-notice.txt');
  bad.directory = join(dir, 'notices');
  mkdirSync(bad.directory);
  file('binary', Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x00, 0x54]));
  // "£13.45 an hour" saved as Windows-1252: the pound sign is the lone byte 0xA3.
  file('latin1', Uint8Array.from([0xa3, 0x31, 0x33, 0x2e, 0x34, 0x35, 0x20, 0x61, 0x6e, 0x20, 0x68, 0x6f, 0x75, 0x72]));
  file('utf16', Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]));
  file('empty', '');
  file('blank', ' \n\t\r\n  \n');
  file('blankPage', '<!doctype html><html><body><script>var a = 1;</script><nav>Home</nav></body></html>');
  // Each process loads the analysis core; starting them together keeps the suite's wall time down.
  [json, md, table, badFiles, unknownFormat, noArgs] = await Promise.all([
    scan(['--format', 'json', TXT, HTML, '-'], STDIN_TEXT),
    scan(['--format', 'md', TXT, HTML]),
    scan(['--format=table', TXT, HTML]),
    // One run holds every bad input, a good file among them and an empty standard input.
    scan(
      [
        bad.missing,
        bad.directory,
        TXT,
        bad.binary!,
        bad.latin1!,
        bad.utf16!,
        bad.empty!,
        bad.blank!,
        bad.blankPage!,
        '-',
      ],
      '',
    ),
    scan(['--format', 'xml', TXT]),
    scan([]),
  ]);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The text the CLI analyses for each input: a page's extracted text, or the file without its BOM. */
function extractedText(input: string): { text: string; blocks?: ReturnType<typeof extractPage>['blocks'] } {
  if (input === '-') return { text: STDIN_TEXT.replace(/^\uFEFF/, '') };
  const raw = readFileSync(join(ROOT, input), 'utf8');
  if (!input.endsWith('.html')) return { text: raw };
  const page = extractPage(parseHTML(raw).document);
  return { text: page.text, blocks: page.blocks };
}

describe('scan --format json', () => {
  let results: ScanResult[];
  beforeAll(() => {
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    results = JSON.parse(json.stdout);
  });

  it('prints one array element per argument, in argument order, and nothing else', () => {
    expect(Array.isArray(results)).toBe(true);
    expect(results.map((r) => r.source)).toEqual([TXT, HTML, '-']);
  });

  it('lists all sixteen checks in contract order with a valid status, profile and suggestion', () => {
    for (const r of results) {
      expect(DOCUMENT_TYPES).toContain(r.document.type);
      expect(r.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
      for (const c of r.checks) {
        expect(STATUSES).toContain(c.status);
        if (c.status === 'strong' || c.status === 'n/a') expect(c.suggestion).toBeNull();
        else expect(c.suggestion).toMatch(new RegExp(`^${c.id}/`));
      }
    }
  });

  it('quotes evidence as exact substrings of the extracted text, for a text file, a page and stdin', () => {
    let quoted = 0;
    for (const r of results) {
      const { text } = extractedText(r.source);
      for (const c of r.checks)
        for (const e of c.evidence) {
          expect(e.text).toBe(text.slice(e.start, e.end));
          quoted++;
        }
    }
    expect(quoted).toBeGreaterThan(3);
  });

  it('gives exactly what the library gives for the same extracted text', () => {
    for (const r of results) {
      const { text, blocks } = extractedText(r.source);
      expect(r).toEqual(scanText(r.source, text, blocks));
    }
  });

  it('reads the binding clause in the text file as strong and the hedged stdin as weak', () => {
    const lw = (r: ScanResult) => r.checks.find((c) => c.id === 'living-wage')!;
    expect(lw(results[0]!).status).toBe('strong');
    expect(lw(results[2]!).status).toBe('weak');
  });

  it('reads an .html file as a page: hidden, script, nav and footer text are not analysed', () => {
    const page = results[1]!;
    const quotes = page.checks.flatMap((c) => c.evidence.map((e) => e.text)).join('\n');
    expect(quotes).toMatch(/Living Wage/);
    expect(quotes).not.toMatch(/London Living Wage|foi@example\.org|window\.tracking/);
  });
});

describe('scan --format md and table', () => {
  it('writes one Markdown report per input, naming each source and every check', () => {
    expect(md.code).toBe(0);
    expect(md.stderr).toBe('');
    const reports = md.stdout.split('\n\n---\n\n');
    expect(reports).toHaveLength(2);
    expect(reports[0]).toContain(`# Tenderlight review: ${TXT}`);
    expect(reports[1]).toContain(`# Tenderlight review: ${HTML}`);
    for (const report of reports) for (const check of CHECKS) expect(report).toContain(check.title);
  });

  it('prints a table whose statuses are the JSON statuses', () => {
    expect(table.code).toBe(0);
    expect(table.stderr).toBe('');
    const results: ScanResult[] = JSON.parse(json.stdout);
    const blocks = table.stdout.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(2);
    blocks.forEach((block, i) => {
      const lines = block.split('\n');
      expect(lines[0]).toContain(results[i]!.source);
      // Each row names the check by its title and the status as a person says it, never by id.
      const rows = lines.slice(1, 1 + CHECK_IDS.length);
      expect(rows).toHaveLength(results[i]!.checks.length);
      results[i]!.checks.forEach((c, j) => {
        const title = CHECKS.find((d) => d.id === c.id)!.title;
        expect(rows[j]!.startsWith(`${title} `)).toBe(true);
        expect(rows[j]!.slice(title.length).trimStart().startsWith(STATUS_LABEL[c.status])).toBe(true);
        expect(rows[j]).not.toMatch(new RegExp(`^${c.id}\\b`));
      });
      expect(lines.at(-1)).toMatch(/^\d+ missing, \d+ weak, \d+ strong, \d+ not applicable$/);
    });
  });
});

describe('scan on bad input', () => {
  const expectFailure = (run: Run, code: number) => {
    expect(run.stdout).toBe('');
    expect(run.code).toBe(code);
  };

  const reasons = (): [string, string, RegExp][] => [
    [bad.missing!, bad.missing!, /no such file/],
    [bad.directory!, bad.directory!, /is a folder/],
    [bad.binary!, bad.binary!, /binary file.*NUL/],
    [bad.latin1!, bad.latin1!, /not valid UTF-8/],
    [bad.utf16!, bad.utf16!, /UTF-16/],
    [bad.empty!, bad.empty!, /is empty/],
    [bad.blank!, bad.blank!, /is empty/],
    [bad.blankPage!, bad.blankPage!, /no visible text/],
    ['-', 'standard input', /is empty/],
  ];

  it('names every unreadable input on its own stderr line, with the reason, and exits 1', () => {
    expect(badFiles.code).toBe(1);
    const lines = badFiles.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(reasons().length);
    reasons().forEach(([, name, why], i) => {
      expect(lines[i]).toContain(`scan: ${name}: `);
      expect(lines[i]).toMatch(why);
    });
  });

  it('still reports the good file among the bad ones, each bad one as {source, error} in its place', () => {
    const results: ({ source: string; error: string } | ScanResult)[] = JSON.parse(badFiles.stdout);
    expect(results.map((r) => r.source)).toEqual([
      bad.missing,
      bad.directory,
      TXT,
      ...reasons()
        .slice(2)
        .map((r) => r[0]),
    ]);
    const good = results[2] as ScanResult;
    expect(good).toEqual(scanText(TXT, extractedText(TXT).text));
    const failures = results.filter((r) => 'error' in r);
    expect(failures).toHaveLength(reasons().length);
    failures.forEach((f, i) => {
      expect(Object.keys(f)).toEqual(['source', 'error']);
      expect(f.error).toMatch(reasons()[i]![2]);
      // The reason is a plain sentence: the element already names the source.
      expect(f.error.startsWith(f.source === '-' ? 'standard input' : f.source)).toBe(false);
    });
    expect(badFiles.stderr).not.toContain(TXT);
  });

  it('rejects an unknown --format, naming it', () => {
    expectFailure(unknownFormat, 2);
    expect(unknownFormat.stderr).toMatch(/--format must be json, md or table \(got 'xml'\)/);
  });

  it('explains usage when given no arguments', () => {
    expectFailure(noArgs, 2);
    expect(noArgs.stderr).toMatch(/no input given\nusage: /);
  });
});

describe('scan arguments', () => {
  it('accepts --format VALUE, --format=VALUE and -f VALUE, and -- before file names', () => {
    expect(parseArgs(['--format', 'md', 'a.txt'])).toEqual({ format: 'md', inputs: ['a.txt'] });
    expect(parseArgs(['scan', '--format=table', 'a.txt', '-'])).toEqual({ format: 'table', inputs: ['a.txt', '-'] });
    expect(parseArgs(['-f', 'json', '--', '-odd.txt'])).toEqual({ format: 'json', inputs: ['-odd.txt'] });
    // No --format: the command decides by whether stdout is a terminal.
    expect(parseArgs(['scan', 'a.txt'])).toEqual({ format: undefined, inputs: ['a.txt'] });
    expect(parseArgs(['scan', '--', 'scan'])).toEqual({ format: undefined, inputs: ['scan'] });
  });

  it.each([
    [['--format'], /--format needs a value/],
    [['--format', 'a.txt'], /got 'a\.txt'/],
    [['-f', '-'], /-f needs a value/],
    [['--verbose', 'a.txt'], /unknown option --verbose/],
    [['-x', 'a.txt'], /unknown option -x .*\.\/-x/],
    [['-', '-'], /can be given only once/],
    [['--format', 'json'], /no input given/],
  ])('rejects %j as a usage error', (argv, message) => {
    const r = parseArgs(argv);
    expect(r).toMatchObject({ code: 2 });
    expect('message' in r && r.message).toMatch(message);
  });

  it('prints usage on stdout for --help', () => {
    expect(parseArgs(['--help', 'a.txt'])).toMatchObject({ code: 0, stdout: true, message: /usage: tenderlight scan/ });
  });
});

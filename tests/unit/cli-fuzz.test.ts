import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { CHECK_IDS } from '../../lib/types';
import { fakeIO, freshBuild, runBin } from './cli-process';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tenderlight-fuzz-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const enc = (s: string) => new TextEncoder().encode(s);
const SIGNATURES = [enc('%PDF-1.7\n'), Uint8Array.from([0x50, 0x4b, 3, 4]), Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0])];
const join2 = (a: Uint8Array, b: Uint8Array) => Uint8Array.from([...a, ...b]);

/** Bytes a user might really hand the CLI: random bytes, text, pages, BOMs and document signatures. */
const inputBytes = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  fc.string({ unit: 'binary', maxLength: 2000 }).map(enc),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '<html>',
          '<body>',
          '<div>',
          '</div>',
          '<p>',
          '<script>',
          '<!--',
          '-->',
          '<table><tr><td>',
          'The Contractor shall pay the Real Living Wage. ',
          'The Provider is encouraged to pay the Real Living Wage where possible. ',
          'Freedom of Information Act 2000 ',
          'social value 10% ',
          '\uFEFF',
          '\u202E',
          '😀',
          '\n\n',
        ),
        fc.string({ maxLength: 40 }),
      ),
      { maxLength: 60 },
    )
    .map((parts) => enc(parts.join(''))),
  fc.tuple(fc.constantFrom(...SIGNATURES), fc.uint8Array({ maxLength: 200 })).map(([sig, rest]) => join2(sig, rest)),
  fc
    .tuple(
      fc.constantFrom(Uint8Array.from([0xff, 0xfe]), Uint8Array.from([0xef, 0xbb, 0xbf])),
      fc.uint8Array({ maxLength: 200 }),
    )
    .map(([bom, rest]) => join2(bom, rest)),
);

type Element = { source: string; error?: unknown; checks?: { id: string }[] };
const STACK = /\n\s+at |Error:|node:internal|Cannot (?:read|destructure)/;

/** What every run must satisfy, whatever the bytes: one valid JSON element per input, consistent exit and stderr. */
function expectConsistent(r: { code: number | null; stdout: string; stderr: string }, sources: string[]) {
  const out = JSON.parse(r.stdout) as Element[];
  expect(out.map((e) => e.source)).toEqual(sources);
  const failed = out.filter((e) => 'error' in e);
  for (const e of out) {
    if ('error' in e) {
      expect(Object.keys(e)).toEqual(['source', 'error']);
      expect(typeof e.error).toBe('string');
      expect(e.error).not.toMatch(STACK);
      expect(e.error).not.toContain('\n');
    } else expect(e.checks!.map((c) => c.id)).toEqual([...CHECK_IDS]);
  }
  expect(r.code).toBe(failed.length ? 1 : 0);
  // One plain stderr line per failure, naming the input, and nothing else.
  const lines = r.stderr ? r.stderr.trimEnd().split('\n') : [];
  expect(lines).toEqual(failed.map((e) => `scan: ${e.source === '-' ? 'standard input' : e.source}: ${e.error}`));
}

describe('the CLI over arbitrary bytes', () => {
  it('in-process: any file contents and any standard input give valid JSON, a plain stderr and a consistent exit', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        inputBytes,
        inputBytes,
        fc.constantFrom('notice.txt', 'notice.html', 'notice.pdf'),
        async (file, stdin, name) => {
          const path = join(dir, `${n++}-${name}`);
          writeFileSync(path, file);
          const f = fakeIO(stdin);
          const code = await main(['scan', '--format', 'json', path, '-'], f.io);
          expectConsistent({ code, stdout: f.stdout(), stderr: f.stderr() }, [path, '-']);
        },
      ),
      { numRuns: 150 },
    );
  }, 300_000);

  it('in-process: the people formats never fail on what JSON reports', async () => {
    await fc.assert(
      fc.asyncProperty(inputBytes, fc.constantFrom('md', 'table'), async (stdin, format) => {
        const f = fakeIO(stdin);
        const code = await main(['scan', '--format', format, '-'], f.io);
        expect([0, 1]).toContain(code);
        expect(f.stderr()).not.toMatch(STACK);
        if (code === 0) expect(f.stdout().length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  }, 300_000);

  it('the built bin: random bytes as a file and as standard input', async () => {
    await freshBuild();
    const samples = fc.sample(fc.tuple(inputBytes, inputBytes), { numRuns: 6, seed: 11 });
    await Promise.all(
      samples.map(async ([file, stdin], i) => {
        const path = join(dir, `bin-${i}.html`);
        writeFileSync(path, file);
        const r = await runBin(['scan', path, '-'], stdin);
        expectConsistent(r, [path, '-']);
      }),
    );
  }, 300_000);
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LISTED_CANDIDATES } from '../../lib/analysis/explain';
import { parseArgs } from '../../lib/cli/args';
import { main } from '../../lib/cli/main';
import { MAX_CHECKED_CHARS } from '../../lib/scan';
import { freshBuild, runBin } from './cli-process';

const dir = mkdtempSync(join(tmpdir(), 'tenderlight-explain-'));
const file = join(dir, 'terms.txt');
writeFileSync(
  file,
  'Conditions of contract.\n\nThe Contractor is encouraged to pay the Real Living Wage to its staff.\n\nThe Contractor shall transfer every request for information it receives under the Freedom of Information Act 2000 to the Council within two working days.\n',
);

function fakeIO() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: (s: string) => err.push(s) },
      stdin: (async function* () {})(),
    },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

describe('scan --explain', () => {
  it('is an option of scan, and refuses the Markdown format it does not print', () => {
    expect(parseArgs(['scan', '--explain', 'x.txt'])).toMatchObject({ inputs: ['x.txt'], explain: true });
    expect(parseArgs(['--explain', '--format', 'md', 'x.txt'])).toMatchObject({ code: 2 });
  });

  it('lists each candidate sentence of a check, the rules that fired on it and how the verdict was reached', async () => {
    const { io, out } = fakeIO();
    expect(await main(['scan', '--explain', file], io)).toBe(0);
    const text = out();
    expect(text).toMatch(/^Why these verdicts: /);
    const living = text.slice(text.indexOf('Real Living Wage: Weak'), text.indexOf('\n\nSocial value'));
    expect(living).toMatch(/“The Contractor is encouraged to pay the Real Living Wage to its staff\.”/);
    expect(living).toMatch(/weak, quoted: aspirational: 'encouraged to'/);
    expect(living).toMatch(/- hedge: /);
    expect(living).toMatch(/The topic is present, but no passage binds the supplier to it\./);
    expect(text).toMatch(/Freedom of Information: Strong/);
  });

  it('gives JSON with --format json, and names an unreadable input while explaining the others', async () => {
    const { io, out, err } = fakeIO();
    expect(await main(['scan', '--explain', '--format', 'json', file, join(dir, 'absent.txt')], io)).toBe(1);
    const [ok, bad] = JSON.parse(out());
    expect(ok.checks.find((c: { checkId: string }) => c.checkId === 'foi').status).toBe('strong');
    expect(bad.error).toBeTruthy();
    expect(err()).toMatch(/absent\.txt/);
  });

  it('explains a text past the check limit as a scan checks it, listing the first candidates (80,000 repeats ran past 60 s)', async () => {
    await freshBuild();
    const hedge = 'The Provider is encouraged to pay the Real Living Wage where possible.\n';
    const big = join(dir, 'repeats.txt');
    writeFileSync(big, hedge.repeat(80_000));
    const run = await runBin(['scan', '--explain', '--format', 'json', big]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [r] = JSON.parse(run.stdout);
    expect(r.truncated).toEqual({ checkedChars: expect.any(Number), totalChars: hedge.length * 80_000 });
    expect(r.truncated.checkedChars).toBeLessThanOrEqual(MAX_CHECKED_CHARS);
    const living = r.checks.find((c: { checkId: string }) => c.checkId === 'living-wage');
    expect(living.status).toBe('weak');
    expect(living.candidates).toHaveLength(MAX_LISTED_CANDIDATES);
    expect(living.unlisted).toBeGreaterThan(60_000);
  }, 120_000);
});

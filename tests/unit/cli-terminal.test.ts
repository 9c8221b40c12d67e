import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFresh, isStale, OUTFILE } from '../../lib/cli/build.mjs';
import { main } from '../../lib/cli/main';
import { BIN, fakeIO, freshBuild, ROOT, runBin } from './cli-process';

const CLAUSE = 'The Contractor shall pay all staff on the contract at least the Real Living Wage.';
let dir: string;
let a: string;
let b: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tenderlight-terminal-'));
  a = join(dir, 'a.txt');
  b = join(dir, 'b.txt');
  writeFileSync(a, CLAUSE);
  writeFileSync(b, `${CLAUSE}\nThe Provider may offer apprenticeships.`);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function run(argv: string[], tty: { stdout?: boolean; stderr?: boolean }) {
  const f = fakeIO('', tty);
  const code = await main(argv, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

describe('output that suits where it goes', () => {
  it('prints a table to a terminal and JSON to a pipe when no --format is given; --format wins', async () => {
    const terminal = await run(['scan', a], { stdout: true });
    expect(terminal.stdout).toMatch(
      /^.*a\.txt {2}\(Other · UK-wide \(assumed\) · General services · for local government \(assumed\)\)\nReal Living Wage {2,}Strong/,
    );
    const piped = await run(['scan', a], { stdout: false });
    expect(JSON.parse(piped.stdout)[0].source).toBe(a);
    const forced = await run(['scan', '--format', 'json', a], { stdout: true });
    expect(forced.stdout).toBe(piped.stdout);
    const tableToPipe = await run(['scan', '-f', 'table', a], { stdout: false });
    expect(tableToPipe.stdout).toBe(terminal.stdout);
  });

  it('shows a progress line on a terminal for a batch, and clears it; never in a log or for one file', async () => {
    const batch = await run(['scan', a, join(dir, 'missing.txt'), b], { stderr: true, stdout: false });
    expect(batch.code).toBe(1);
    expect(batch.stderr).toContain('\r\x1b[Kscanning 1 of 3: ');
    expect(batch.stderr).toContain('\r\x1b[Kscanning 3 of 3: ');
    // The failure is on a line of its own, after the progress line was cleared.
    expect(batch.stderr).toContain(`\r\x1b[Kscan: ${join(dir, 'missing.txt')}: no such file\n`);
    expect(batch.stderr.endsWith('\r\x1b[K')).toBe(true);
    const logged = await run(['scan', a, b], { stderr: false });
    expect(logged.stderr).toBe('');
    const single = await run(['scan', a], { stderr: true });
    expect(single.stderr).toBe('');
  });
});

describe('--help, --version and faults', () => {
  it('prints help and the package version on stdout, exit 0', async () => {
    const help = await run(['--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(
      /usage: tenderlight scan \[--format json\|md\|table\|csv\] \[--explain\] \[--password PASSWORD\] FILE_OR_URL/,
    );
    expect(help.stdout).toMatch(/exit status: 0 .* 1 .* 2 usage error/);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-V', 'scan --version'])
      expect(await run(flag.split(' '), {})).toEqual({ code: 0, stdout: `tenderlight ${version}\n`, stderr: '' });
  });

  it('turns a fault inside Tenderlight into one plain line, with details only when asked for', async () => {
    const faulty = (env: Record<string, string>) => {
      const f = fakeIO();
      f.io.env = env;
      f.io.stdout.write = () => {
        throw new TypeError("Cannot read properties of undefined (reading 'checks')");
      };
      return f;
    };
    const plain = faulty({});
    expect(await main(['scan', a], plain.io)).toBe(1);
    expect(plain.stderr()).toBe(
      'tenderlight: stopped because of a fault in Tenderlight (please report it; TENDERLIGHT_DEBUG=1 shows the details)\n',
    );
    const debug = faulty({ TENDERLIGHT_DEBUG: '1' });
    await main(['scan', a], debug.io);
    expect(debug.stderr()).toMatch(/^TypeError: Cannot read properties .*\n\s+at /);
  });

  it('the built bin answers --help and --version, and scans with `scan` or without it', async () => {
    await freshBuild();
    const [help, version, withScan, without] = await Promise.all([
      runBin(['--help']),
      runBin(['--version']),
      runBin(['scan', a]),
      runBin([a]),
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('usage: tenderlight scan');
    expect(version.stdout).toMatch(/^tenderlight \d+\.\d+\.\d+\n$/);
    expect(withScan.code).toBe(0);
    expect(withScan.stdout).toBe(without.stdout);
    expect(JSON.parse(withScan.stdout)[0].checks[0]).toMatchObject({ id: 'living-wage', status: 'strong' });
  });
});

describe('the build stays fresh', () => {
  it('rebuilds when a source is newer than the build, and not otherwise', async () => {
    await ensureFresh();
    expect(isStale()).toBe(false);
    expect(await ensureFresh()).toBe(false);
    // As if lib/ had been edited after the last build.
    const past = new Date(statSync(join(ROOT, 'lib/scan.ts')).mtimeMs - 60_000);
    utimesSync(OUTFILE, past, past);
    expect(isStale()).toBe(true);
    expect(await ensureFresh()).toBe(true);
    expect(isStale()).toBe(false);
    expect((await runBin(['--version'])).stdout).toMatch(/^tenderlight /);
  });
});

describe('where the output cannot go', () => {
  /** Runs the bin with stdout sent to `out`; resolves with its exit code and stderr. */
  const withStdout = (out: 'pipe' | number, args: string[], onStdout?: (s: Readable) => void) =>
    new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', out, 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (d) => {
        stderr += d;
      });
      if (child.stdout) onStdout?.(child.stdout);
      child.on('close', (code) => done({ code, stderr }));
    });

  it.skipIf(!existsSync('/dev/full'))('says plainly that the results could not be written to a full disk', async () => {
    await freshBuild();
    const r = await withStdout(openSync('/dev/full', 'w'), ['scan', a]);
    expect(r).toEqual({ code: 1, stderr: 'tenderlight: could not write the results (ENOSPC)\n' });
  });

  it('stops quietly when the reader goes away (| head)', async () => {
    await freshBuild();
    const many = Array.from({ length: 40 }, () => b);
    const r = await withStdout('pipe', ['scan', '--format', 'json', ...many], (stdout) => {
      stdout.once('data', () => stdout.destroy());
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

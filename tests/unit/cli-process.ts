import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { ensureFresh } from '../../lib/cli/build.mjs';
import type { CliIO } from '../../lib/cli/scan';

export const ROOT = resolve(__dirname, '../..');
export const BIN = join(ROOT, 'dist/tenderlight.mjs');

/** Builds the CLI if any of its sources is newer than the last build, so tests always run the current code. */
export const freshBuild = () => ensureFresh();

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** the child's peak resident memory in MB, sampled from /proc while it ran (undefined off Linux) */
  peakMB?: number;
}

/**
 * Runs the built `tenderlight` as a user would, in its own process, from the project root. `stdin` is
 * written and closed; a function gets the child's stdin to feed as it likes.
 */
export function runBin(
  args: string[],
  stdin: string | Uint8Array | ((s: NodeJS.WritableStream) => void) = '',
  opts: { cwd?: string } = {},
): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT });
    let stdout = '';
    let stderr = '';
    let peakMB: number | undefined;
    const status = `/proc/${child.pid}/status`;
    const sample = () => {
      try {
        const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(status, 'utf8'))?.[1];
        if (kb) peakMB = Math.max(peakMB ?? 0, Number(kb) / 1024);
      } catch {
        // the child has just exited
      }
    };
    const sampler = existsSync('/proc/self/status') ? setInterval(sample, 20) : undefined;
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    // The CLI may stop reading early (at its size limit); that is what some tests check.
    child.stdin.on('error', () => {});
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(sampler);
      done({ code, stdout, stderr, peakMB });
    });
    if (typeof stdin === 'function') stdin(child.stdin);
    else child.stdin.end(stdin);
  });
}

/** In-process streams for main(): what it wrote, and the stdin it reads. */
export function fakeIO(stdin: Uint8Array | string = '', tty: { stdout?: boolean; stderr?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: { write: (s: string) => out.push(s), isTTY: tty.stdout },
    stderr: { write: (s: string) => err.push(s), isTTY: tty.stderr },
    stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : Buffer.from(stdin)]),
    env: {},
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

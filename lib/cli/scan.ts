import type { ScanResult } from '../types';
import { parseArgs } from './args';
import { type InputDocument, InputError, readPath, readStdin, readUrl } from './read-input';

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if ('code' in args) {
    (args.stdout ? process.stdout : process.stderr).write(`${args.message}\n`);
    return args.code;
  }
  // Every input is read before any is analysed, so a bad one fails fast and nothing reaches stdout.
  const docs: InputDocument[] = [];
  let failed = false;
  for (const input of args.inputs) {
    try {
      docs.push(
        input === '-' ? await readStdin() : /^https?:\/\//i.test(input) ? await readUrl(input) : readPath(input),
      );
    } catch (e) {
      failed = true;
      process.stderr.write(`scan: ${e instanceof InputError ? e.message : `${input}: ${(e as Error).message}`}\n`);
    }
  }
  if (failed) return 1;
  // The analysis core loads compromise (over a second): only pay for it once there is something to scan.
  const { scanText } = await import('../scan');
  const results: ScanResult[] = docs.map((d) => scanText(d.source, d.text, d.blocks));
  let out: string;
  if (args.format === 'json') out = JSON.stringify(results, null, 2);
  else {
    const { markdownReport, tableReport } = await import('../report/markdown');
    out =
      args.format === 'md'
        ? results.map((r) => markdownReport(r)).join('\n\n---\n\n')
        : results.map((r) => tableReport(r)).join('\n\n');
  }
  process.stdout.write(`${out}\n`);
  return 0;
}

// A reader that stops early (`scan ... | head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`scan: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);

import { markdownReport, tableReport } from '../report/markdown';
import { scanText } from '../scan';
import type { ScanResult } from '../types';
import { type InputDocument, InputError, readPath, readStdin, readUrl } from './read-input';

const USAGE = `usage: npm run --silent scan -- [--format json|md|table] FILE_OR_URL... (use - for standard input)`;

export async function main(argv: string[]): Promise<number> {
  let format = 'json';
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format' || a === '-f') {
      format = argv[++i] ?? '';
    } else if (a.startsWith('--format=')) {
      format = a.slice('--format='.length);
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (a.startsWith('--')) {
      process.stderr.write(`scan: unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else inputs.push(a);
  }
  if (!['json', 'md', 'table'].includes(format)) {
    process.stderr.write(`scan: --format must be json, md or table (got '${format}')\n`);
    return 2;
  }
  if (!inputs.length) {
    process.stderr.write(`scan: no input given\n${USAGE}\n`);
    return 2;
  }
  const results: ScanResult[] = [];
  let failed = false;
  for (const input of inputs) {
    try {
      const doc: InputDocument =
        input === '-' ? await readStdin() : /^https?:\/\//i.test(input) ? await readUrl(input) : readPath(input);
      results.push(scanText(doc.source, doc.text, doc.blocks));
    } catch (e) {
      failed = true;
      process.stderr.write(`scan: ${e instanceof InputError ? e.message : `${input}: ${(e as Error).message}`}\n`);
    }
  }
  if (failed) return 1;
  if (format === 'json') process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else if (format === 'md') process.stdout.write(`${results.map((r) => markdownReport(r)).join('\n\n---\n\n')}\n`);
  else process.stdout.write(`${results.map(tableReport).join('\n\n')}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`scan: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);

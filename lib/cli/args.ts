/** Command-line arguments of `scan`, kept apart from the entry script so they can be tested in-process. */

export const USAGE = `usage: npm run --silent scan -- [--format json|md|table] FILE_OR_URL... (use - for standard input)`;
const FORMATS = ['json', 'md', 'table'];

/** Parsed command line, or the exit code and message of a usage error. */
export type Args = { format: string; inputs: string[] } | { code: number; message: string; stdout?: boolean };

export function parseArgs(argv: readonly string[]): Args {
  let format = 'json';
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format' || a === '-f') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('-'))
        return { code: 2, message: `scan: ${a} needs a value: json, md or table\n${USAGE}` };
      format = value;
    } else if (a.startsWith('--format=')) {
      format = a.slice('--format='.length);
    } else if (a === '--help' || a === '-h') {
      return { code: 0, message: USAGE, stdout: true };
    } else if (a === '--') {
      inputs.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') {
      return {
        code: 2,
        message: `scan: unknown option ${a} (a file whose name starts with '-' can be given as ./${a})\n${USAGE}`,
      };
    } else inputs.push(a);
  }
  if (!FORMATS.includes(format))
    return { code: 2, message: `scan: --format must be json, md or table (got '${format}')` };
  if (!inputs.length) return { code: 2, message: `scan: no input given\n${USAGE}` };
  if (inputs.filter((x) => x === '-').length > 1)
    return { code: 2, message: "scan: '-' (standard input) can be given only once" };
  return { format, inputs };
}

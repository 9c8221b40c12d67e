/** Command-line arguments of `tenderlight`, kept apart from the entry script so they can be tested in-process. */

export const FORMATS = ['json', 'md', 'table', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export const USAGE = `usage: tenderlight scan [--format json|md|table|csv] [--explain] [--password PASSWORD] FILE_OR_URL...   (- reads standard input)
       tenderlight --help | --version`;

export const HELP = `Tenderlight checks UK procurement texts (notices, invitations to tender, contract terms) for
Real Living Wage, social value, Freedom of Information and fair-work clauses.

${USAGE}

  FILE        text, HTML, PDF, Word (.docx, .doc), OpenDocument (.odt) or RTF, recognised by its
              content, not its name
  FOLDER      a tender pack: every such file directly in it, scanned one by one, and one verdict
              for the pack per check (strongest anywhere wins), naming the document and page that
              decide it; its JSON element adds "pack" (each file's statuses, or why it was not read)
              and "documents" (each file's own element)
  URL         an http(s):// page, fetched only because you named it
  -           standard input

options:
  -f, --format FORMAT   json (one array, element i for argument i), md (a readable report),
                        table (a terminal summary) or csv (one row per input and check, for a
                        spreadsheet; the document and page of each quote in "evidence_where").
                        Default: table on a terminal, json when piped.
  --password PASSWORD   the password that opens an encrypted PDF (used for every input; never printed).
                        Other users of this machine can see a command line: the TENDERLIGHT_PASSWORD
                        environment variable is the private way to give it
  --ocr                 read a scanned PDF (pages that are pictures, no text layer) with OCR, offline: the
                        English OCR engine ships with Tenderlight; a few seconds a page, at most 100 pages;
                        progress on stderr at a terminal. OCR can misread: check quotes against the original
  --explain             for each check, list the candidate sentences, the rules that fired on each and
                        how the verdict was reached (plain text; JSON with --format json)
  -h, --help            show this help
  -V, --version         show the version

Each input may be at most 50 MB; of a longer text than 5,000,000 characters, the start is checked and
the report says so. PDF and Word files are recognised by their content. A bad input is named on stderr with the reason and the others are
still reported; its JSON element is {"source": ..., "error": ...}.
exit status: 0 all inputs scanned, 1 some input (or a file in a folder) could not be scanned, 2 usage error.
Run through npm:  npm run --silent scan -- [--format ...] FILE_OR_URL...`;

/** Parsed command line, or what to print and the exit code (a usage error, --help, --version). */
export type Args =
  | { format: Format | undefined; inputs: string[]; explain?: boolean; password?: string; ocr?: boolean }
  | { code: number; message: string; stdout?: boolean; version?: boolean };

/** Parses the words after the program name; `scan` is the only command and may be left out. */
export function parseArgs(argv: readonly string[]): Args {
  let format: string | undefined;
  let explain = false;
  let ocr = false;
  let password: string | undefined;
  const inputs: string[] = [];
  const words = argv[0] === 'scan' ? argv.slice(1) : argv;
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    if (a === '--format' || a === '-f') {
      const value = words[++i];
      if (value === undefined || value.startsWith('-'))
        return { code: 2, message: `scan: ${a} needs a value: json, md or table\n${USAGE}` };
      format = value;
    } else if (a.startsWith('--format=')) {
      format = a.slice('--format='.length);
    } else if (a === '--password') {
      password = words[++i];
      if (password === undefined) return { code: 2, message: `scan: --password needs a value\n${USAGE}` };
    } else if (a.startsWith('--password=')) {
      password = a.slice('--password='.length);
    } else if (a === '--ocr') {
      ocr = true;
    } else if (a === '--explain') {
      explain = true;
    } else if (a === '--help' || a === '-h') {
      return { code: 0, message: HELP, stdout: true };
    } else if (a === '--version' || a === '-V') {
      return { code: 0, message: '', stdout: true, version: true };
    } else if (a === '--') {
      inputs.push(...words.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') {
      return {
        code: 2,
        message: `scan: unknown option ${a} (a file whose name starts with '-' can be given as ./${a})\n${USAGE}`,
      };
    } else inputs.push(a);
  }
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format))
    return { code: 2, message: `scan: --format must be json, md or table (got '${format}')` };
  if (!inputs.length) return { code: 2, message: `scan: no input given\n${USAGE}` };
  if (inputs.filter((x) => x === '-').length > 1)
    return { code: 2, message: "scan: '-' (standard input) can be given only once" };
  if (explain && format === 'md')
    return { code: 2, message: 'scan: --explain prints plain text, or JSON with --format json' };
  return {
    format: format as Format | undefined,
    inputs,
    ...(explain ? { explain } : {}),
    ...(password !== undefined ? { password } : {}),
    ...(ocr ? { ocr } : {}),
  };
}

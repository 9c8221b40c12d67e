import { version } from '../../package.json';
import { parseArgs } from './args';
import { explainInputs } from './explain';
import { type CliIO, internalReason, scan } from './scan';

/**
 * The whole command line: parses it, runs the command and turns anything unexpected into a plain
 * message. It never throws, so the bin and the tests see only an exit code.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const args = parseArgs(argv);
    if ('code' in args) {
      (args.stdout ? io.stdout : io.stderr).write(`${args.version ? `tenderlight ${version}` : args.message}\n`);
      return args.code;
    }
    // the password opens encrypted PDFs; it goes to the reader and nowhere else (never printed)
    const password = args.password ?? io.env?.TENDERLIGHT_PASSWORD;
    const read = {
      ...io.read,
      ...(password !== undefined ? { password } : {}),
      // --ocr: scanned PDFs are read by OCR, its progress shown on stderr
      ...(args.ocr ? { ocr: { progress: io.stderr } } : {}),
    };
    const run: CliIO = { ...io, read };
    if (args.explain) return await explainInputs(args.inputs, args.format === 'json' ? 'json' : 'text', run);
    return await scan(args.inputs, args.format, run);
  } catch (e) {
    io.stderr.write(`tenderlight: ${internalReason(e, io).replace(/^could not be scanned/, 'stopped')}\n`);
    return 1;
  }
}

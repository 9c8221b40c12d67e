/**
 * The `tenderlight` bin (built into dist/tenderlight.mjs by lib/cli/build.mjs): wires the real process
 * to main(). Whatever goes wrong, the user sees a plain line on stderr, never a stack trace.
 */
import { main } from './main';
import { internalReason } from './scan';

const plainFailure = (e: unknown) => {
  process.stderr.write(
    `tenderlight: ${internalReason(e, { stderr: process.stderr, env: process.env }).replace(/^could not be scanned/, 'stopped')}\n`,
  );
  process.exit(1);
};
process.on('uncaughtException', plainFailure);
process.on('unhandledRejection', plainFailure);

// A reader that stops early (`tenderlight scan ... | head`) is not an error; a full disk or a closed stream is the user's to fix.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`tenderlight: could not write the results (${e.code ?? 'write error'})\n`);
  process.exit(1);
});

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
}).then((code) => {
  process.exitCode = code;
}, plainFailure);

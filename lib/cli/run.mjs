/**
 * What `npm run scan` runs: rebuilds the CLI first if its sources changed since the last build (a check
 * of a few dozen file times), then runs the built file with the same arguments.
 */
import { ensureFresh } from './build.mjs';

try {
  await ensureFresh();
} catch (e) {
  process.stderr.write(`tenderlight: could not build the CLI from its sources (${e.message.split('\n')[0]})\n`);
  process.exit(1);
}
await import('../../dist/tenderlight.mjs');

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanText } from '../../lib/scan';
import { freshBuild, runBin } from './cli-process';

// The built CLI loads compromise only on the first sentence that needs parsing (lib/cli/build.mjs).
// These sentences need it: a verbless topic line (is it a heading?) and a duty whose subject names the
// authority (is "our suppliers" the authority?). The bin must judge them exactly as the library does.
const NEEDS_PARSING = [
  'Real Living Wage for care workers',
  'Our suppliers will pay the Real Living Wage to every worker on this contract.',
  'The Council will review Freedom of Information requests about this contract within 20 working days.',
  'Social value commitments in the delivery plan',
].join('\n');
const PATTERNS_ONLY = 'The Contractor shall pay the Real Living Wage to all staff.\n';

let dir: string;
beforeAll(async () => {
  await freshBuild();
  dir = mkdtempSync(join(tmpdir(), 'tenderlight-lazy-nlp-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI parses with compromise only when a sentence needs it', () => {
  it.each([
    ['sentences that need parsing', NEEDS_PARSING],
    ['a sentence patterns alone decide', PATTERNS_ONLY],
  ])('%s: the bin gives the library’s result', async (_name, text) => {
    const file = join(dir, `${_name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, text);
    const run = await runBin(['scan', '--format', 'json', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([scanText(file, text)]);
  });
});

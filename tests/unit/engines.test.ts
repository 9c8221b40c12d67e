import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// npm ci warns EBADENGINE for every installed package whose engines.node the running Node does not satisfy;
// this reads the same fields from the lock, so a dependency bump that needs a newer Node fails here first.
const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));

/** The oldest Node each line of our engines range admits, e.g. 20.19.0 and 22.12.0. */
function floors(range: string): string[] {
  return range.split('||').map((part) => semver.minVersion(part.trim())!.version);
}

function needsNewer(node: string): string[] {
  const out: string[] = [];
  for (const [path, entry] of Object.entries<{ version?: string; engines?: { node?: string } | string[] }>(
    lock.packages,
  )) {
    const range = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
    if (path && range && !semver.satisfies(node, range, { includePrerelease: true }))
      out.push(`${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${range}`);
  }
  return out;
}

describe('engines', () => {
  it('the supported Node range, the .nvmrc and the running Node agree', () => {
    expect(pkg.engines.node).toBe('^20.19.0 || >=22.12.0');
    const nvmrc = readFileSync(join(root, '.nvmrc'), 'utf8').trim();
    expect(semver.satisfies(`${nvmrc}.19.0`, pkg.engines.node)).toBe(true);
  });

  it('no locked package asks for a newer Node than the oldest Node 20 we support (npm ci would warn EBADENGINE)', () => {
    const [oldest20] = floors(pkg.engines.node);
    expect(oldest20).toBe('20.19.0');
    expect(needsNewer(oldest20!)).toEqual([]);
  });

  it('nor a newer Node than the one running the tests', () => {
    expect(needsNewer(process.version)).toEqual([]);
  });
});

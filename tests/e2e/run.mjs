// Builds both extension targets, then runs every tests/e2e/*.spec.mjs with node's test runner.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

const skipBuild = process.argv.includes('--no-build');
if (!skipBuild) {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
}
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const specs = readdirSync(join(ROOT, 'tests/e2e'))
  .filter((f) => f.endsWith('.spec.mjs'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .map((f) => join('tests/e2e', f));
execFileSync(process.execPath, ['--test', '--test-concurrency=1', ...specs], { cwd: ROOT, stdio: 'inherit' });

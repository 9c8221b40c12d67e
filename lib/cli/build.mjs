/**
 * Builds the `tenderlight` CLI ahead of time into one ESM file (dist/tenderlight.mjs), so a scan starts
 * as fast as node loading compromise rather than paying for TypeScript compilation on every run.
 *
 *   node lib/cli/build.mjs             build now
 *   node lib/cli/build.mjs --if-stale  build only if a source file (or this script) is newer than the build
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUTFILE = join(ROOT, 'dist/tenderlight.mjs');
const INPUTS = join(ROOT, 'dist/tenderlight.inputs.json');
// Not imported by the bundle, but they change what it does.
const ALWAYS = ['lib/cli/build.mjs', 'package.json', 'package-lock.json'];

const mtime = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};

/** True when there is no build, or any file that went into it (per the last build's record) is newer. */
export function isStale() {
  const built = mtime(OUTFILE);
  if (!Number.isFinite(built)) return true;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
  } catch {
    return true;
  }
  return [...ALWAYS, ...inputs].some((f) => mtime(join(ROOT, f)) > built);
}

/**
 * compromise's start-up (expanding its lexicon) costs more CPU than the rest of a small scan, and most
 * sentences are judged by patterns alone. In the CLI bundle the analysis imports a stand-in that loads the
 * same bundled compromise on its first parse; a scan that never parses never pays for it. The extension
 * and the tests import compromise directly.
 */
const LAZY_COMPROMISE = 'tenderlight:lazy-compromise';
const lazyCompromise = {
  name: 'lazy-compromise',
  setup(build) {
    build.onResolve({ filter: /^compromise$/ }, (args) => {
      if (args.pluginData?.real) return undefined;
      if (args.namespace !== LAZY_COMPROMISE) return { path: 'compromise', namespace: LAZY_COMPROMISE };
      // the ES module build the extension and the tests use, not the package's separate CommonJS build
      return build.resolve('compromise', { kind: 'import-statement', resolveDir: ROOT, pluginData: { real: true } });
    });
    build.onLoad({ filter: /.*/, namespace: LAZY_COMPROMISE }, () => ({
      resolveDir: ROOT,
      // esbuild turns this require of an ES module into a deferred initialisation of the bundled copy
      contents:
        "let real;\nexport default function nlp(...args) {\n  real ??= require('compromise').default;\n  return real(...args);\n}\n",
    }));
  },
};

export async function buildCli() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['lib/cli/tenderlight.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    outfile: OUTFILE,
    logLevel: 'warning',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [lazyCompromise],
    // Document readers stay in node_modules, loaded only when a PDF or Word file is scanned: pdf.js loads
    // its worker and optional canvas by path at run time, which a bundle cannot follow.
    // tesseract.js (--ocr) starts its worker script and reads its English data by path in the same way.
    external: ['pdfjs-dist', 'pdfjs-dist/*', 'mammoth', 'canvas', '@napi-rs/canvas', 'tesseract.js', 'linkedom'],
  });
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  // Written beside and renamed into place: a test or scan running meanwhile never reads half a file.
  const tmp = `${OUTFILE}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  chmodSync(tmp, 0o755);
  // files only: the lazy stand-in is a virtual module ("namespace:path") with no file time to compare
  const inputs = Object.keys(result.metafile.inputs).filter(
    (f) => !f.startsWith('node_modules/') && !f.startsWith(`${LAZY_COMPROMISE}:`),
  );
  writeFileSync(`${INPUTS}.${process.pid}.tmp`, JSON.stringify(inputs));
  renameSync(`${INPUTS}.${process.pid}.tmp`, INPUTS);
  renameSync(tmp, OUTFILE);
  return relative(process.cwd(), OUTFILE);
}

/** Builds if stale; returns whether it built. */
export async function ensureFresh() {
  if (!isStale()) return false;
  await buildCli();
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ifStale = process.argv.includes('--if-stale');
  try {
    if (!ifStale || isStale()) console.error(`built ${await buildCli()}`);
  } catch (e) {
    console.error(`could not build the tenderlight CLI: ${e.message}`);
    process.exitCode = 1;
  }
}

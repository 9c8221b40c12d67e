/**
 * Speed and memory benchmark (DESIGN.md §3). Every figure is printed next to a reference measured in
 * the same run, because the machine is shared and absolute times drift; budgets are judged as ratios.
 *
 *   npm run bench            (re-runs itself with --expose-gc so heap figures are after collection)
 *   npm run bench -- --quick (skips the 8-second full parse of 200k words; its budget is then not judged)
 *   npm run bench -- --document-pages=1000 (the documents section reads a PDF of that many pages, not 300)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { AnalysisSession, analyseText } from '../../lib/analysis/analyse';
import { CHECKS } from '../../lib/checks/registry';
import { OUTFILE as CLI_BIN, ensureFresh } from '../../lib/cli/build.mjs';
import { detectProfile } from '../../lib/profile/profile';
import { blocksFromText, sentencesOf, type TextBlock } from '../../lib/text/segment';
import { benchDocuments } from './documents-bench';
import { paragraph, procurementText, rng } from './procurement-text';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  // Heap growth is only meaningful after a forced collection, which needs the flag at start-up.
  const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  process.exit(child.status ?? 1);
}

const QUICK = process.argv.includes('--quick');
const MB = 1024 * 1024;
// CPU time of this process, not wall time: other engineers' jobs on the shared cores stretch wall time several-fold.
const now = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** DESIGN.md §3: nlp(text) of 10k words on this machine when quiet; the 16 ms budget was set at that speed. */
const DESIGN_NLP_10K_MS = 439;
const wallStart = performance.now();

function time<T>(f: () => T): { ms: number; value: T } {
  const t0 = now();
  const value = f();
  return { ms: now() - t0, value };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function heapAfterGc(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)).padStart(7);
const ratio = (x: number) => `${x.toFixed(4)}×`;

/** The cheapest possible whole-text pass: one regex of a few topic words (DESIGN.md's lower bound). */
const LOWER_BOUND = /\b(?:living wage|freedom of information|social value|TUPE|zero[- ]hours|apprentice\w*)\b/gi;
function regexPass(text: string): number {
  let n = 0;
  LOWER_BOUND.lastIndex = 0;
  while (LOWER_BOUND.exec(text)) n++;
  return n;
}

function candidateShare(text: string): { sentences: number; candidates: number } {
  let sentences = 0;
  let candidates = 0;
  for (const b of blocksFromText(text)) {
    for (const s of sentencesOf(b)) {
      sentences++;
      if (CHECKS.some((c) => c.cues.some((q) => q.test(s.text)))) candidates++;
    }
  }
  return { sentences, candidates };
}

interface Verdict {
  name: string;
  figure: string;
  pass: boolean | undefined;
}
const verdicts: Verdict[] = [];
function budget(name: string, figure: string, pass: boolean | undefined) {
  verdicts.push({ name, figure, pass });
}

// Loading compromise's lexicon and JIT-compiling the checks' regexes are one-off costs, not per document.
nlp('The Contractor shall pay the Real Living Wage to all staff.').json();
analyseText(procurementText(2000, 1));

const t10 = procurementText(10_000, 101);
const t200 = procurementText(200_000, 201);
const share = candidateShare(t10);
console.log(
  'Tenderlight bench (Node %s, %s); times are CPU ms of this process',
  process.versions.node,
  new Date().toISOString(),
);
console.log(
  'text: generated procurement clauses; 10k sample = %d words, %d sentences, %s candidates (%d)',
  words(t10),
  share.sentences,
  `${((share.candidates / share.sentences) * 100).toFixed(1)}%`,
  share.candidates,
);
console.log('');

// ── 1. Memory at 200k words, first, so no earlier run's garbage or caches blur it.
const h0 = heapAfterGc();
const session200 = new AnalysisSession();
const blocks200 = blocksFromText(t200);
const cold200 = time(() => session200.update(t200, blocks200));
const hPeak = process.memoryUsage().heapUsed;
const h1 = heapAfterGc();
const analysisHeapMB = (h1 - h0) / MB;

// ── 2. Whole-document analysis vs compromise's full parse, 10k words, 5 texts (fresh seeds defeat caches).
const rows10: { analyse: number; parse: number; regex: number }[] = [];
for (let i = 0; i < 5; i++) {
  const text = procurementText(10_000, 1000 + i);
  const regex = time(() => regexPass(text)).ms;
  const analyse = time(() => analyseText(text)).ms;
  const parse = time(() => nlp(text)).ms;
  rows10.push({ analyse, parse, regex });
}
const ratios10 = rows10.map((r) => r.analyse / r.parse);
console.log('whole document, 10k words (5 texts)        analyse    nlp(text)   regex     analyse/nlp');
for (const r of rows10)
  console.log(
    `                                          ${fmt(r.analyse)} ms ${fmt(r.parse)} ms ${fmt(r.regex)} ms   ${ratio(r.analyse / r.parse)}`,
  );
const med10 = median(ratios10);
console.log(
  `  median ratio ${ratio(med10)} (spread ${ratio(Math.min(...ratios10))}–${ratio(Math.max(...ratios10))}); analyse is ${(median(rows10.map((r) => r.analyse)) / median(rows10.map((r) => r.regex))).toFixed(0)}× the plain regex pass`,
);
budget('analyse 10k words ≤ 0.1× nlp(text)', ratio(med10), med10 <= 0.1);
const nlp10 = median(rows10.map((r) => r.parse));
const slowdown = Math.max(1, nlp10 / DESIGN_NLP_10K_MS);
console.log(
  `  machine speed: nlp(10k words) ${nlp10.toFixed(0)} ms here vs ${DESIGN_NLP_10K_MS} ms in DESIGN §3 → absolute budgets scaled by ${slowdown.toFixed(2)}`,
);

// ── 3. 200k words: analysis of 3 fresh texts, then the full parse once (about 8 s, 330 MB).
const analyse200: number[] = [cold200.ms];
for (let i = 0; i < 2; i++) {
  const text = procurementText(200_000, 2000 + i);
  analyse200.push(time(() => analyseText(text)).ms);
}
const regex200 = median([0, 1, 2].map(() => time(() => regexPass(t200)).ms));
console.log('');
console.log(
  `whole document, 200k words (${words(t200)}): analyse ${analyse200.map((x) => `${x.toFixed(0)} ms`).join(', ')} (median ${median(analyse200).toFixed(0)} ms; first run is the cold one); regex pass ${regex200.toFixed(2)} ms`,
);
let parse200: number | undefined;
let parseHeapMB: number | undefined;
if (!QUICK) {
  const p0 = heapAfterGc();
  const parsed = time(() => nlp(t200));
  const p1 = heapAfterGc();
  parse200 = parsed.ms;
  parseHeapMB = (p1 - p0) / MB;
  // Keeps the parsed document reachable until its heap has been read.
  if (!parsed.value.found) console.log('(empty parse)');
  const r = median(analyse200) / parse200;
  console.log(`  nlp(text) ${parse200.toFixed(0)} ms, holding ${parseHeapMB.toFixed(0)} MB; analyse/nlp = ${ratio(r)}`);
  budget('analyse 200k words ≤ 0.1× nlp(text)', ratio(r), r <= 0.1);
} else {
  budget('analyse 200k words ≤ 0.1× nlp(text)', 'skipped (--quick)', undefined);
}

// ── 4. Heap held by the analysis of 200k words (session cache + findings), after GC.
console.log('');
console.log(
  `heap growth, 200k words: analysis ${analysisHeapMB.toFixed(1)} MB${parseHeapMB === undefined ? '' : ` vs nlp(text) ${parseHeapMB.toFixed(0)} MB (${ratio(analysisHeapMB / parseHeapMB)})`}; budget 100 MB (${ratio(analysisHeapMB / 100)} of it); ${((hPeak - h0) / MB).toFixed(0)} MB allocated before collection`,
);
budget('heap growth at 200k words ≤ 100 MB', `${analysisHeapMB.toFixed(1)} MB`, analysisHeapMB <= 100);
if (!cold200.value.findings.length) throw new Error('the 200k-word analysis found nothing: the bench text is wrong');

// ── 5. One edited paragraph re-checked through the session, in a 10k and a 200k document.
function editRun(
  text: string,
  session: AnalysisSession,
  blocks: TextBlock[],
  edits: number,
  seed: number,
): { total: number[]; update: number[]; nlpPara: number[]; paraWords: number[]; profile: number[] } {
  const r = rng(seed);
  const total: number[] = [];
  const update: number[] = [];
  const nlpPara: number[] = [];
  const profile: number[] = [];
  const paraWords: number[] = [];
  let current = text;
  let currentBlocks = blocks;
  const numbered = currentBlocks.filter((b) => /^\d+\.\d+ /.test(b.text));
  for (let i = 0; i < edits; i++) {
    // The user rewrites one clause: a new paragraph (with a topic sentence) of a typical length.
    const target = numbered[Math.floor(r() * numbered.length)]!;
    const live = currentBlocks.find((b) => b.id === target.id)!;
    const para = `${live.text.split(' ')[0]} ${paragraph(r, {}, true)}`;
    // the text as the analyser receives it, copied out of a message or joined by the extractor: one flat string,
    // not this bench's own concatenation, which the first regex would copy flat inside the timed window
    const next = structuredClone(current.slice(0, live.start) + para + current.slice(live.end));
    const t0 = now();
    const nextBlocks = blocksFromText(next);
    const t1 = now();
    session.update(next, nextBlocks);
    const t2 = now();
    total.push(t2 - t0);
    update.push(t2 - t1);
    nlpPara.push(time(() => nlp(para)).ms);
    // Outside the timed window: how much of the re-check is whole-text profile detection.
    profile.push(time(() => detectProfile(next)).ms);
    paraWords.push(words(para));
    current = next;
    currentBlocks = nextBlocks;
  }
  return { total, update, nlpPara, paraWords, profile };
}

console.log('');
console.log('one edited paragraph (re-segment + AnalysisSession.update), 15 edits each:');
const s10 = new AnalysisSession();
const b10 = blocksFromText(t10);
s10.update(t10, b10);
for (const [label, run] of [
  ['10k words ', editRun(t10, s10, b10, 15, 7)],
  ['200k words', editRun(t200, session200, blocks200, 15, 8)],
] as const) {
  const med = median(run.total);
  const p90 = [...run.total].sort((a, b) => a - b)[Math.floor(run.total.length * 0.9)]!;
  const nlpMed = median(run.nlpPara);
  console.log(
    `  ${label}: median ${med.toFixed(2)} ms, p90 ${p90.toFixed(2)} ms, max ${Math.max(...run.total).toFixed(2)} ms ` +
      `(update alone ${median(run.update).toFixed(2)} ms; detectProfile alone ${median(run.profile).toFixed(2)} ms)\n` +
      `              ratio to the 16 ms budget ${ratio(med / 16)}; to nlp(the ~${median(run.paraWords)}-word paragraph) = ${nlpMed.toFixed(2)} ms: ${ratio(med / nlpMed)}`,
  );
  const scaled = med / slowdown;
  budget(
    `edited paragraph re-checked ≤ 16 ms (${label.trim()}, median, at DESIGN §3 machine speed)`,
    `${med.toFixed(2)} ms measured, ${scaled.toFixed(2)} ms scaled (${ratio(scaled / 16)} of budget)`,
    scaled <= 16,
  );
}

// ── 6. Documents: a 300-page PDF read and analysed vs pdf.js's own extraction (tests/bench/documents-bench.ts).
const pagesArg = process.argv.find((a) => a.startsWith('--document-pages='));
await benchDocuments(budget, heapAfterGc, pagesArg ? Number(pagesArg.split('=')[1]) : 300);

// ── 7. The built CLI as a whole process (start-up, then a 200k-word document), against compromise measured
// in this same run: children's CPU time is read by a tiny --import hook, the same for both sides.
await ensureFresh();
const cliDir = mkdtempSync(join(tmpdir(), 'tenderlight-bench-'));
const hook = join(cliDir, 'cpu-hook.mjs');
writeFileSync(
  hook,
  "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.cpuUsage(); writeFileSync(process.env.TL_CPU_OUT, String((u.user + u.system) / 1000)); });\n",
);
/** CPU and wall milliseconds of one child node process (run from the project root, where compromise resolves). */
function child(args: string[]): { cpu: number; wall: number } {
  const out = join(cliDir, 'cpu');
  rmSync(out, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, ...args], {
    env: { ...process.env, TL_CPU_OUT: out },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const wall = performance.now() - t0;
  // a reference that failed (say, compromise not found) would make any ratio look good
  if (r.status !== 0) throw new Error(`bench: ${args.join(' ')} exited ${r.status}`);
  return { cpu: Number(readFileSync(out, 'utf8')), wall };
}
const oneLine = join(cliDir, 'one-clause.txt');
writeFileSync(oneLine, 'The Contractor shall pay the Real Living Wage to all staff.\n');
const doc200 = join(cliDir, 'document-200k.txt');
writeFileSync(doc200, t200);
const starts: { cli: { cpu: number; wall: number }; bare: { cpu: number; wall: number } }[] = [];
// Interleaved, so a burst of load from other jobs falls on both sides.
for (let i = 0; i < 7; i++)
  starts.push({
    cli: child([CLI_BIN, 'scan', '--format', 'json', oneLine]),
    bare: child(['-e', "import('compromise')"]),
  });
const startCpu = median(starts.map((s) => s.cli.cpu / s.bare.cpu));
const startWall = median(starts.map((s) => s.cli.wall / s.bare.wall));
console.log('');
console.log(
  `CLI start-up (7 interleaved runs): tenderlight scan of a one-line file ${median(starts.map((s) => s.cli.cpu)).toFixed(0)} ms CPU vs node importing compromise ${median(starts.map((s) => s.bare.cpu)).toFixed(0)} ms: ${ratio(startCpu)} (wall ${ratio(startWall)})`,
);
budget('CLI start-up ≤ 1.5× node importing compromise (CPU)', ratio(startCpu), startCpu <= 1.5);
// Each scan is paired with a full parse in this process right after it, and the ratio taken per pair, so
// a burst of load from other jobs falls on both sides of one ratio; the median of the pairs is judged.
const PAIRS = QUICK ? 3 : 5;
const scans200: { cpu: number; wall: number }[] = [];
const parses200: number[] = [];
for (let i = 0; i < PAIRS; i++) {
  scans200.push(child([CLI_BIN, 'scan', '--format', 'json', doc200]));
  if (!QUICK) {
    const parsed = time(() => nlp(t200));
    if (!parsed.value.found) console.log('(empty parse)');
    parses200.push(parsed.ms);
  }
}
const scan200 = median(scans200.map((s) => s.cpu));
if (parses200.length) {
  const pairRatios = scans200.map((s, i) => s.cpu / parses200[i]!);
  const r = median(pairRatios);
  console.log(
    `CLI scan of the 200k-word document as a whole process, ${PAIRS} runs each paired with nlp(text) right after it:\n` +
      `  scan ${scans200.map((s) => `${s.cpu.toFixed(0)}`).join(', ')} ms CPU (median ${scan200.toFixed(0)} ms, wall ${median(scans200.map((s) => s.wall)).toFixed(0)} ms); ` +
      `nlp(text) ${parses200.map((x) => x.toFixed(0)).join(', ')} ms\n` +
      `  ratio per pair ${pairRatios.map((x) => x.toFixed(3)).join(', ')}: median ${ratio(r)} (spread ${ratio(Math.min(...pairRatios))}–${ratio(Math.max(...pairRatios))})`,
  );
  budget('CLI scan of 200k words, whole process ≤ 0.15× nlp(text)', ratio(r), r <= 0.15);
} else {
  console.log(`CLI scan of the 200k-word document as a whole process: median ${scan200.toFixed(0)} ms CPU`);
  budget('CLI scan of 200k words, whole process ≤ 0.15× nlp(text)', 'skipped (--quick)', undefined);
}
rmSync(cliDir, { recursive: true, force: true });

console.log('');
for (const v of verdicts)
  console.log(`${v.pass === undefined ? 'SKIP' : v.pass ? 'PASS' : 'FAIL'}  ${v.name}: ${v.figure}`);
const failed = verdicts.some((v) => v.pass === false);
console.log(
  `${failed ? 'bench: a budget was missed' : 'bench: all budgets met'} (wall time ${((performance.now() - wallStart) / 1000).toFixed(0)} s)`,
);
process.exitCode = failed ? 1 : 0;

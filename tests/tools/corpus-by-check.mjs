#!/usr/bin/env node
// Developer aid: per-check evidence precision on a labelled corpus, and every wrong status or stray
// evidence string, so a rule change can be judged check by check. Usage:
//   node tests/tools/corpus-by-check.mjs [--corpus DIR] [CHECK_ID...]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const ci = args.indexOf('--corpus');
const corpus = resolve(ci >= 0 ? args[ci + 1] : '../shared/corpus/dev');
const only = args.filter((a, i) => !a.startsWith('--') && (ci < 0 || i !== ci + 1));
const labels = JSON.parse(readFileSync(join(corpus, 'labels.json'), 'utf8'));
const files = labels.map((l) => join(corpus, l.file));
const out = execFileSync('node', ['lib/cli/run.mjs', 'scan', '--format', 'json', ...files], {
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
const results = JSON.parse(out);
const norm = (s) => String(s).toLowerCase().replace(/\s+/g, ' ').trim();
const overlaps = (a, b) => {
  const x = norm(a);
  const y = norm(b);
  if (x.includes(y) || y.includes(x)) return true;
  const short = x.length < y.length ? x : y;
  const long = x.length < y.length ? y : x;
  const need = Math.min(40, Math.floor(short.length / 2));
  for (let i = 0; i + need <= short.length; i += 5) if (long.includes(short.slice(i, i + need))) return true;
  return false;
};
const per = {};
labels.forEach((label, i) => {
  for (const [id, gold] of Object.entries(label.checks)) {
    if (only.length && !only.includes(id)) continue;
    const got = results[i].checks.find((c) => c.id === id);
    per[id] ??= { hit: 0, pred: 0, lines: [] };
    if (gold.status === 'n/a') continue;
    if (got.status !== gold.status)
      per[id].lines.push(
        `${label.file} status gold ${gold.status} got ${got.status}${got.evidence[0] ? ` — "${got.evidence[0].text.slice(0, 120)}" (${got.evidence[0].why})` : ''}`,
      );
    for (const e of got.evidence) {
      per[id].pred++;
      if (gold.status !== 'missing' && gold.evidence.some((g) => overlaps(e.text, g))) per[id].hit++;
      else per[id].lines.push(`${label.file} stray evidence (${e.strength}): "${e.text.slice(0, 140)}"`);
    }
  }
});
for (const [id, p] of Object.entries(per)) {
  console.log(`${id}: evidence precision ${p.pred ? (p.hit / p.pred).toFixed(2) : '-'} (${p.hit}/${p.pred})`);
  for (const l of p.lines) console.log(`  ${l}`);
}

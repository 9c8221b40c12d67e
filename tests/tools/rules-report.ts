/**
 * The rules report: runs every cue, false friend, weak/strong marker and verdict reason (each branch of a
 * check's assess() and of the general strength rules gives its own reason) over the readable corpora and
 * prints which texts each one fires on and which verdicts it decides. A rule that decides a single text is
 * a memorised answer: generalise it or delete it. The sealed validation set is never read.
 *
 *   npm run rules -- --report [--check ID] [--corpus dev,notices,long,docs] [--json]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnalysisSession } from '../../lib/analysis/analyse';
import { rulesFiredOn } from '../../lib/analysis/explain';
import { CHECKS } from '../../lib/checks/registry';
import { blocksFromText, sentencesOf } from '../../lib/text/segment';
import type { CheckId, Status } from '../../lib/types';

const here = dirname(fileURLToPath(import.meta.url));
const SHARED = join(here, '..', '..', '..', 'shared', 'corpus');
const READABLE = ['dev', 'notices', 'long', 'docs'];

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!args.includes('--report')) {
  console.error('usage: npm run rules -- --report [--check ID] [--corpus dev,notices,long,docs] [--json]');
  process.exit(2);
}
const corpora = (opt('--corpus') ?? READABLE.join(',')).split(',').filter((c) => READABLE.includes(c));
const onlyCheck = opt('--check');

interface Label {
  file: string;
  checks: Record<string, { status: Status }>;
}

/** Per rule: the texts it fires on (any candidate sentence) and the texts whose verdict it decides. */
interface RuleUse {
  fires: Set<string>;
  decides: Map<string, boolean>;
}
const uses = new Map<string, RuleUse>();
const use = (check: CheckId, rule: string) => {
  const key = `${check}\t${rule}`;
  let u = uses.get(key);
  if (!u) {
    u = { fires: new Set(), decides: new Map() };
    uses.set(key, u);
  }
  return u;
};

/** A rule's name without what is particular to one sentence (the quoted binding words, the holder). */
const ruleName = (r: string) => r.replace(/^binding words: “[^”]*”/, 'binding words');

for (const corpus of corpora) {
  const dir = join(SHARED, corpus);
  const labels: Label[] = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  for (const label of labels) {
    const doc = `${corpus}/${label.file.replace(/\.txt$/, '')}`;
    const text = readFileSync(join(dir, label.file), 'utf8');
    const blocks = blocksFromText(text);
    const session = new AnalysisSession({});
    const { findings } = session.update(text, blocks);
    const sentences = blocks.flatMap((b) => sentencesOf(b));
    for (const check of CHECKS) {
      if (onlyCheck && check.id !== onlyCheck) continue;
      const finding = findings.find((f) => f.id === check.id)!;
      const gold = label.checks[check.id]?.status;
      const right = gold === finding.status;
      const quoted = new Set(finding.evidence.map((e) => e.start));
      for (const s of sentences) {
        const fired = rulesFiredOn(check.id, s.text);
        if (!fired.some((r) => r.startsWith('topic cue') || r.startsWith('false friend'))) continue;
        const deciding = quoted.has(s.start) && finding.status !== 'n/a';
        const passage = session.lastPassages.find((p) => p.checkId === check.id && p.evidence.start === s.start);
        const names = fired.map(ruleName);
        if (passage) names.push(`verdict: ${passage.evidence.strength} — ${passage.evidence.why}`);
        for (const r of names) {
          const u = use(check.id, r);
          u.fires.add(doc);
          if (deciding) u.decides.set(doc, right);
        }
      }
    }
  }
}

/** Every reason a check or the general rules can give, read from the source: reasons never seen are listed too. */
function declaredReasons(): Map<CheckId | '*', string[]> {
  const out = new Map<CheckId | '*', string[]>();
  const read = (file: string) => readFileSync(join(here, '..', '..', 'lib', file), 'utf8');
  const reasons = (src: string) =>
    [...src.matchAll(/why:\s*(?:'([^']+)'|"([^"]+)")/g)].map((m) => (m[1] ?? m[2])!.replace(/\\'/g, "'"));
  out.set('*', reasons(read('analysis/strength.ts')));
  for (const c of CHECKS) {
    const ff = new Set(c.falseFriends.filter((f) => f.effect === 'ignore').map((f) => f.why));
    out.set(
      c.id,
      reasons(read(`checks/${c.id}.ts`)).filter((w) => !ff.has(w)),
    );
  }
  return out;
}

const rows = [...uses.entries()].map(([key, u]) => {
  const [check, rule] = key.split('\t') as [CheckId, string];
  const decided = [...u.decides.entries()];
  return { check, rule, fires: [...u.fires].sort(), decides: decided.map(([d, ok]) => `${d}${ok ? '' : ' ✗'}`) };
});

if (args.includes('--json')) {
  console.log(JSON.stringify(rows, null, 1));
  process.exit(0);
}

for (const check of CHECKS) {
  if (onlyCheck && check.id !== onlyCheck) continue;
  const mine = rows.filter((r) => r.check === check.id).sort((a, b) => b.decides.length - a.decides.length);
  console.log(`\n## ${check.id}`);
  for (const r of mine) {
    const decided = r.decides.length ? ` · decides ${r.decides.length}: ${r.decides.join(', ')}` : '';
    console.log(`  ${r.rule}\n    fires on ${r.fires.length}${decided}`);
  }
  const seen = new Set(mine.map((r) => r.rule));
  const silent = check.cues.map((c) => `topic cue ${c.source}`).filter((c) => !seen.has(c));
  const silentFf = check.falseFriends.filter((f) => ![...seen].some((s) => s.endsWith(f.name))).map((f) => f.name);
  if (silent.length) console.log(`  never fires (cues): ${silent.join(' | ')}`);
  if (silentFf.length) console.log(`  never fires (false friends): ${silentFf.join(' | ')}`);
}

const declared = declaredReasons();
const general = new Set(declared.get('*'));
/** A check's own cue, marker, false friend or assess() reason: the rules that can memorise a text. */
const checkSpecific = (rule: string) =>
  /^(?:topic cue|weak marker|strong marker|false friend)/.test(rule) ||
  (rule.startsWith('verdict:') && !general.has(rule.replace(/^verdict: \w+ — /, '')) && !/lead-in/.test(rule));
const single = rows.filter((r) => r.decides.length === 1 && r.fires.length === 1 && checkSpecific(r.rule));
const wrong = rows.filter((r) => r.decides.length && r.decides.every((d) => d.endsWith('✗')));
const seenWhy = new Set(
  rows.filter((r) => r.rule.startsWith('verdict:')).map((r) => r.rule.replace(/^verdict: \w+ — /, '')),
);
const unseen = [...declared.entries()].flatMap(([c, ws]) => ws.filter((w) => !seenWhy.has(w)).map((w) => `${c}: ${w}`));
console.log('\n## Summary');
console.log(`texts: ${corpora.join(', ')} · rules seen: ${rows.length}`);
console.log(`check-specific rules that fire on and decide one text only (memorised answers?): ${single.length}`);
for (const r of single) console.log(`  ${r.check} · ${r.rule} → ${r.decides[0]}`);
console.log(`rules whose every decision is wrong: ${wrong.length}`);
for (const r of wrong) console.log(`  ${r.check} · ${r.rule} → ${r.decides.join(', ')}`);
console.log(`declared reasons never given on these texts: ${unseen.length}`);
for (const u of unseen) console.log(`  ${u}`);

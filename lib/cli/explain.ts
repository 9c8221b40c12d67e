import type { Explanation } from '../analysis/explain';
import { InputError } from './read-input';
import { type CliIO, internalReason, readInput, sourceName } from './scan';

/** One input's explanations (of its first MAX_CHECKED_CHARS, as a scan checks), or why it could not be read. */
type Explained =
  | { source: string; checks: Explanation[]; truncated?: { checkedChars: number; totalChars: number } }
  | { source: string; error: string };

/**
 * `scan --explain`: for every check, the candidate sentences, the rules that fired on each and how the
 * verdict was reached — for people who must be able to trust (or challenge) a verdict.
 */
export async function explainInputs(inputs: readonly string[], format: 'text' | 'json', io: CliIO): Promise<number> {
  const out: Explained[] = [];
  for (const input of inputs) {
    try {
      const doc = await readInput(input, io);
      const [{ explainChecks }, { CHECK_IDS }, { cutPoint, MAX_CHECKED_CHARS }] = await Promise.all([
        import('../analysis/explain'),
        import('../types'),
        import('../scan'),
      ]);
      // the same part of the text a scan checks, so the explanation is of the verdicts a scan gives
      const cut = doc.text.length > MAX_CHECKED_CHARS ? cutPoint(doc.text, MAX_CHECKED_CHARS) : doc.text.length;
      out.push({
        source: input,
        checks: explainChecks(doc.text.slice(0, cut), CHECK_IDS),
        ...(cut < doc.text.length ? { truncated: { checkedChars: cut, totalChars: doc.text.length } } : {}),
      });
    } catch (e) {
      const reason = e instanceof InputError ? e.message : internalReason(e, io);
      out.push({ source: input, error: reason });
      io.stderr.write(`scan: ${sourceName(input)}: ${reason}\n`);
    }
  }
  io.stdout.write(`${format === 'json' ? JSON.stringify(out, null, 2) : out.map(explainedText).join('\n\n')}\n`);
  return out.some((r) => 'error' in r) ? 1 : 0;
}

const STATUS_WORDS = { strong: 'Strong', weak: 'Weak', missing: 'Missing', 'n/a': 'Not applicable' } as const;
const STRENGTH_WORDS = { strong: 'strong', weak: 'weak' } as const;

/** The explanation as a person reads it: each check, its verdict, its candidate sentences and the rules. */
export function explainedText(r: Explained): string {
  const lines = [`Why these verdicts: ${sourceName(r.source)}`];
  if ('error' in r) return `${lines[0]}\n  not scanned: ${r.error}`;
  if (r.truncated)
    lines.push(
      `  Only the first ${r.truncated.checkedChars.toLocaleString('en-GB')} of ${r.truncated.totalChars.toLocaleString('en-GB')} characters were checked, as in a scan.`,
    );
  for (const c of r.checks) {
    lines.push('', `${c.title}: ${STATUS_WORDS[c.status]}${c.confidence ? ` (${c.confidence} confidence)` : ''}`);
    for (const step of c.reasoning) lines.push(`  ${step}`);
    for (const s of c.candidates) {
      const verdict = s.verdict
        ? `${STRENGTH_WORDS[s.verdict.strength]}${s.quoted ? ', quoted' : ''}: ${s.verdict.why}`
        : 'not about this check';
      lines.push(`  • “${s.text.length > 200 ? `${s.text.slice(0, 199)}…` : s.text}”`, `      ${verdict}`);
      for (const rule of s.rules) lines.push(`      - ${rule}`);
    }
    if (c.unlisted) lines.push(`  … and ${c.unlisted.toLocaleString('en-GB')} more candidate sentence(s), not listed`);
  }
  return lines.join('\n');
}

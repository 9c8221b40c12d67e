import { analyseText } from './lib/analysis/analyse';
import { readFileSync } from 'node:fs';
const cases: [string, string, string, string][] = JSON.parse(readFileSync('/tmp/cands.json', 'utf8'));
for (const [check, type, jur, text] of cases) {
  const f = analyseText(text, { asOf: '2026-06-01', profile: { type: type as any, jurisdiction: jur as any, sector: 'facilities' } }).findings.find(x => x.id === check)!;
  console.log(f.status.padEnd(8), check, '|', text.slice(0, 70), JSON.stringify(f.evidence.map(e => [e.strength, e.why])));
}

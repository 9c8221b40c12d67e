import { analyseText } from './lib/analysis/analyse';
import { BUILT_IN_CLAUSES } from './lib/clauses/library';
import { fillClause, rateValues } from './lib/clauses/placeholders';
const V = { ...rateValues('2026-06-01'), authority: 'Brackenford Borough Council', contract: 'the Community Support Services Contract', supplier: 'Supplier', wage_floor: '€14.00' };
for (const id of process.argv.slice(2)) {
  const c = BUILT_IN_CLAUSES.find(x => x.id === id)!;
  const t = fillClause(c.body, V).text;
  const f = analyseText(t, { asOf: '2026-06-01', profile: { type: c.documentTypes[0] ?? 'terms', jurisdiction: c.jurisdictions[0] ?? 'england', sector: 'facilities' } }).findings.find(x => x.id === c.checkId)!;
  console.log('==', id, f.status, '\n', t, '\n', JSON.stringify(f.evidence.map(e => [e.strength, e.why, e.text.slice(0,80)])));
}

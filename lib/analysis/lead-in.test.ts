import { describe, expect, it } from 'vitest';
import { analyseText, layoutOf } from './analyse';

const PROFILE = { type: 'policy', sector: 'homecare', jurisdiction: 'england' } as const;
const statusOf = (text: string, id: string) =>
  analyseText(text, { profile: PROFILE, asOf: '2026-11-25' }).findings.find((f) => f.id === id)!;

describe('a hedged lead-in governs the list under it', () => {
  it("'we expect providers to work towards the following:' downgrades the list's will-items to weak", () => {
    const text = [
      'We expect every provider on the framework to work towards the standards below:',
      'Provider standards',
      '• Care workers will be paid for their travel time between visits',
      '• Zero-hours contracts will not be used in place of permanent contracts',
    ].join('\n');
    const finding = statusOf(text, 'zero-hours');
    expect(finding.status).toBe('weak');
    expect(finding.evidence[0]!.why).toMatch(/lead-in hedges every item/);
    expect(statusOf(text, 'ethical-care').status).toBe('weak');
  });

  it('a binding lead-in leaves the items strong', () => {
    const text = [
      'The Provider shall meet the following standards:',
      '• Zero-hours contracts will not be used in place of permanent contracts',
    ].join('\n');
    expect(statusOf(text, 'zero-hours').status).toBe('strong');
  });

  it('an ordinary paragraph after the list ends the lead-in', () => {
    const text = [
      'Providers are encouraged to adopt the following:',
      '• staff meetings each month',
      'Separately, the Provider shall keep a record of every visit and share it with the Council each month.',
      '• Zero-hours contracts will not be used in place of permanent contracts',
    ].join('\n');
    expect(statusOf(text, 'zero-hours').status).toBe('strong');
  });

  it('tells list items, headings and lead-ins apart', () => {
    expect(layoutOf('• pay travel time').role).toBe('list-item');
    expect(layoutOf('3. Sick pay').role).toBe('list-item');
    expect(layoutOf('Provider commitments').role).toBe('heading');
    expect(layoutOf('Providers should, where possible, meet these:').leadInHedge).toBeDefined();
    expect(layoutOf('The Provider shall meet these:').leadInHedge).toBeUndefined();
  });
});

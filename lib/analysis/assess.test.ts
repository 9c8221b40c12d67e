import { describe, expect, it } from 'vitest';
import { foi } from '../checks/foi';
import { livingWage } from '../checks/living-wage';
import { socialValue } from '../checks/social-value';
import { statusOf } from '../checks/testing';
import { analyseText } from './analyse';
import { assessSentence } from './assess';

const ctx = { profile: { type: 'terms', sector: 'general', jurisdiction: 'england' }, asOf: '2026-11-25' } as const;

describe('assessSentence', () => {
  it("another clause's duty does not bind a topic its own clause only values; a topic clause with its own duty keeps the sentence", () => {
    const status = (text: string, id: string, type: string) =>
      analyseText(text, {
        asOf: '2026-11-25',
        profile: { type: type as 'terms', jurisdiction: 'england' },
      }).findings.find((f) => f.id === id)!.status;
    expect(
      status(
        'We value equality and diversity in everything we do, and the Contractor shall submit monthly reports.',
        'equality',
        'terms',
      ),
    ).toBe('weak');
    expect(
      status(
        'Providers must also pay sick pay to care workers, and all new staff must complete the Care Certificate within 12 weeks of starting.',
        'training',
        'policy',
      ),
    ).toBe('strong');
  });

  it('a line that is only the topic name is page furniture among other links, a heading on its own', () => {
    const menu = [
      'Related pages',
      'Social value',
      'Living Wage policy',
      'Freedom of Information Act 2000',
      'Cookies',
    ].join('\n');
    const findings = analyseText(menu, { asOf: '2026-11-25' }).findings;
    for (const id of ['social-value', 'living-wage', 'foi'])
      expect([id, findings.find((f) => f.id === id)!.status]).toEqual([id, 'missing']);
    // a page or section titled with the topic names it, as a contents entry does: weak
    expect(statusOf(livingWage, 'Living Wage policy')).toBe('weak');
  });

  it("an invitation to the reader ('Connect with …', 'For more on …, visit …') is not about any check", () => {
    expect(statusOf(socialValue, 'Connect with our community benefits team for regular updates.')).toBe('missing');
    expect(statusOf(livingWage, 'For more on the Real Living Wage, visit the Foundation’s website.')).toBe('missing');
    expect(statusOf(foi, 'Please contact the Freedom of Information officer with any query.')).toBe('missing');
    // an instruction that binds is still a clause
    expect(statusOf(livingWage, 'Contractors must pay the Real Living Wage to all staff on the contract.')).toBe(
      'strong',
    );
  });

  it('a numbered contents entry naming the topic is kept as a weak heading', () => {
    expect(statusOf(livingWage, '12. Living Wage')).toBe('weak');
  });

  it('a title with more than the name is kept', () => {
    expect(statusOf(socialValue, 'Appendix 3 - Community Benefits menu (final)')).toBe('weak');
  });

  it('a weak false friend alone gives its stand-in reason, ranked above a bare mention', () => {
    const v = assessSentence(livingWage, 'The Contractor shall pay the National Minimum Wage.', ctx);
    expect(v?.strength).toBe('weak');
    expect(v?.why).toMatch(/statutory/);
    expect(v?.weight).toBeGreaterThan(1);
  });

  it('an invitation to the reader is furniture, but a noun phrase opening with the same word is a statement', () => {
    expect(assessSentence(livingWage, 'Visit our website to learn about the Living Wage.', ctx)).toBeFalsy();
    expect(assessSentence(livingWage, 'Visit times are paid at the Real Living Wage.', ctx)?.strength).toBe('weak');
  });

  it('an ignored false friend takes the words out of the topic', () => {
    expect(assessSentence(livingWage, 'Join us for Living Wage Week.', ctx)).toBeUndefined();
  });
});

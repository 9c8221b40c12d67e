import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanText } from '../scan';

/** Whole documents the project wrote (tests/fixtures/long-docs): the clauses sit deep inside, among incidental mentions. */
const fixture = (name: string) => readFileSync(join(__dirname, '../../tests/fixtures/long-docs', name), 'utf8');
const OPTS = { asOf: '2026-11-25' };
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('a 5,000-word invitation to tender with conditions of contract and schedules', () => {
  const text = fixture('itt-grounds-maintenance.txt');
  const result = scanText('itt.txt', text, undefined, OPTS);
  const check = (id: string) => result.checks.find((c) => c.id === id)!;
  const conditionsStart = text.indexOf('PART B: CONDITIONS OF CONTRACT');

  it('is long and read as an ITT, not as the notice whose vocabulary it repeats', () => {
    expect(words(text)).toBeGreaterThan(5000);
    expect(result.document.type).toBe('itt');
  });

  it('finds the Real Living Wage clause deep in the conditions, quoting only the conditions', () => {
    const lw = check('living-wage');
    expect(lw.status).toBe('strong');
    expect(lw.confidence).toBe('high');
    for (const e of lw.evidence) {
      expect(e.start).toBeGreaterThan(conditionsStart);
      expect(e.text).not.toMatch(/Living Wage Week/);
    }
  });

  it('finds the FOI duty in the conditions, not the bidder notice that tenders may be disclosed', () => {
    const foi = check('foi');
    expect(foi.status).toBe('strong');
    expect(foi.evidence.every((e) => e.start > conditionsStart)).toBe(true);
    expect(foi.evidence.map((e) => e.text).join(' ')).not.toMatch(/may be disclosed/);
  });

  it('a weighting in the evaluation section makes social value strong', () => {
    const sv = check('social-value');
    expect(sv.status).toBe('strong');
    expect(sv.evidence[0]!.text).toMatch(/15%/);
  });

  it('a guarantee of working hours, said with the verb, is the zero-hours clause', () => {
    expect(check('zero-hours').status).toBe('strong');
  });

  it('incidental mentions give no verdict: a network blacklist, supported living next door, zero-emission vans', () => {
    expect(check('blacklisting').status).toBe('missing');
    expect(check('blacklisting').evidence).toEqual([]);
    // two passing mentions of supported living do not make a grounds contract a care contract
    expect(check('ethical-care').status).toBe('n/a');
  });

  it('a competence qualification in the specification is not quoted as training evidence', () => {
    const training = check('training');
    expect(training.status).toBe('strong');
    expect(training.evidence.map((e) => e.text).join(' ')).not.toMatch(/playground inspection/);
  });
});

describe('an ICT specification with schedules: few clauses, many false friends', () => {
  const text = fixture('specification-library-ict.txt');
  const result = scanText('spec.txt', text, undefined, OPTS);
  const check = (id: string) => result.checks.find((c) => c.id === id)!;

  it('finds the FOI duty in Schedule 4, and not the footer link or the public FOI page', () => {
    const foi = check('foi');
    expect(foi.status).toBe('strong');
    const schedule = text.indexOf('SCHEDULE 4');
    for (const e of foi.evidence) {
      expect(e.start).toBeGreaterThan(schedule);
      expect(e.text).not.toMatch(/Privacy notice|Freedom of Information page/);
    }
  });

  it('equal treatment of bidders, web-filter blacklists, zero-emission vans and an open procedure are missing', () => {
    for (const id of [
      'equality',
      'blacklisting',
      'net-zero',
      'open-book',
      'zero-hours',
      'living-wage',
      'social-value',
    ]) {
      expect(check(id).status, id).toBe('missing');
      expect(check(id).evidence, id).toEqual([]);
    }
  });

  it('the exit schedule is found as a strong exit clause', () => {
    expect(check('exit-insourcing').status).toBe('strong');
  });
});

describe('conditions of contract with a contents page, definitions and schedules (cleaning services)', () => {
  const text = fixture('terms-cleaning-services.txt');
  const result = scanText('terms.txt', text, undefined, OPTS);
  const check = (id: string) => result.checks.find((c) => c.id === id)!;
  const quoted = (id: string) =>
    check(id)
      .evidence.map((e) => e.text)
      .join(' | ');
  const contentsEnd = text.indexOf('1. DEFINITIONS AND INTERPRETATION');

  it('is read as contract terms for a facilities service in England', () => {
    expect(result.document.type).toBe('terms');
    expect(result.document.jurisdiction).toBe('england');
    expect(check('ethical-care').status).toBe('n/a');
  });

  it('each binding clause is strong and quoted from the conditions, never from the contents page or definitions', () => {
    const strong = [
      'living-wage',
      'social-value',
      'foi',
      'zero-hours',
      'training',
      'tupe-pensions',
      'open-book',
      'modern-slavery',
      'sme-vcse',
      'equality',
      'exit-insourcing',
    ];
    for (const id of strong) {
      expect(check(id).status, id).toBe('strong');
      for (const e of check(id).evidence) {
        expect(e.start, id).toBeGreaterThan(contentsEnd);
        expect(e.text, id).not.toMatch(/\bmeans\b/);
      }
    }
  });

  it('hedged clauses are weak: a council that encourages union recognition, a supplier that should endeavour to cut carbon', () => {
    expect(check('fair-work').status).toBe('weak');
    expect(quoted('fair-work')).toMatch(/encourages/);
    expect(check('net-zero').status).toBe('weak');
    expect(quoted('net-zero')).toMatch(/endeavour/);
  });

  it('what the contract never mentions is missing, with nothing quoted', () => {
    for (const id of ['inclusive-employment', 'blacklisting']) {
      expect(check(id).status, id).toBe('missing');
      expect(check(id).evidence, id).toEqual([]);
    }
  });

  it('the FOI quote is a duty to pass on or help with requests, not the acknowledgement that FOI applies', () => {
    expect(quoted('foi')).toMatch(/transfer to the Council any Information Request|assistance/);
    expect(quoted('foi')).not.toMatch(/acknowledges/);
  });

  it('a clause naming open book or audit itself is quoted before one that only sits under the heading', () => {
    expect(quoted('open-book')).toMatch(/auditor|open-book basis/);
    expect(quoted('open-book')).not.toMatch(/keep full and accurate records/);
  });
});

/** Every check's intended status in a whole document, as a reviewer following the labelling rules would give it. */
const expectStatuses = (result: ReturnType<typeof scanText>, expected: Record<string, string>) => {
  for (const [id, status] of Object.entries(expected))
    expect(result.checks.find((c) => c.id === id)!.status, id).toBe(status);
};

describe('a Scottish care-at-home ITT: instructions, Fair Work First questions, conditions and schedules', () => {
  const text = fixture('itt-scotland-care-at-home.txt');
  const result = scanText('itt.txt', text, undefined, OPTS);
  const check = (id: string) => result.checks.find((c) => c.id === id)!;

  it('is read as a homecare ITT in Scotland', () => {
    expect(result.document).toMatchObject({ type: 'itt', sector: 'homecare', jurisdiction: 'scotland' });
  });

  it('reaches the status a reviewer gives each of the 16 checks', () => {
    expectStatuses(result, {
      'living-wage': 'strong',
      'social-value': 'strong',
      foi: 'strong',
      'zero-hours': 'weak',
      'fair-work': 'strong',
      training: 'strong',
      'inclusive-employment': 'weak',
      'ethical-care': 'strong',
      'tupe-pensions': 'weak',
      'open-book': 'weak',
      'modern-slavery': 'missing',
      blacklisting: 'strong',
      'sme-vcse': 'weak',
      'net-zero': 'missing',
      equality: 'strong',
      'exit-insourcing': 'weak',
    });
  });

  it('an item of a tender question ("Tenderers are asked to describe … including:") is not quoted as a binding clause', () => {
    for (const e of check('living-wage').evidence) expect(e.text).not.toMatch(/^\(e\) payment of at least/);
    expect(check('living-wage').evidence[0]!.text).toMatch(/mandatory requirement|shall pay/);
  });
});

describe('central-government ICT contract terms: model-style definitions, transparency, FOI and schedules', () => {
  const text = fixture('terms-central-government-ict.txt');
  const result = scanText('terms.txt', text, undefined, OPTS);
  const check = (id: string) => result.checks.find((c) => c.id === id)!;

  it('is read as contract terms of a central-government buyer in England', () => {
    expect(result.document).toMatchObject({ type: 'terms', jurisdiction: 'england', buyer: 'central-government' });
  });

  it('reaches the status a reviewer gives each of the 16 checks', () => {
    expectStatuses(result, {
      'living-wage': 'weak',
      'social-value': 'strong',
      foi: 'weak',
      'zero-hours': 'missing',
      'fair-work': 'missing',
      training: 'strong',
      'inclusive-employment': 'weak',
      'ethical-care': 'n/a',
      'tupe-pensions': 'strong',
      'open-book': 'strong',
      'modern-slavery': 'strong',
      blacklisting: 'missing',
      'sme-vcse': 'strong',
      'net-zero': 'strong',
      equality: 'strong',
      'exit-insourcing': 'strong',
    });
  });

  it('the statutory wage is the stand-in and the real Living Wage only encouraged: weak, quoting one of them', () => {
    expect(
      check('living-wage')
        .evidence.map((e) => e.text)
        .join(' '),
    ).toMatch(/National Living Wage|encourages/);
  });
});

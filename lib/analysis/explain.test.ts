import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../types';
import { explain, explainChecks, MAX_LISTED_CANDIDATES } from './explain';

const OPTS = { asOf: '2026-11-25', profile: { type: 'terms', jurisdiction: 'england' } } as const;

describe('explain', () => {
  const text = [
    'Living Wage Week is celebrated across the county every November.',
    'Suppliers are encouraged to pay the Real Living Wage where possible.',
    'The Contractor shall pay every worker on the contract at least the Real Living Wage.',
    'The depot is open from 8am to 6pm.',
  ].join('\n');

  it('lists the candidate sentences of a check with the rules that fired and each verdict', () => {
    const e = explain(text, 'living-wage', OPTS);
    expect(e.status).toBe('strong');
    expect(e.candidates.map((c) => c.text)).not.toContain('The depot is open from 8am to 6pm.');
    const hedged = e.candidates.find((c) => c.text.startsWith('Suppliers are encouraged'))!;
    expect(hedged.verdict?.strength).toBe('weak');
    expect(hedged.rules.some((r) => r.startsWith('hedge:'))).toBe(true);
    const clause = e.candidates.find((c) => c.text.startsWith('The Contractor shall'))!;
    expect(clause.verdict?.strength).toBe('strong');
    expect(clause.rules.some((r) => r.startsWith('binding words: “shall”'))).toBe(true);
    expect(clause.quoted).toBe(true);
  });

  it('a sentence after a run of spaces is listed with its own verdict: its place is read as written', () => {
    const e = explain(
      'Records and audit.  The Supplier shall give the Council access to its books and records of account at any time.',
      'open-book',
      OPTS,
    );
    expect(e.status).toBe('strong');
    const clause = e.candidates.find((c) => c.text.startsWith('The Supplier shall give'))!;
    expect(clause.verdict?.strength).toBe('strong');
    expect(clause.quoted).toBe(true);
  });

  it('a quote that runs on into the sentence referring back to it is listed once, with its verdict, as quoted', () => {
    const e = explain(
      'The Supplier shall deliver the social value commitments in its Tender. These commitments are key performance indicators of the Contract.',
      'social-value',
      OPTS,
    );
    expect(e.status).toBe('strong');
    expect(e.candidates).toHaveLength(1);
    expect(e.candidates[0]!.text).toMatch(/in its Tender\. These commitments are key performance indicators/);
    expect(e.candidates[0]!.verdict?.strength).toBe('strong');
    expect(e.candidates[0]!.quoted).toBe(true);
  });

  it('a quote that begins with the sentence its subject points back to is listed under the sentence judged', () => {
    const e = explain(
      'Suppliers must comply with all employment law in the places they work. This includes the Modern Slavery Act 2015.',
      'modern-slavery',
      OPTS,
    );
    expect(e.candidates).toHaveLength(1);
    expect(e.candidates[0]!.text).toMatch(/^Suppliers must comply .*This includes the Modern Slavery Act 2015\.$/);
    expect(e.candidates[0]!.verdict).toBeDefined();
    expect(e.candidates[0]!.rules.some((r) => r.startsWith('topic cue'))).toBe(true);
    expect(e.candidates[0]!.quoted).toBe(true);
  });

  it('names the false friend that took a sentence out of the check', () => {
    const e = explain(text, 'living-wage', OPTS);
    const week = e.candidates.find((c) => c.text.startsWith('Living Wage Week'));
    expect(week?.verdict).toBeUndefined();
    expect(week?.rules.some((r) => r.startsWith('false friend'))).toBe(true);
  });

  it('says how the verdict was reached', () => {
    const e = explain(text, 'living-wage', OPTS);
    expect(e.reasoning.join(' ')).toMatch(/strong passage outweighs weak/);
    const none = explain('The depot is open from 8am to 6pm.', 'foi', OPTS);
    expect(none.status).toBe('missing');
    expect(none.candidates).toEqual([]);
    expect(none.reasoning.join(' ')).toMatch(/No sentence uses the topic/);
  });

  it('lists a passage that takes its topic from a lead-in, though it has no cue of its own', () => {
    const e = explain(
      'On requests for information about this Contract, the Contractor shall:\n(a) pass each request to the Council within two working days;',
      'foi',
      OPTS,
    );
    expect(e.status).toBe('strong');
    const item = e.candidates.find((c) => c.text.startsWith('(a) pass each request'))!;
    expect(item.verdict?.strength).toBe('strong');
    expect(item.rules[0]).toMatch(/carried/);
    expect(item.quoted).toBe(true);
    expect(e.reasoning.join(' ')).toMatch(/1 strong/);
  });

  it('agrees with the analysis it explains, passage for passage', () => {
    const e = explain(text, 'living-wage', OPTS);
    expect(e.candidates.filter((c) => c.quoted).length).toBeGreaterThan(0);
    expect(e.confidence).toBeDefined();
  });
});

describe('explaining every check at once', () => {
  it('gives what explaining each check on its own gives, from one analysis', () => {
    const text = readFileSync(join(__dirname, '../../tests/unit/fixtures/cleaning-terms.txt'), 'utf8');
    expect(explainChecks(text, CHECK_IDS, OPTS)).toEqual(CHECK_IDS.map((id) => explain(text, id, OPTS)));
  });

  it('lists at most the first 100 candidates of a check and counts the rest (80,000 repeats ran past 60 s)', () => {
    const hedge = 'The Provider is encouraged to pay the Real Living Wage where possible.';
    const e = explainChecks(Array.from({ length: 250 }, () => hedge).join('\n'), ['living-wage'], OPTS)[0]!;
    expect(e.candidates).toHaveLength(MAX_LISTED_CANDIDATES);
    expect(e.unlisted).toBe(150);
    expect(e.reasoning[0]).toMatch(/^250 candidate sentence\(s\): 0 strong, 250 weak/);
    expect(e.reasoning[1]).toBe('The first 100 are listed below.');
  });
});

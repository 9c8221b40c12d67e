import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../types';
import { CHECKS } from './registry';
import { statusOf } from './testing';

describe('check registry', () => {
  it('has every contract check id once, in contract order', () => {
    expect(CHECKS.map((c) => c.id)).toEqual([...CHECK_IDS]);
  });

  for (const check of CHECKS) {
    describe(check.id, () => {
      it('is documented: title, explanation, dated legal basis, model clause', () => {
        expect(check.title.length).toBeGreaterThan(3);
        expect(check.explanation.length).toBeGreaterThan(80);
        expect(check.explanation).not.toMatch(/TODO/);
        expect(check.clauses.length).toBeGreaterThan(0);
        for (const c of check.clauses) {
          expect(c.id.startsWith(`${check.id}/`)).toBe(true);
          expect(c.checkId).toBe(check.id);
          expect(c.body).not.toMatch(/TODO/);
          expect(c.implements).not.toMatch(/TODO/);
        }
      });

      it('has no global or sticky cue (such a pattern keeps its place between tests and skips the next text)', () => {
        expect(check.cues.filter((c) => c.global || c.sticky).map((c) => c.source)).toEqual([]);
      });

      it('has example sentences for strong, weak and missing', () => {
        const statuses = new Set(check.examples.map((e) => e.status));
        expect([...statuses].sort()).toEqual(['missing', 'strong', 'weak']);
      });

      for (const ex of check.examples) {
        it(`${ex.status}: ${ex.text.slice(0, 90)}`, () => {
          expect(statusOf(check, ex.text, ex.profile)).toBe(ex.status);
        });
      }

      for (const ff of check.falseFriends) {
        for (const text of ff.examples) {
          it(`false friend — ${ff.name}: "${text.slice(0, 60)}" is not strong`, () => {
            const status = statusOf(check, text);
            expect(status).not.toBe('strong');
            if (ff.effect === 'ignore') expect(status).toBe('missing');
            else expect(status).toBe('weak');
          });
        }
      }
    });
  }
});

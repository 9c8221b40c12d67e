// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scanText } from '~/lib/scan';
import { blocksFromText } from '~/lib/text/segment';
import type { CheckId } from '~/lib/types';
import { DEMOS, demoBlocks, demoById } from './demos';

function scanDemo(id: string) {
  const demo = demoById(id)!;
  const text = demoBlocks(demo.html)
    .map((b) => b.text)
    .join('\n');
  return scanText(id, text, blocksFromText(text), { asOf: '2026-11-25' });
}
const status = (id: string, check: CheckId) => scanDemo(id).checks.find((c) => c.id === check)!.status;

describe('bundled demo tenders', () => {
  it('are the project’s own, about fictional authorities, and read as plain paragraphs', () => {
    expect(DEMOS.length).toBeGreaterThanOrEqual(5);
    for (const d of DEMOS) {
      const blocks = demoBlocks(d.html);
      expect(blocks[0]?.kind).toBe('h1');
      expect(blocks.map((b) => b.text).join(' ')).toMatch(/Tenderlight demonstration tender/);
      expect(blocks.map((b) => b.text).join(' ')).toContain(d.authority.split(' ')[0]);
      expect(d.html).toMatch(/fictional/);
      expect(d.html).not.toMatch(/<script/i);
    }
  });

  it('homecare notice: hollow living-wage and ethical-care wording', () => {
    expect(status('homecare-notice', 'living-wage')).toBe('weak');
    expect(status('homecare-notice', 'ethical-care')).toBe('weak');
  });

  it('IT services ITT: no FOI and no social value', () => {
    expect(status('it-services-itt', 'foi')).toBe('missing');
    expect(status('it-services-itt', 'social-value')).toBe('missing');
    expect(scanDemo('it-services-itt').document.type).toBe('itt');
  });

  it('strong example: the headline three are strong and nothing is weak', () => {
    const scan = scanDemo('strong-example');
    for (const id of ['living-wage', 'social-value', 'foi'] as const)
      expect(status('strong-example', id)).toBe('strong');
    expect(scan.checks.filter((c) => c.status === 'weak').map((c) => c.id)).toEqual([]);
  });

  it('the Scottish and Welsh examples are read as Scottish and Welsh', () => {
    expect(scanDemo('scotland-notice').document.jurisdiction).toBe('scotland');
    expect(scanDemo('wales-notice').document.jurisdiction).toBe('wales');
  });
});

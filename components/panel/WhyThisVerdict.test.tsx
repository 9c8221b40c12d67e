// @vitest-environment happy-dom
import { render } from 'preact';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseText } from '~/lib/analysis/analyse';
import { FindingSchema } from '~/lib/messages/schemas';
import type { CheckId, DocumentType } from '~/lib/types';
import { WhyThisVerdict } from './WhyThisVerdict';

afterEach(() => render(null, document.body));

/** A finding as the panel receives it: analysed, then validated at the message boundary. */
function received(text: string, id: CheckId, type: DocumentType = 'terms') {
  const { findings } = analyseText(text, {
    asOf: '2026-11-25',
    profile: { type, sector: 'general', jurisdiction: 'england' },
  });
  return v.parse(FindingSchema, findings.find((f) => f.id === id)!);
}

describe('Why this verdict?', () => {
  it('the confidence survives the message schema', () => {
    const f = received(
      'The Supplier shall pay every worker on the Contract at least the Real Living Wage.',
      'living-wage',
    );
    expect(f.confidence).toBeDefined();
  });

  it('a verdict resting on a bare mention asks the reader to check it, in plain words', () => {
    render(
      <WhyThisVerdict
        finding={received('Our approach to social value is described on the next page.', 'social-value', 'other')}
      />,
      document.body,
    );
    expect(document.querySelector('.confidence')?.textContent).toMatch(/^Check this one yourself: only one sign/);
  });

  it('a well-supported verdict says so and does not ask for a check', () => {
    const f = received(
      'The Supplier shall pay, and shall procure that its subcontractors pay, every worker on the Contract at least the Real Living Wage. The Contractor must evidence payment of the Real Living Wage each quarter.',
      'living-wage',
    );
    render(<WhyThisVerdict finding={f} />, document.body);
    expect(document.body.textContent).not.toMatch(/Check this one yourself/);
    expect(document.querySelector('.confidence strong')?.textContent).toMatch(/Confident|Fairly sure/);
  });

  it('the disclosure opens on a click and lists each passage’s reason and how the verdict follows', () => {
    const f = received('Suppliers are encouraged to pay the Real Living Wage where possible.', 'living-wage');
    render(<WhyThisVerdict finding={f} />, document.body);
    const details = document.querySelector('details')!;
    const summary = details.querySelector('summary')!;
    expect(summary.textContent).toBe('Why this verdict?');
    expect(details.open).toBe(false);
    summary.click();
    expect(details.open).toBe(true);
    const steps = [...details.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(steps[0]).toMatch(
      /^“Suppliers are encouraged to pay the Real Living Wage where possible\.” reads as hollow: /,
    );
    expect(steps).toContain('The topic is present, but no passage binds the supplier to it.');
  });

  it('a missing check explains that no sentence uses the topic’s words', () => {
    render(<WhyThisVerdict finding={received('The contract is for office furniture.', 'foi')} />, document.body);
    expect([...document.querySelectorAll('li')].map((li) => li.textContent)).toContain(
      'No sentence uses the topic’s words.',
    );
  });
});

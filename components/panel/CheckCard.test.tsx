// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it } from 'vitest';
import { scanText } from '~/lib/scan';
import { CheckCard } from './CheckCard';

afterEach(() => render(null, document.body));

const livingWage = (text: string) => {
  const scan = scanText('draft', text, undefined, {
    profile: { type: 'terms', jurisdiction: 'england', sector: 'facilities' },
  });
  return { finding: scan.checks.find((c) => c.id === 'living-wage')!, profile: scan.document };
};

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

it('keeps the insertion confirmation when the inserted clause makes the check strong and the wording goes away', async () => {
  const weak = livingWage('Suppliers are encouraged to pay the Real Living Wage to staff on this contract.');
  const strong = livingWage(
    'The Contractor shall pay all staff working on the contract, including subcontractors, at least the Real Living Wage set by the Living Wage Foundation.',
  );
  expect([weak.finding.status, strong.finding.status]).toEqual(['weak', 'strong']);
  expect(strong.finding.suggestion ?? undefined).toBeUndefined();
  const el = document.body;
  const card = (f: typeof weak) => (
    <CheckCard
      finding={f.finding}
      profile={f.profile}
      inPage={true}
      onShow={() => {}}
      onInsert={async () => ({ ok: true, editor: 'ckeditor5' })}
    />
  );
  render(card(weak), el);
  await act(() => (el.querySelector('.card-toggle') as HTMLButtonElement).click());
  for (const input of el.querySelectorAll<HTMLInputElement>('.placeholder input')) {
    await act(() => {
      input.value = 'Westshire Borough Council';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
  const insert = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Insert')!;
  await act(() => insert.click());
  await flush();
  expect(el.querySelector('.message')?.textContent).toMatch(/^Inserted into the CKEditor 5 at the cursor/);
  // the page is checked again: the check is now strong, and the card offers no wording to insert
  render(card(strong), el);
  await flush();
  expect(el.querySelector('.clause-text')).toBeNull();
  expect(el.querySelector('.message')?.textContent).toMatch(/^Inserted into the CKEditor 5 at the cursor/);
});

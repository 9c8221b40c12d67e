// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type CitedSource, legalBasisFor, NATIONS } from '@/lib/data/legal-basis';
import { CHECK_IDS } from '@/lib/types';
import { LegalBasis } from './LegalBasis';

const source = (title: string, url: string): CitedSource => ({
  title,
  url,
  effect: 'What it does.',
  inForceFrom: '2025-02-24',
  checkedOn: '2026-12-05',
  goodPractice: false,
  instrument: 'npps',
});

afterEach(() => render(null, document.body));

describe('the panel’s legal basis', () => {
  it('links http and https addresses only; any other address is shown as a title without a link', () => {
    const sources = [
      source('Good https', 'https://www.legislation.gov.uk/ukpga/2023/54'),
      source('Good http', 'http://www.example.gov.uk/policy'),
      source('Script', 'javascript:alert(1)'),
      source('Data', 'data:text/html,<b>x</b>'),
      source('Hidden script', 'java\tscript:alert(1)'),
      source('Leading space', ' https://example.org/'),
      source('File', 'file:///etc/passwd'),
    ];
    render(<LegalBasis answer={{ covered: true, sources }} place="England" />, document.body);
    const links = [...document.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Good https', 'https://www.legislation.gov.uk/ukpga/2023/54'],
      ['Good http', 'http://www.example.gov.uk/policy'],
    ]);
    for (const title of ['Script', 'Data', 'Hidden script', 'Leading space', 'File'])
      expect(document.body.textContent).toContain(title);
  });

  it('every shipped source, for every check and nation, is a working web link', () => {
    for (const id of CHECK_IDS)
      for (const nation of NATIONS) {
        const answer = legalBasisFor(id, nation, 'local-government');
        if (!answer.covered) continue;
        render(<LegalBasis answer={answer} place={nation} />, document.body);
        expect(document.querySelectorAll('li a[href^="http"]').length).toBe(answer.sources.length);
        render(null, document.body);
      }
  });
});

import { describe, expect, it } from 'vitest';
import { isWebAddress, linkTarget } from './web-address';

describe('which addresses the clause library treats as links', () => {
  it('ordinary https and http addresses are web addresses', () => {
    expect(isWebAddress('https://www.legislation.gov.uk/ukpga/2023/54/section/11')).toBe(true);
    expect(isWebAddress('http://example.gov.uk/policy?year=2026#fair-pay')).toBe(true);
    expect(isWebAddress('HTTPS://WWW.GOV.UK/')).toBe(true);
  });

  it('javascript: and data: addresses (the ones the probe imported as live links) are not', () => {
    expect(isWebAddress('javascript:alert(document.domain)')).toBe(false);
    expect(isWebAddress('JavaScript:alert(1)')).toBe(false);
    expect(isWebAddress('data:text/html,<script>alert(1)</script>')).toBe(false);
    expect(linkTarget('javascript:alert(1)')).toBeUndefined();
  });

  it('nor is any other scheme, a relative address, or one without a host', () => {
    for (const address of [
      'file:///etc/passwd',
      'vbscript:msgbox(1)',
      'blob:https://example.org/1',
      'chrome-extension://abc/options.html',
      'ftp://example.org/x',
      '//example.org/x',
      '/options.html',
      'https://',
      'https:example.org',
      'not a web address',
      '',
    ])
      expect(isWebAddress(address), address).toBe(false);
  });

  it('spaces and control characters the URL parser would quietly strip cannot smuggle a scheme past the check', () => {
    for (const address of [
      ' javascript:alert(1)',
      '\u0000javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      ' https://example.org/',
      'https://example.org/\n',
      'https://exa mple.org/',
    ])
      expect(isWebAddress(address), JSON.stringify(address)).toBe(false);
  });

  it('non-text values and over-long addresses are not', () => {
    expect(isWebAddress(undefined)).toBe(false);
    expect(isWebAddress({ href: 'https://example.org' })).toBe(false);
    expect(isWebAddress(`https://example.org/${'a'.repeat(2_000)}`)).toBe(false);
  });
});

/** The scan command reading PDF, Word and OpenDocument files through lib/documents (issue 9, part 3). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import type { LocatedScanResult } from '../../lib/documents';
import { FIXTURE_DIR } from '../tools/make-documents';
import { fakeIO } from './cli-process';

const fixture = (name: string) => join(FIXTURE_DIR, name);

async function scan(...files: string[]) {
  return scanAs('json', ...files);
}

async function scanAs(format: string, ...args: string[]) {
  const f = fakeIO();
  const code = await main(['--format', format, ...args], f.io);
  if (format !== 'json') return { code, out: [], text: f.stdout(), stderr: f.stderr() };
  return {
    code,
    out: JSON.parse(f.stdout()) as (LocatedScanResult | { source: string; error: string })[],
    text: '',
    stderr: f.stderr(),
  };
}

describe('scan reads documents', () => {
  it('cites each piece of evidence by file, page and clause, and says what was read', async () => {
    const r = await scan(fixture('headers-footers.pdf'), fixture('clauses.docx'), fixture('specification.odt'));
    expect(r.code).toBe(0);
    const [pdf, docx, odt] = r.out as LocatedScanResult[];
    expect(pdf!.source).toBe(fixture('headers-footers.pdf'));
    expect(pdf!.document.source).toEqual({ file: 'headers-footers.pdf', format: 'pdf', pages: 5 });
    const lw = pdf!.checks.find((c) => c.id === 'living-wage')!;
    expect(lw.status).toBe('strong');
    expect(lw.evidence[0]!.location).toEqual({ file: 'headers-footers.pdf', page: 4, clause: '14.3' });
    expect(docx!.document.source).toEqual({ file: 'clauses.docx', format: 'docx' });
    expect(docx!.checks.find((c) => c.id === 'living-wage')!.evidence[0]!.location).toEqual({
      file: 'clauses.docx',
      headings: ['Conditions of Contract', 'Workforce'],
      clause: '14.3',
    });
    expect(odt!.checks.find((c) => c.id === 'living-wage')!.evidence[0]!.location).toMatchObject({ clause: '2.1' });
  });

  it('reads Word 97–2003 and RTF files whatever they are called', async () => {
    const r = await scan(fixture('clauses.doc'), fixture('payment.rtf'));
    expect(r.code).toBe(0);
    const [doc, rtf] = r.out as LocatedScanResult[];
    expect(doc!.document.source.format).toBe('doc');
    expect(doc!.checks.find((c) => c.id === 'living-wage')!.status).toBe('strong');
    expect(rtf!.document.source).toEqual({ file: 'payment.rtf', format: 'rtf' });
    expect(rtf!.checks.find((c) => c.id === 'living-wage')!.evidence[0]!.location).toEqual({
      file: 'payment.rtf',
      clause: '7.2',
    });
  });

  it('says plainly why a locked, scanned or broken document was not read, and scans the rest', async () => {
    const r = await scan(fixture('encrypted.pdf'), fixture('image-only.pdf'), fixture('two-column.pdf'));
    expect(r.code).toBe(1);
    expect(r.out[0]).toEqual({
      source: fixture('encrypted.pdf'),
      error: 'this PDF is protected by a password: run again with --password',
    });
    expect((r.out[1] as { error: string }).error).toMatch(/^has no text layer on 2 pages/);
    expect((r.out[2] as LocatedScanResult).checks.find((c) => c.id === 'foi')!.status).toBe('strong');
    expect(r.stderr).toContain(
      `scan: ${fixture('encrypted.pdf')}: this PDF is protected by a password: run again with --password`,
    );
    expect(r.stderr).not.toMatch(/\n\s+at |node:internal/);
  });

  it('opens an encrypted PDF with --password (or TENDERLIGHT_PASSWORD), and never prints the password', async () => {
    const right = await scan('--password', 'tender-2026', fixture('encrypted.pdf'), fixture('two-column.pdf'));
    expect(right.code).toBe(0);
    const [pdf] = right.out as LocatedScanResult[];
    expect(pdf!.document.source).toMatchObject({ file: 'encrypted.pdf', format: 'pdf' });
    expect(pdf!.checks.find((c) => c.id === 'living-wage')!.status).not.toBe('missing');
    expect(JSON.stringify(right.out)).not.toContain('tender-2026');

    const wrong = await scan('--password=not-the-password', fixture('encrypted.pdf'));
    expect(wrong.code).toBe(1);
    expect(wrong.out[0]).toEqual({
      source: fixture('encrypted.pdf'),
      error: 'the password given with --password does not open this PDF',
    });
    expect(wrong.stderr).not.toContain('not-the-password');
    const md = await scanAs('md', '--password', 'not-the-password', fixture('encrypted.pdf'));
    expect(md.text).toMatch(/Not scanned: the password given with --password does not open this PDF/);
    expect(`${md.text}${md.stderr}`).not.toContain('not-the-password');

    const f = fakeIO();
    f.io.env = { TENDERLIGHT_PASSWORD: 'tender-2026' };
    expect(await main(['--format', 'json', fixture('encrypted.pdf')], f.io)).toBe(0);
    expect(f.stdout()).not.toContain('tender-2026');

    const missing = fakeIO();
    expect(await main(['--password'], missing.io)).toBe(2);
    expect(missing.stderr()).toMatch(/--password needs a value/);
  });

  it('--format table cites where each verdict’s evidence is: document, page or headings, clause', async () => {
    const r = await scanAs('table', fixture('headers-footers.pdf'), fixture('clauses.docx'));
    expect(r.code).toBe(0);
    const [pdf, docx] = r.text.split('\n\n');
    expect(pdf).toMatch(/^Real Living Wage\s+Strong\s+.+ — headers-footers\.pdf, p\. 4, clause 14\.3$/m);
    expect(docx).toMatch(
      /^Real Living Wage\s+Strong\s+.+ — clauses\.docx, under Conditions of Contract › Workforce, clause 14\.3$/m,
    );
    // a verdict with no evidence (missing) cites nothing
    for (const line of r.text.split('\n').filter((l) => /\sMissing\s*$/.test(l))) expect(line).not.toContain(' — ');
  });
});

/** The scan command reading PDF, Word and OpenDocument files through lib/documents (issue 9, part 3). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import type { LocatedScanResult } from '../../lib/documents';
import { FIXTURE_DIR } from '../tools/make-documents';
import { fakeIO } from './cli-process';

const fixture = (name: string) => join(FIXTURE_DIR, name);

async function scan(...files: string[]) {
  const f = fakeIO();
  const code = await main(['--format', 'json', ...files], f.io);
  return {
    code,
    out: JSON.parse(f.stdout()) as (LocatedScanResult | { source: string; error: string })[],
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
      error: 'is password-protected; save a copy without the password and scan that',
    });
    expect((r.out[1] as { error: string }).error).toMatch(/^has no text layer on 2 pages/);
    expect((r.out[2] as LocatedScanResult).checks.find((c) => c.id === 'foi')!.status).toBe('strong');
    expect(r.stderr).toContain(`scan: ${fixture('encrypted.pdf')}: is password-protected`);
    expect(r.stderr).not.toMatch(/\n\s+at |node:internal/);
  });
});

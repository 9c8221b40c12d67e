/** `scan --ocr`: a scanned PDF is refused with the way to read it, then read by OCR offline, cited by page. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP, parseArgs } from '../../lib/cli/args';
import { main } from '../../lib/cli/main';
import type { LocatedScanResult } from '../../lib/documents';
import { FIXTURE_DIR } from '../tools/make-documents';
import { fakeIO } from './cli-process';

const SCAN = join(FIXTURE_DIR, 'scanned.pdf');

describe('scan --ocr', () => {
  it('is in the help and parsed as a flag', () => {
    expect(HELP).toMatch(/--ocr {2,}read a scanned PDF/);
    expect(parseArgs(['scan', '--ocr', 'a.pdf'])).toEqual({ format: undefined, inputs: ['a.pdf'], ocr: true });
    expect(parseArgs(['scan', 'a.pdf'])).not.toHaveProperty('ocr');
  });

  it('without --ocr, says the scan has no text layer on its pages and suggests --ocr', async () => {
    const f = fakeIO();
    expect(await main(['--format', 'json', SCAN], f.io)).toBe(1);
    expect(JSON.parse(f.stdout())).toEqual([
      {
        source: SCAN,
        error:
          'has no text layer on 2 pages (a scan?); run again with --ocr to read it with OCR (offline, a few seconds a page)',
      },
    ]);
  });

  it('with --ocr, reads it page by page (progress at a terminal), cites pages and says OCR read it', async () => {
    const f = fakeIO('', { stderr: true });
    expect(await main(['--format', 'json', '--ocr', SCAN], f.io)).toBe(0);
    const [r] = JSON.parse(f.stdout()) as LocatedScanResult[];
    const lw = r!.checks.find((c) => c.id === 'living-wage')!;
    expect(lw.status).toBe('strong');
    expect(lw.evidence[0]!.location).toEqual({
      file: 'scanned.pdf',
      page: 1,
      headings: ['Schedule 4: Pay and Conditions'],
      clause: '4.2',
    });
    expect(r!.document.source).toMatchObject({ file: 'scanned.pdf', pages: 2, ocr: expect.stringMatching(/OCR/) });
    expect(f.stderr()).toContain('scan: scanned.pdf: reading with OCR, page 1 of 2…');
    expect(f.stderr()).toContain('scan: scanned.pdf: reading with OCR, page 2 of 2…');
    expect(f.stderr()).toContain(`scan: ${SCAN}: read with OCR: check quotes against the original`);
  }, 120_000);

  it('keeps progress off a log file or pipe', async () => {
    const f = fakeIO();
    expect(await main(['--format', 'json', '--ocr', SCAN], f.io)).toBe(0);
    expect(f.stderr()).not.toMatch(/page \d of 2/);
  }, 120_000);

  it('a typed PDF with a scanned page: checks the typed page and names the scanned one; with --ocr reads it too', async () => {
    const partly = join(FIXTURE_DIR, 'partly-scanned.pdf');
    const plain = fakeIO();
    expect(await main(['--format', 'json', partly], plain.io)).toBe(0);
    const [typed] = JSON.parse(plain.stdout()) as LocatedScanResult[];
    expect(typed!.checks.find((c) => c.id === 'foi')!.status).toBe('missing');
    expect(plain.stderr()).toContain('no text layer on 1 of 2 pages (page 2); those pages were not read');
    expect(plain.stderr()).toContain('run again with --ocr to read the scanned pages with OCR (offline)');

    const withOcr = fakeIO();
    expect(await main(['--format', 'json', '--ocr', partly], withOcr.io)).toBe(0);
    const [both] = JSON.parse(withOcr.stdout()) as LocatedScanResult[];
    const foi = both!.checks.find((c) => c.id === 'foi')!;
    expect(foi.status).not.toBe('missing');
    expect(foi.evidence.map((e) => e.location?.page)).toContain(2);
    expect(withOcr.stderr()).toContain('page 2 read with OCR; the others from their text layer');
    expect(withOcr.stderr()).not.toContain('run again with --ocr');
  }, 120_000);
});

/** `scan --format csv`: one spreadsheet for every input, each quote with its document and page (and OCR). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP, parseArgs } from '../../lib/cli/args';
import { main } from '../../lib/cli/main';
import { CHECK_IDS } from '../../lib/types';
import { csvRows } from '../tools/csv-rows';
import { FIXTURE_DIR } from '../tools/make-documents';
import { fakeIO } from './cli-process';

const PACK = join(FIXTURE_DIR, 'pack');
const TWO_COLUMN = join(FIXTURE_DIR, 'two-column.pdf');

async function csv(...args: string[]) {
  const f = fakeIO();
  const code = await main(['--format', 'csv', ...args], f.io);
  const rows = csvRows(f.stdout());
  const header = rows[0] ?? [];
  const cell = (row: string[] | undefined, name: string) => row?.[header.indexOf(name)] ?? '';
  const row = (source: string, check: string) => rows.find((r) => r[0] === source && r[1] === check);
  return { code, stdout: f.stdout(), stderr: f.stderr(), rows, header, cell, row };
}

describe('scan --format csv', () => {
  it('is a format in the help and the parser', () => {
    expect(HELP).toMatch(/csv \(one row per input and check/);
    expect(parseArgs(['scan', '--format', 'csv', 'a.pdf'])).toEqual({ format: 'csv', inputs: ['a.pdf'] });
  });

  it('puts a pack and a document in one table: the header once, a row per input and check, quotes cited by document and page', async () => {
    const r = await csv(PACK, TWO_COLUMN);
    expect(r.code).toBe(0);
    expect(r.header.slice(0, 4)).toEqual(['source', 'check_id', 'check', 'status']);
    expect(r.header.slice(-2)).toEqual(['evidence_where', 'evidence_read_by_ocr']);
    expect(r.rows).toHaveLength(1 + 2 * CHECK_IDS.length);
    expect(r.rows.filter((x) => x[0] === 'source')).toHaveLength(1);
    expect(r.rows.slice(1).map((x) => x[0])).toEqual([
      ...CHECK_IDS.map(() => PACK),
      ...CHECK_IDS.map(() => TWO_COLUMN),
    ]);
    const lw = r.row(PACK, 'living-wage');
    expect(r.cell(lw, 'status')).toBe('strong');
    expect(r.cell(lw, 'evidence_where').split('\n')).toEqual(
      expect.arrayContaining(['Terms.pdf, p. 3, clause 9.2', 'notice.html']),
    );
    expect(r.cell(r.row(TWO_COLUMN, 'living-wage'), 'evidence_where')).toMatch(/^two-column\.pdf, p\. 1\b/);
    // nothing was read by OCR: the column is empty on every row
    expect(r.rows.slice(1).every((x) => /^\n*$/.test(x.at(-1)!))).toBe(true);
    // rows end as a spreadsheet expects, with no blank line after the last
    expect(r.stdout.endsWith('\r\n')).toBe(true);
    expect(r.stdout.endsWith('\r\n\r\n')).toBe(false);
  });

  it('lists what was scanned when another input fails, which stderr names and the exit status reports', async () => {
    const r = await csv(join(FIXTURE_DIR, 'no-such-file.pdf'), TWO_COLUMN);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no-such-file\.pdf/);
    expect(new Set(r.rows.slice(1).map((x) => x[0]))).toEqual(new Set([TWO_COLUMN]));
  });

  it('marks each quote read by OCR from a scanned PDF', async () => {
    const scan = join(FIXTURE_DIR, 'scanned.pdf');
    const r = await csv('--ocr', scan);
    expect(r.code).toBe(0);
    const lw = r.row(scan, 'living-wage');
    expect(r.cell(lw, 'status')).toBe('strong');
    const where = r.cell(lw, 'evidence_where').split('\n');
    expect(where[0]).toMatch(/^scanned\.pdf, p\. 1\b/);
    expect(r.cell(lw, 'evidence_read_by_ocr').split('\n')).toEqual(where.map(() => 'yes'));
  }, 120_000);
});

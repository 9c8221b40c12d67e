/** `scan FOLDER`: the folder is a tender pack, every readable document in it and one combined verdict. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import type { PackReport } from '../../lib/cli/pack';
import { CHECK_IDS } from '../../lib/types';
import { FIXTURE_DIR } from '../tools/make-documents';
import { fakeIO } from './cli-process';

const PACK = join(FIXTURE_DIR, 'pack');
const tmp = mkdtempSync(join(tmpdir(), 'tenderlight-pack-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(...args: string[]) {
  const f = fakeIO();
  const code = await main(args, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

describe('scan FOLDER', () => {
  it('prints one element for the folder: the contract’s fields for the pack, plus each part and each document', async () => {
    const r = await run('--format', 'json', PACK, join(FIXTURE_DIR, 'two-column.pdf'));
    expect(r.code).toBe(0);
    const [pack, single] = JSON.parse(r.stdout) as [PackReport, { source: string }];
    expect(single.source).toBe(join(FIXTURE_DIR, 'two-column.pdf'));
    expect(pack.source).toBe(PACK);
    expect(pack.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
    const lw = pack.checks.find((c) => c.id === 'living-wage')!;
    expect([lw.status, lw.suggestion]).toEqual(['strong', null]);
    expect(lw.evidence[0]!.location).toEqual({ file: 'Terms.pdf', page: 3, clause: '9.2' });
    // the notice's own hedge is cited by its file name
    expect(lw.evidence.find((e) => e.strength === 'weak')!.location).toEqual({ file: 'notice.html' });
    expect(pack.pack.map((m) => [m.name, m.statuses['living-wage']])).toEqual([
      ['notice.html', 'weak'],
      ['Specification.docx', 'missing'],
      ['Terms.pdf', 'strong'],
    ]);
    expect(pack.documents.map((d) => d.source)).toEqual(
      ['notice.html', 'Specification.docx', 'Terms.pdf'].map((f) => join(PACK, f)),
    );
    expect(pack.checks.find((c) => c.id === 'social-value')!.status).toBe('weak');
    // the pack's profile is no one document's: it carries no document source
    expect(Object.keys(pack.document).sort()).toEqual(['buyer', 'jurisdiction', 'knownFrom', 'sector', 'type']);
  });

  it('--format table and md show the pack: its documents and where each check is decided', async () => {
    const table = await run('--format', 'table', PACK);
    expect(table.stdout).toMatch(/tender pack of 3 documents/);
    expect(table.stdout).toMatch(/\n {2}Terms\.pdf \(PDF, 4 pages\)\n/);
    expect(table.stdout).toMatch(/\nReal Living Wage +Strong +Terms\.pdf, p\. 3, clause 9\.2\n/);
    const md = await run('--format', 'md', PACK);
    expect(md.stdout).toContain(`# Tenderlight review: Tender pack: ${PACK}`);
    expect(md.stdout).toContain('- Specification.docx (Word)');
    expect(md.stdout).toContain('— Terms.pdf, p. 3, clause 9.2');
  });

  it('a document that cannot be read is named on stderr and listed with its reason; the rest still count (exit 1)', async () => {
    const dir = join(tmp, 'with-bad');
    mkdirSync(dir);
    copyFileSync(join(PACK, 'Terms.pdf'), join(dir, 'Terms.pdf'));
    writeFileSync(join(dir, 'Pricing.pdf'), '%PDF-1.7\n1 0 obj truncated');
    writeFileSync(join(dir, 'photo.png'), 'not a document');
    const r = await run('--format', 'json', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Pricing\.pdf: /);
    const [pack] = JSON.parse(r.stdout) as [PackReport];
    expect(pack.pack.map((m) => [m.name, !!m.error])).toEqual([
      ['Terms.pdf', false],
      ['Pricing.pdf', true],
    ]);
    expect(pack.checks.find((c) => c.id === 'living-wage')!.status).toBe('strong');
    // led by Terms.pdf, the pack takes its profile but not its source
    expect([pack.document.type, 'source' in pack.document]).toEqual(['terms', false]);
  });

  it('a folder with nothing to read is an error that says so', async () => {
    const dir = join(tmp, 'empty');
    mkdirSync(dir);
    const r = await run('--format', 'json', dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].error).toMatch(/^is a folder with no documents Tenderlight reads/);
  });
});

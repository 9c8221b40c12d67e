// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StoredPackSchema } from '~/lib/messages/schemas';
import { scanText } from '~/lib/scan';
import { keepPack, restoredSteps, toStored } from './kept-pack';
import { TenderDocuments } from './TenderDocuments';
import type { DocumentStep, TenderPack } from './use-tender-pack';

afterEach(() => render(null, document.body));

const URL_TERMS = 'https://tenders.example.gov.uk/docs/terms.pdf';

function packWith(step: DocumentStep): TenderPack {
  return {
    attachments: [{ url: URL_TERMS, name: 'terms.pdf', format: 'pdf' }],
    listProblem: '',
    steps: { [URL_TERMS]: step },
    running: false,
    scan: vi.fn(async () => {}),
    cancel: () => {},
    verdict: undefined,
  };
}

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('Documents on this page: a locked attachment', () => {
  it('lets the rep type the password and reads that document again with it', async () => {
    const pack = packWith({
      step: 'failed',
      password: 'needed',
      message: 'terms.pdf is protected with a password: enter it to read it.',
    });
    await act(() => render(<TenderDocuments pack={pack} />, document.body));
    const open = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Open')!;
    expect(open.disabled).toBe(true);
    const input = document.querySelector<HTMLInputElement>('input[type="password"]')!;
    expect(input.closest('label')?.textContent).toContain('Password for terms.pdf');
    await act(() => type(input, 'tender-2026'));
    expect(open.disabled).toBe(false);
    await act(() => open.click());
    expect(pack.scan).toHaveBeenCalledWith([URL_TERMS], 'tender-2026');
  });

  it('offers no password box for a document that failed for another reason', async () => {
    const pack = packWith({ step: 'failed', message: 'Not read: the page did not hand terms.pdf over.' });
    await act(() => render(<TenderDocuments pack={pack} />, document.body));
    expect(document.querySelector('input[type="password"]')).toBeNull();
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('did not hand');
  });

  it('keeps a document locked (and its password box) in the pack kept for the page', () => {
    const kept = v.parse(
      StoredPackSchema,
      structuredClone(
        toStored('https://tenders.example.gov.uk/notice', {
          [URL_TERMS]: { step: 'failed', password: 'wrong', message: 'That password does not open terms.pdf.' },
        }),
      ),
    );
    expect(kept.failed[0]).toMatchObject({ url: URL_TERMS, password: 'wrong' });
  });
});

describe('Documents on this page: a scanned attachment', () => {
  const scanned: DocumentStep = {
    step: 'failed',
    scanned: true,
    message: 'terms.pdf has no text to read on any of its 2 pages: it looks like a scan.',
  };

  it('offers to read it with OCR, and reads that document again with OCR', async () => {
    const pack = packWith(scanned);
    await act(() => render(<TenderDocuments pack={pack} />, document.body));
    const ocr = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Read it with OCR (offline)')!;
    expect(ocr.getAttribute('aria-label')).toBe('Read it with OCR (offline): terms.pdf');
    await act(() => ocr.click());
    expect(pack.scan).toHaveBeenCalledWith([URL_TERMS], undefined, true);
  });

  it('shows the pages OCR has read beside Cancel while it runs, and offers no OCR to another failure', async () => {
    const pack = {
      ...packWith({ step: 'working', line: 'Reading terms.pdf with OCR: page 2 of 2…', ocr: { done: 1, total: 2 } }),
      running: true,
    };
    await act(() => render(<TenderDocuments pack={pack} />, document.body));
    const bar = document.querySelector<HTMLProgressElement>('progress.ocr-progress')!;
    expect([bar.value, bar.max]).toEqual([1, 2]);
    expect(document.querySelector('[role="status"]')?.textContent).toBe('Reading terms.pdf with OCR: page 2 of 2…');
    expect([...document.querySelectorAll('button')].some((b) => b.textContent === 'Cancel')).toBe(true);

    await act(() =>
      render(<TenderDocuments pack={packWith({ step: 'failed', message: 'Not read.' })} />, document.body),
    );
    expect([...document.querySelectorAll('button')].some((b) => b.textContent?.includes('OCR'))).toBe(false);
  });
});

describe('Documents on this page: what a closed and reopened panel still knows of a scan', () => {
  const PAGE = 'https://tenders.example.gov.uk/notice';
  const URL_SCAN = 'https://tenders.example.gov.uk/docs/signed.pdf';
  const kept = (steps: Record<string, DocumentStep>) =>
    v.parse(StoredPackSchema, structuredClone(toStored(PAGE, steps)));

  it('a scanned attachment not yet read is still offered OCR', async () => {
    fakeBrowser.reset();
    await keepPack(7, PAGE, {
      [URL_SCAN]: { step: 'failed', scanned: true, message: 'signed.pdf looks like a scan.' },
    });
    expect((await restoredSteps(7, PAGE))[URL_SCAN]).toMatchObject({ step: 'failed', scanned: true });
  });

  it('a document read with OCR keeps its OCR note', () => {
    const note = 'read with OCR: check quotes against the original';
    const stored = kept({
      [URL_SCAN]: {
        step: 'read',
        part: {
          name: 'signed.pdf',
          kind: 'document',
          url: URL_SCAN,
          result: scanText('signed.pdf', 'The Contractor shall pay every worker at least the Real Living Wage.'),
          source: { file: 'signed.pdf', format: 'pdf', pages: 2, ocr: note },
        },
      },
    });
    expect(stored.read[0]?.source?.ocr).toBe(note);
  });
});

describe('Documents on this page: scanned pages among typed ones', () => {
  const part = () => ({
    name: 'terms.pdf',
    kind: 'document' as const,
    url: URL_TERMS,
    result: scanText(URL_TERMS, 'The Supplier shall deliver the social value commitments in its tender.'),
  });

  it('says which pages were not checked and offers OCR for them; the problem of a failed try is shown', async () => {
    const pack = packWith({ step: 'read', part: part(), scannedPages: [2, 5], problem: 'OCR could not start here.' });
    await act(() => render(<TenderDocuments pack={pack} />, document.body));
    expect(document.querySelector('.scanned-pages')?.textContent).toContain(
      'Pages 2 and 5 are pictures with no text, so they were not checked.',
    );
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('OCR could not start here.');
    const read = document.querySelector<HTMLButtonElement>(
      'button[aria-label="Read pages 2 and 5 with OCR (offline): terms.pdf"]',
    )!;
    expect(read.textContent).toBe('Read pages 2 and 5 with OCR (offline)');
    await act(() => read.click());
    expect(pack.scan).toHaveBeenCalledWith([URL_TERMS], undefined, true);
  });

  it('offers nothing for a document read whole', async () => {
    await act(() => render(<TenderDocuments pack={packWith({ step: 'read', part: part() })} />, document.body));
    expect(document.querySelector('.scanned-pages')).toBeNull();
  });

  it('keeps the unread pages (and the offer) in the pack kept for the page', () => {
    const kept = v.parse(
      StoredPackSchema,
      toStored('https://tenders.example.gov.uk/notice', {
        [URL_TERMS]: { step: 'read', part: part(), scannedPages: [2], problem: 'OCR could not start here.' },
      }),
    );
    expect(kept.read[0]).toMatchObject({ scannedPages: [2], problem: 'OCR could not start here.' });
    expect(() => v.parse(StoredPackSchema, { ...kept, read: [{ ...kept.read[0], scannedPages: [0] }] })).toThrow();
  });
});

/**
 * Bench section for reading documents (issue 9): a generated 300-page PDF read and analysed, as a ratio
 * to pdf.js's own text extraction of the same file in the same run (budget ≤ 1.3×), and the heap the
 * read document and its analysis hold.
 */
import { readDocument } from '../../lib/documents';
import { scanText } from '../../lib/scan';
import { longPdf } from '../tools/make-documents';

type Budget = (name: string, figure: string, pass: boolean | undefined) => void;

/** Runs of each side; the ratio judged is the median of the runs' ratios (single runs' ratios spread 1.0–1.7× on a busy machine). */
const RUNS = 7;

const MB = 1024 * 1024;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** pdf.js's own extraction, the reference: every page's text items joined, nothing more. */
async function pdfjsText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    for (const it of content.items) if ('str' in it) parts.push(it.str, it.hasEOL ? '\n' : '');
    page.cleanup();
  }
  await doc.destroy();
  return parts.join('');
}

export async function benchDocuments(budget: Budget, heapAfterGc: () => number, pages = 300): Promise<void> {
  const bytes = await longPdf(pages);
  // one-off costs (module loading, pdf.js worker set-up, the checks' regexes) paid before timing
  const small = await longPdf(3, 99);
  await pdfjsText(small);
  const warm = await readDocument(small, 'warm.pdf');
  scanText(warm.file, warm.text, warm.blocks);

  const ref: number[] = [];
  const ours: number[] = [];
  const readOnly: number[] = [];
  // the same runs read before the closing collection: the figure as measured until session 27
  const refUncollected: number[] = [];
  const oursUncollected: number[] = [];
  let words = 0;
  let found = 0;
  // each side starts from a collected heap and ends by collecting its own garbage, inside its timed window: neither
  // pays for the other's, and the garbage pdf.js leaves is charged to both sides alike, not only to whichever
  // side's work happens to run on while the collector catches up with it
  const reference = async () => {
    heapAfterGc();
    const t = cpu();
    const plain = await pdfjsText(bytes);
    refUncollected.push(cpu() - t);
    heapAfterGc();
    ref.push(cpu() - t);
    words = plain.split(/\s+/).filter(Boolean).length;
  };
  const readAndAnalyse = async () => {
    heapAfterGc();
    const t = cpu();
    const doc = await readDocument(bytes, 'contract.pdf');
    const t1 = cpu();
    const result = scanText(doc.file, doc.text, doc.blocks);
    oursUncollected.push(cpu() - t);
    heapAfterGc();
    ours.push(cpu() - t);
    readOnly.push(t1 - t);
    found = result.checks.filter((c) => c.status !== 'missing' && c.status !== 'n/a').length;
  };
  // the order alternates too, so neither side always runs first
  for (let i = 0; i < RUNS; i++) {
    if (i % 2) {
      await readAndAnalyse();
      await reference();
    } else {
      await reference();
      await readAndAnalyse();
    }
  }
  // each run's ratio is taken between neighbours in time, so load from other jobs on the machine cancels out
  const r = median(ours.map((x, i) => x / ref[i]!));
  const analysis = median(ours.map((x, i) => x - readOnly[i]!));
  const uncollected = median(oursUncollected.map((x, i) => x / refUncollected[i]!));
  console.log('');
  console.log(
    `documents: ${pages}-page generated PDF (${(bytes.length / MB).toFixed(1)} MB, ${words} words), ${RUNS} runs each in alternating order, CPU ms`,
  );
  console.log(
    `  pdf.js text extraction ${ref.map((x) => x.toFixed(0)).join(', ')} ms; readDocument + analysis ${ours.map((x) => x.toFixed(0)).join(', ')} ms (reading alone ${readOnly.map((x) => x.toFixed(0)).join(', ')} ms)`,
  );
  console.log(
    `  read+analyse / pdf.js extraction = ${r.toFixed(2)}× (median of runs; reading alone, before its garbage is collected, ${median(readOnly.map((x, i) => x / ref[i]!)).toFixed(2)}×; analysis and the collection after it ${analysis.toFixed(0)} ms); ${found} checks found`,
  );
  console.log(
    `  the same runs with each side's clock stopped before its closing collection: ${uncollected.toFixed(2)}× (pdf.js's garbage then falls on whichever side runs on after it)`,
  );
  budget(`read and analyse a ${pages}-page PDF ≤ 1.3× pdf.js text extraction`, `${r.toFixed(2)}×`, r <= 1.3);

  const h0 = heapAfterGc();
  const doc = await readDocument(bytes, 'contract.pdf');
  const result = scanText(doc.file, doc.text, doc.blocks);
  const h1 = heapAfterGc();
  const held = (h1 - h0) / MB;
  console.log(
    `  heap growth holding the read document and its findings: ${held.toFixed(1)} MB (text ${(doc.text.length / MB).toFixed(1)} MB, ${doc.blocks.length} blocks)`,
  );
  budget(`heap growth holding a ${pages}-page PDF's text and findings ≤ 100 MB`, `${held.toFixed(1)} MB`, held <= 100);
  if (!result.checks.length) throw new Error('the document bench analysed nothing');
}

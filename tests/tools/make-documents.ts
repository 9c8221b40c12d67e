/**
 * Makes the document fixtures from the project's own procurement-style sentences (never corpus text):
 * PDFs with pdfkit, a .docx with docx, an .odt written by hand (it is a ZIP of XML).
 *
 *   npx tsx tests/tools/make-documents.ts        writes tests/fixtures/documents/*
 *
 * The small fixtures are committed (clauses.doc is converted from clauses.docx by LibreOffice when it is
 * installed); big ones (the 300-page bench PDF) are made at test or bench time
 * by calling the functions exported here.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { strToU8, zipSync } from 'fflate';
import PDFDocument from 'pdfkit';
import { paragraph, rng } from '../bench/procurement-text';

/** The project's own sentences, grouped so tests can tell which passage came from where. */
export const SENTENCES = {
  wages:
    'The Contractor shall pay every worker engaged on the Contract, including the staff of its subcontractors, no less than the Real Living Wage set by the Living Wage Foundation, and shall apply each annual increase within six months of its announcement.',
  foi: 'The Supplier shall assist the Authority in meeting its duties under the Freedom of Information Act 2000 and shall send any request for information it receives to the Authority within two working days.',
  social:
    'Social value will be worth fifteen per cent of the quality score, and the commitments made by the successful bidder will be measured and reported every quarter.',
  apprentices:
    'The Contractor shall create at least four apprenticeships for local residents during the first two years of the Contract.',
  slavery:
    'The Supplier shall carry out due diligence on its supply chain under the Modern Slavery Act 2015 and report the steps it has taken each year.',
  boiler1:
    'The Council invites tenders for the cleaning of its offices, libraries and community centres across the borough for an initial term of three years.',
  boiler2:
    'Tenderers should read these instructions carefully and submit their responses through the electronic tendering portal before the closing date.',
  boiler3:
    'Late submissions will not be considered, and the Council accepts no responsibility for technical faults on the tenderer’s side.',
  boiler4:
    'The Contract will be managed by the Facilities Manager, who will hold monthly meetings with the Contractor to review performance against the key indicators.',
  boiler5:
    'Invoices shall be submitted monthly in arrears and will be paid within thirty days of receipt of a valid and undisputed invoice.',
  boiler6:
    'The Contractor shall keep the premises clean and tidy at all times and shall remove all waste arising from the services at its own cost.',
};

export type Doc = InstanceType<typeof PDFDocument>;

export function pdf(opts: ConstructorParameters<typeof PDFDocument>[0] = {}): { doc: Doc; done: Promise<Uint8Array> } {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 72,
    compress: true,
    info: { Title: 'Tenderlight fixture', CreationDate: new Date(0) },
    ...opts,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
  return { doc, done };
}

/** Breaks text into lines of at most `width` points; with `hyphenate`, long words are split with a hyphen to fill the line. */
export function wrap(doc: Doc, text: string, width: number, hyphenate = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const tryLine = line ? `${line} ${word}` : word;
    if (doc.widthOfString(tryLine) <= width) {
      line = tryLine;
      continue;
    }
    if (hyphenate && /^[a-z]{8,}[,.]?$/.test(word)) {
      let cut = word.length - 3;
      while (cut >= 3 && doc.widthOfString(`${line} ${word.slice(0, cut)}-`) > width) cut--;
      if (cut >= 3) {
        lines.push(`${line} ${word.slice(0, cut)}-`);
        line = word.slice(cut);
        continue;
      }
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes lines one by one at exact positions (so the fixture's layout is what the test says it is). */
function writeLines(doc: Doc, lines: string[], x: number, y: number, leading = 14): number {
  let yy = y;
  for (const l of lines) {
    doc.text(l, x, yy, { lineBreak: false });
    yy += leading;
  }
  return yy;
}

/** Two columns: a full-width title, then left and right columns on each page, then a full-width footer. */
export async function twoColumnPdf(): Promise<Uint8Array> {
  const { doc, done } = pdf();
  doc
    .font('Helvetica-Bold')
    .fontSize(16)
    .text('Cleaning Services Contract: Summary of Terms', 72, 72, { lineBreak: false });
  doc.font('Helvetica').fontSize(10);
  const colW = 215;
  const left = [`1.1 ${SENTENCES.boiler1}`, `1.2 ${SENTENCES.wages}`, `1.3 ${SENTENCES.boiler5}`];
  const right = [`2.1 ${SENTENCES.foi}`, `2.2 ${SENTENCES.apprentices}`, `2.3 ${SENTENCES.boiler4}`];
  let y = 110;
  for (const p of left) y = writeLines(doc, wrap(doc, p, colW), 72, y, 13) + 8;
  y = 110;
  for (const p of right) y = writeLines(doc, wrap(doc, p, colW), 72 + colW + 35, y, 13) + 8;
  doc.end();
  return done;
}

/** Five pages with a running header, a footer with the page number, and clause 14.3 on page 4. */
export async function headersFootersPdf(): Promise<Uint8Array> {
  const { doc, done } = pdf({ autoFirstPage: false });
  const body = [
    [`12.1 ${SENTENCES.boiler1}`, `12.2 ${SENTENCES.boiler2}`, `12.3 ${SENTENCES.boiler3}`],
    [`13.1 ${SENTENCES.boiler4}`, `13.2 ${SENTENCES.boiler5}`],
    [`14.1 ${SENTENCES.boiler6}`, `14.2 ${SENTENCES.social}`],
    [`14.3 ${SENTENCES.wages}`, `14.4 ${SENTENCES.slavery}`],
    [`15.1 ${SENTENCES.foi}`, `15.2 ${SENTENCES.boiler2}`],
  ];
  body.forEach((paras, i) => {
    doc.addPage();
    doc.font('Helvetica').fontSize(8);
    doc.text('Northbrook Borough Council - Conditions of Contract for Cleaning Services', 72, 40, { lineBreak: false });
    doc.text('OFFICIAL', 480, 40, { lineBreak: false });
    doc.text(`Version 2.1 - Page ${i + 1} of ${body.length}`, 72, 790, { lineBreak: false });
    doc.fontSize(11);
    let y = 90;
    for (const p of paras) y = writeLines(doc, wrap(doc, p, 451), 72, y, 14) + 10;
  });
  doc.end();
  return done;
}

/** Narrow lines with words hyphenated at line ends, and a paragraph that runs over a page break. */
export async function hyphenationPdf(): Promise<Uint8Array> {
  const { doc, done } = pdf();
  doc.font('Helvetica').fontSize(11);
  const text = `${SENTENCES.apprentices} Responsibilities under the arrangements include accommodation, transportation and administration, with independent verification of performance.`;
  let y = writeLines(doc, wrap(doc, text, 150, true), 72, 90, 14);
  const long = `${SENTENCES.boiler4} ${SENTENCES.boiler6} The Contractor acknowledges that the specification describes the minimum requirements.`;
  const lines = wrap(doc, long, 451);
  // the last lines of the page, then the rest on page 2: one paragraph across the break
  y = 770 - 14 * 2;
  writeLines(doc, lines.slice(0, 2), 72, y, 14);
  doc.addPage();
  writeLines(doc, lines.slice(2), 72, 72, 14);
  doc.end();
  return done;
}

/**
 * A lead-in and its one-line items, each item a paragraph of its own with paragraph spacing between, and
 * only one wrapped paragraph on the page: the gap between paragraphs is the commonest gap there is.
 */
export async function spacedListPdf(): Promise<Uint8Array> {
  const { doc, done } = pdf();
  doc.font('Helvetica').fontSize(10);
  const paras = [
    '7.2 The Contractor shall in particular:',
    'pay every worker engaged on the Contract no less than the Real Living Wage;',
    'create at least four apprenticeships for local residents;',
    'report the steps it has taken on its supply chain each year; and',
    'keep the premises clean and tidy at all times.',
    `7.3 ${SENTENCES.foi} ${SENTENCES.boiler5}`,
    'invoices are paid within thirty days of receipt.',
    'meetings are held monthly with the Facilities Manager.',
  ];
  let y = 90;
  for (const p of paras) y = writeLines(doc, wrap(doc, p, 451), 72, y, 13) + 7;
  doc.end();
  return done;
}

/** A paragraph whose first line is cut short because the web address after it would not fit there. */
export const LONG_ADDRESS =
  'The Supplier shall report every quarter using the template at (https://www.northbrook.gov.uk/procurement/social-value/quarterly-reporting-template-2026.xlsx) and shall keep its records for six years.';

export async function longAddressPdf(): Promise<Uint8Array> {
  const { doc, done } = pdf();
  doc.font('Helvetica').fontSize(10);
  let y = 90;
  for (const p of [`${SENTENCES.boiler1} ${SENTENCES.boiler2}`, LONG_ADDRESS, SENTENCES.boiler5])
    y = writeLines(doc, wrap(doc, p, 451), 72, y, 13) + 7;
  doc.end();
  return done;
}

/**
 * Two columns where clause 3.2 fills the foot of the left column and runs on at the top of the right one,
 * the break falling before a word with a capital ("… the Real Living Wage …").
 */
export async function columnRunOnPdf(): Promise<Uint8Array> {
  const { doc, done } = pdf();
  doc.font('Helvetica').fontSize(10);
  const colW = 215;
  const right = 72 + colW + 35;
  const lines = wrap(doc, `3.2 ${SENTENCES.wages}`, colW);
  const cut = lines.findIndex((l, i) => i > 0 && /^[A-Z]/.test(l));
  if (cut < 0) throw new Error('no wrapped line of clause 3.2 starts with a capital');
  let y = 770 - 13 * cut - 8;
  const above = [`3.1 ${SENTENCES.boiler1}`, `3.0 ${SENTENCES.boiler5}`];
  let top = y;
  for (const p of above) top -= wrap(doc, p, colW).length * 13 + 8;
  y = top;
  for (const p of [above[1]!, above[0]!]) y = writeLines(doc, wrap(doc, p, colW), 72, y, 13) + 8;
  writeLines(doc, lines.slice(0, cut), 72, y, 13);
  y = writeLines(doc, lines.slice(cut), right, top, 13) + 8;
  y = writeLines(doc, wrap(doc, `3.3 ${SENTENCES.foi}`, colW), right, y, 13) + 8;
  writeLines(doc, wrap(doc, `3.4 ${SENTENCES.boiler4}`, colW), right, y, 13);
  doc.end();
  return done;
}

/** A table: header row, one row per requirement, a cell that wraps onto a second line. */
export async function tablePdf(): Promise<Uint8Array> {
  const { doc, done } = pdf();
  doc.font('Helvetica-Bold').fontSize(12).text('Schedule 3: Key Performance Indicators', 72, 72, { lineBreak: false });
  doc.font('Helvetica').fontSize(10);
  doc.text('Before the table: the indicators below are reported monthly.', 72, 100, { lineBreak: false });
  const rows = [
    ['Indicator', 'Target', 'Reported'],
    ['Cleaning audits passed', '95%', 'Monthly'],
    ['Staff paid the Real Living Wage', '100%', 'Quarterly'],
    ['Apprenticeships created', '4', 'Yearly'],
  ];
  let y = 130;
  for (const r of rows) {
    doc.text(r[0]!, 72, y, { lineBreak: false });
    doc.text(r[1]!, 300, y, { lineBreak: false });
    doc.text(r[2]!, 420, y, { lineBreak: false });
    y += 18;
  }
  doc.text('Complaints resolved within', 72, y, { lineBreak: false });
  doc.text('ten working days', 72, y + 12, { lineBreak: false });
  doc.text('90%', 300, y, { lineBreak: false });
  doc.text('Monthly', 420, y, { lineBreak: false });
  doc.text('After the table: failure to meet a target is a default under clause 20.', 72, y + 40, { lineBreak: false });
  doc.end();
  return done;
}

/** Encrypted with a user password (pdfkit writes AES-128 for PDF 1.6). */
export async function encryptedPdf(password = 'tender-2026'): Promise<Uint8Array> {
  const { doc, done } = pdf({ userPassword: password, ownerPassword: `${password}-owner`, pdfVersion: '1.6' });
  doc.font('Helvetica').fontSize(11).text(`5.1 ${SENTENCES.wages}`, 72, 90, { width: 451 });
  doc.end();
  return done;
}

/** A page that is only a picture of text (as a scanner makes): no text layer at all. */
export async function imageOnlyPdf(pages = 2): Promise<Uint8Array> {
  const { doc, done } = pdf({ autoFirstPage: false });
  const png = stripesPng(400, 200);
  for (let i = 0; i < pages; i++) {
    doc.addPage();
    doc.image(Buffer.from(png), 72, 72, { width: 400 });
  }
  doc.end();
  return done;
}

/**
 * A long contract for the bench: numbered clauses of generated procurement text on every page, a
 * running header and a numbered footer.
 */
export async function longPdf(pages: number, seed = 7): Promise<Uint8Array> {
  const { doc, done } = pdf({ autoFirstPage: false, margins: { top: 72, bottom: 72, left: 72, right: 72 } });
  const r = rng(seed);
  let clause = 0;
  for (let p = 1; p <= pages; p++) {
    doc.addPage();
    doc.font('Helvetica').fontSize(8);
    doc.text('Northbrook Borough Council - Terms and Conditions for Facilities Management', 72, 40, {
      lineBreak: false,
    });
    doc.text(`Page ${p} of ${pages}`, 72, 800, { lineBreak: false });
    doc.fontSize(10);
    let y = 80;
    while (y < 700) {
      clause++;
      const text = `${Math.ceil(clause / 8)}.${((clause - 1) % 8) + 1} ${paragraph(r, { clauseShare: 0.04 })}`;
      const lines = wrap(doc, text, 451);
      if (y + lines.length * 13 > 760) break;
      y = writeLines(doc, lines, 72, y, 13) + 8;
    }
  }
  doc.end();
  return done;
}

/** A Word document with headings (Heading 1/2 styles) and a numbered list Word renders as 14.1, 14.2, (a). */
export async function docxFixture(): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Tenderlight tests',
    numbering: {
      config: [
        {
          reference: 'clauses',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '14.%1', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        headers: {},
        children: [
          new Paragraph({ text: 'Conditions of Contract', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: SENTENCES.boiler1 }),
          new Paragraph({ text: 'Workforce', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: SENTENCES.boiler6, numbering: { reference: 'clauses', level: 0 } }),
          new Paragraph({ text: SENTENCES.boiler4, numbering: { reference: 'clauses', level: 0 } }),
          new Paragraph({ text: SENTENCES.wages, numbering: { reference: 'clauses', level: 0 } }),
          new Paragraph({ text: 'pay slips show the hourly rate;', numbering: { reference: 'clauses', level: 1 } }),
          new Paragraph({
            text: 'the rate is reviewed every November.',
            numbering: { reference: 'clauses', level: 1 },
          }),
          new Paragraph({ text: 'Information', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new TextRun('The Supplier shall '),
              new TextRun({ text: 'assist the Authority', bold: true }),
              new TextRun(SENTENCES.foi.slice('The Supplier shall assist the Authority'.length)),
            ],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Indicator')] }),
                  new TableCell({ children: [new Paragraph('Target')] }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Apprenticeships created')] }),
                  new TableCell({ children: [new Paragraph('4')] }),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The tender pack's sentences: a notice that only hedges, and documents that secure or hedge each check. */
export const PACK_SENTENCES = {
  noticeIntro:
    'The Council invites tenders for homecare services across the borough for an initial term of four years.',
  noticeWage: 'Bidders are encouraged to pay their care workers the Real Living Wage where possible.',
  noticeDocs: 'The contract terms and the specification are attached to this notice.',
  socialHedged: 'Bidders may wish to describe any social value their proposal could bring to the borough.',
};

/**
 * The tender pack's contract terms: four pages, the Real Living Wage condition as clause 9.2 on page 3 and
 * the FOI duty as clause 11.1 on page 4, everything else the project's own boilerplate.
 */
export async function packTermsPdf(): Promise<Uint8Array> {
  const { doc, done } = pdf();
  const pages = [
    ['Contract Terms and Conditions', `1.1 ${SENTENCES.boiler1}`, `1.2 ${SENTENCES.boiler2}`],
    ['Contract Terms and Conditions', `4.1 ${SENTENCES.boiler4}`, `4.2 ${SENTENCES.boiler5}`],
    ['Contract Terms and Conditions', `9.1 ${SENTENCES.boiler6}`, `9.2 ${SENTENCES.wages}`],
    ['Contract Terms and Conditions', `11.1 ${SENTENCES.foi}`, `11.2 ${SENTENCES.boiler3}`],
  ];
  pages.forEach(([title, ...paras], i) => {
    if (i > 0) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(14).text(title!, 72, 72, { lineBreak: false });
    doc.font('Helvetica').fontSize(10);
    let y = 110;
    for (const p of paras) y = writeLines(doc, wrap(doc, p, 450), 72, y) + 10;
  });
  doc.end();
  return done;
}

/** The tender pack's specification: headings, the service, and a social-value paragraph that only hedges. */
export async function packSpecificationDocx(): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Tenderlight tests',
    sections: [
      {
        children: [
          new Paragraph({ text: 'Service Specification', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: PACK_SENTENCES.noticeIntro }),
          new Paragraph({ text: 'Quality', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: SENTENCES.boiler4 }),
          new Paragraph({ text: PACK_SENTENCES.socialHedged }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The notice page of the tender pack, linking its documents as a portal does (one by a download script). */
export function packNoticeHtml(termsHref: string, specHref: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Homecare services: contract notice</title></head>
<body><main><h1>Homecare services</h1>
<p>${PACK_SENTENCES.noticeIntro}</p>
<p>${PACK_SENTENCES.noticeWage}</p>
<p>${PACK_SENTENCES.noticeDocs}</p>
<h2>Documents</h2><ul>
<li><a href="${termsHref}">Terms.pdf</a> (240 KB)</li>
<li><a href="${specHref}">Specification (Word, 12 KB)</a></li>
<li><a href="https://elsewhere.example/brochure.pdf">Supplier brochure (PDF)</a></li>
</ul></main></body></html>`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An OpenDocument text written as LibreOffice lays it out: headings, a two-level numbered list, a table. */
export function odtFixture(): Uint8Array {
  const ns =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"';
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${ns} office:version="1.3">
<office:automatic-styles>
<text:list-style style:name="L1">
<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
<text:list-level-style-number text:level="2" style:num-suffix="" style:num-format="1" text:display-levels="2"/>
</text:list-style>
</office:automatic-styles>
<office:body><office:text>
<text:h text:outline-level="1">Specification</text:h>
<text:p>${esc(SENTENCES.boiler2)}</text:p>
<text:h text:outline-level="2">Social value</text:h>
<text:list text:style-name="L1">
<text:list-item><text:p>General requirements</text:p>
<text:list>
<text:list-item><text:p>${esc(SENTENCES.social)}</text:p></text:list-item>
<text:list-item><text:p>${esc(SENTENCES.apprentices)}<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>A footnote that is not body text.</text:p></text:note-body></text:note></text:p></text:list-item>
</text:list>
</text:list-item>
<text:list-item><text:p>Living<text:s/>wage</text:p>
<text:list>
<text:list-item><text:p>${esc(SENTENCES.wages)}</text:p></text:list-item>
</text:list>
</text:list-item>
</text:list>
<table:table table:name="KPIs">
<table:table-row><table:table-cell><text:p>Indicator</text:p></table:table-cell><table:table-cell><text:p>Target</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell><text:p>Staff paid the Real Living Wage</text:p></table:table-cell><table:table-cell><text:p>100%</text:p></table:table-cell></table:table-row>
</table:table>
</office:text></office:body></office:document-content>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`;
  return zipSync(
    {
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8(content),
      'META-INF/manifest.xml': strToU8(manifest),
    },
    { mtime: new Date('2026-01-01T00:00:00Z') },
  );
}

/** Rich Text as Word saves it: a font table, a header (not body text), escaped quotes, Unicode, a table row. */
export function rtfFixture(): Uint8Array {
  const rtf = [
    '{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Helvetica;}}{\\colortbl;\\red0\\green0\\blue0;}',
    '{\\header\\pard Northbrook Borough Council - Conditions of Contract\\par}',
    '{\\*\\generator Tenderlight tests;}',
    '\\pard\\b Payment of staff\\b0\\par',
    `\\pard 7.2 ${SENTENCES.wages.replace('Living Wage Foundation', 'Living Wage Foundation\\rquote s published rate')}\\par`,
    "\\pard The tenderer\\'92s price shall include the \\u8220?uplift\\u8221? each November.\\par",
    '\\trowd\\cellx3000\\cellx6000\\pard\\intbl Indicator\\cell Target\\cell\\row',
    '\\trowd\\cellx3000\\cellx6000\\pard\\intbl Staff paid the Real Living Wage\\cell 100%\\cell\\row',
    '}',
  ];
  return new TextEncoder().encode(rtf.join('\n'));
}

/** A grey PNG with dark bars where lines of text would be: what a scanner's picture of a page looks like to a text extractor. */
function stripesPng(w: number, h: number): Uint8Array {
  const raw = Buffer.alloc((w + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w + 1)] = 0;
    const ink = y % 20 < 8;
    for (let x = 0; x < w; x++) raw[y * (w + 1) + 1 + x] = ink && x % 60 < 50 ? 40 : 235;
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'documents');

/**
 * clauses.doc (Word 97–2003) is clauses.docx converted by LibreOffice, when it is installed
 * (apt-get install libreoffice-writer-nogui): no npm library writes the binary format.
 */
export function docFromDocx(docxPath: string, outDir: string): boolean {
  const r = spawnSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${outDir}/.lo-profile`,
      '--convert-to',
      'doc:MS Word 97',
      '--outdir',
      outDir,
      docxPath,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  rmSync(join(outDir, '.lo-profile'), { recursive: true, force: true });
  return r.status === 0;
}

/** Every committed fixture, by file name. */
export async function allFixtures(): Promise<Record<string, Uint8Array>> {
  return {
    'two-column.pdf': await twoColumnPdf(),
    'headers-footers.pdf': await headersFootersPdf(),
    'hyphenation.pdf': await hyphenationPdf(),
    'table.pdf': await tablePdf(),
    'encrypted.pdf': await encryptedPdf(),
    'image-only.pdf': await imageOnlyPdf(),
    'clauses.docx': await docxFixture(),
    'specification.odt': odtFixture(),
    'payment.rtf': rtfFixture(),
    'pack/Terms.pdf': await packTermsPdf(),
    'pack/Specification.docx': await packSpecificationDocx(),
    'pack/notice.html': new TextEncoder().encode(packNoticeHtml('Terms.pdf', 'Specification.docx')),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  for (const [name, bytes] of Object.entries(await allFixtures())) {
    mkdirSync(dirname(join(FIXTURE_DIR, name)), { recursive: true });
    writeFileSync(join(FIXTURE_DIR, name), bytes);
    console.log(`${name}\t${bytes.length} bytes`);
  }
  console.log(
    docFromDocx(join(FIXTURE_DIR, 'clauses.docx'), FIXTURE_DIR)
      ? 'clauses.doc\tconverted by LibreOffice'
      : 'clauses.doc\tleft as committed (LibreOffice is not installed)',
  );
}

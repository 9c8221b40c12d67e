import * as v from 'valibot';
import { BUYER_KINDS, CHECK_IDS, CONFIDENCES, DOCUMENT_TYPES, JURISDICTIONS, SECTORS, STATUSES } from '../types';

/**
 * Every message that crosses a context boundary (page ↔ background ↔ side panel/popup) is described
 * here and validated on receipt: a malformed one is dropped and logged, never acted on.
 */

export const MAX_TEXT = 5_000_000;
/** A PDF handed from its tab to the reader page travels as base64 in one message (Chrome caps messages at 64 MiB). */
export const MAX_PDF_BYTES = 40 * 1024 * 1024;
const MAX_PDF_BASE64 = Math.ceil(MAX_PDF_BYTES / 3) * 4;
/** Evidence quoted in messages and stored state is cut to this length; its offsets still cover the whole passage. */
export const MAX_EVIDENCE_TEXT = 2_000;
const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TEXT));
const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

export const EvidenceSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(20_000)),
  start: offset,
  end: offset,
  strength: v.picklist(['strong', 'weak']),
  why: v.pipe(v.string(), v.maxLength(2_000)),
});

export const FindingSchema = v.object({
  id: v.picklist(CHECK_IDS),
  status: v.picklist(STATUSES),
  evidence: v.pipe(v.array(EvidenceSchema), v.maxLength(50)),
  suggestion: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  /** how many independent signals agree; the panel asks the reader to check the low ones */
  confidence: v.optional(v.picklist(CONFIDENCES)),
});

const PROFILE_FIELD_SOURCES = ['text', 'portal', 'assumed', 'user'] as const;

export const ProfileSchema = v.object({
  type: v.picklist(DOCUMENT_TYPES),
  sector: v.picklist(SECTORS),
  jurisdiction: v.picklist(JURISDICTIONS),
  buyer: v.optional(v.picklist(BUYER_KINDS)),
  knownFrom: v.optional(
    v.object({ jurisdiction: v.picklist(PROFILE_FIELD_SOURCES), buyer: v.picklist(PROFILE_FIELD_SOURCES) }),
  ),
});

export const PartialProfileSchema = v.partial(v.omit(ProfileSchema, ['knownFrom']));

export const ScanResultSchema = v.object({
  source: v.pipe(v.string(), v.maxLength(4_000)),
  document: ProfileSchema,
  checks: v.pipe(v.array(FindingSchema), v.maxLength(CHECK_IDS.length)),
});

/**
 * Blocks travel as one string of "id start end" lines into the page text, so the text is sent once and a
 * 60,000-cell table is not 60,000 little arrays to serialise on the page's main thread.
 */
export const MAX_BLOCKS = 200_000;
/** The longest block line: a 64-character id and two 7-digit offsets */
const MAX_BLOCK_LINE = 82;
export const MAX_BLOCK_CHARS = MAX_BLOCKS * MAX_BLOCK_LINE;
const BLOCK_LINE = /^[A-Za-z0-9.]{1,64} \d{1,7} \d{1,7}$/;

export function encodeBlock(b: { id: string; start: number; end: number }): string {
  return `${b.id} ${b.start} ${b.end}`;
}

export function encodeBlocks(blocks: readonly { id: string; start: number; end: number }[]): string {
  return blocks.map(encodeBlock).join('\n');
}

/** The blocks of a page's text, or undefined if any line is malformed or points outside the text. */
export function decodeBlocks(
  encoded: string,
  textLength: number,
): { id: string; start: number; end: number }[] | undefined {
  // a page sent in parts ends each block line with a newline
  const body = encoded.endsWith('\n') ? encoded.slice(0, -1) : encoded;
  if (!body) return [];
  const lines = body.split('\n');
  if (lines.length > MAX_BLOCKS) return undefined;
  const out: { id: string; start: number; end: number }[] = [];
  for (const line of lines) {
    if (!BLOCK_LINE.test(line)) return undefined;
    const [id, s, e] = line.split(' ') as [string, string, string];
    const start = Number(s);
    const end = Number(e);
    if (start > end || end > textLength) return undefined;
    out.push({ id, start, end });
  }
  return out;
}

/**
 * A page's text and block map travel in messages of at most this many characters, each sent in a task of
 * its own: serialising a message costs the page about 0.1 µs a character (a 1M-character page in one
 * message held the main thread for 95–112 ms), so no message of ours costs the page more than a few ms.
 */
export const PAGE_PART_CHARS = 32_768;
/** Enough parts for the largest text and block map the background accepts, each part nearly full. */
export const MAX_PAGE_PARTS = Math.ceil((MAX_TEXT + MAX_BLOCK_CHARS) / (PAGE_PART_CHARS - MAX_BLOCK_LINE - 1)) + 1;

/** The content script fills a message's text and block lines together up to PAGE_PART_CHARS; each is held to it. */
const partText = v.pipe(v.string(), v.maxLength(PAGE_PART_CHARS));

/** Sent by the content script before page-text when the page does not fit one message: the next piece of it. */
export const PagePartSchema = v.object({
  type: v.literal('page-part'),
  /** the extraction this piece belongs to (see page-text) */
  version: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** where it goes among the page's pieces, from 0 */
  index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_PAGE_PARTS - 1)),
  /** the next characters of the text */
  text: partText,
  /** the next lines of the block map, each ending in a newline */
  blocks: partText,
});

/**
 * Sent by the content script to the background: the page's current text, whole, or its last piece after
 * `parts` page-part messages. The page's address is never taken from here but from the sender's tab.
 */
export const PageTextSchema = v.object({
  type: v.literal('page-text'),
  /** increases with every extraction in one page, so stale answers are ignored */
  version: v.pipe(v.number(), v.integer(), v.minValue(0)),
  title: v.pipe(v.string(), v.maxLength(1_000)),
  /** the text (or, after parts, its last piece) */
  text: partText,
  /** encodeBlocks(): "id start end" per line (or, after parts, the last lines) */
  blocks: partText,
  /** how many page-part messages came before this one */
  parts: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_PAGE_PARTS))),
  /** which editor kinds the page offers for insertion, for the panel to say where Insert goes */
  editable: v.boolean(),
  /** true when the page was longer than the content script reads: only the text sent was checked */
  truncated: v.optional(v.boolean()),
});

/** The background's answer to page-text, and its push after a profile change. */
export const AnalysisSchema = v.object({
  type: v.literal('analysis'),
  version: v.pipe(v.number(), v.integer(), v.minValue(0)),
  checks: v.pipe(v.array(FindingSchema), v.maxLength(CHECK_IDS.length)),
  focus: v.optional(v.object({ start: offset, end: offset })),
});

/** Messages the content script accepts. */
export const ToContentSchema = v.variant('type', [
  v.object({ type: v.literal('ping') }),
  v.object({ type: v.literal('scan') }),
  AnalysisSchema,
  v.object({ type: v.literal('focus'), start: offset, end: offset }),
  v.object({ type: v.literal('insert'), text: v.pipe(v.string(), v.minLength(1), v.maxLength(20_000)) }),
  /** from the reader page: the PDF this tab shows, fetched by the content script from the tab's own address */
  v.object({ type: v.literal('tab-pdf') }),
  /** from the side panel: the tender documents this page links to */
  v.object({ type: v.literal('list-attachments') }),
  /** from the side panel, on the rep's click: one of those documents, fetched with the page's session */
  v.object({ type: v.literal('download-attachment'), url: v.pipe(v.string(), v.maxLength(4_000)) }),
]);

/** Messages the background accepts from extension pages and content scripts. */
export const ToBackgroundSchema = v.variant('type', [
  PageTextSchema,
  PagePartSchema,
  v.object({ type: v.literal('scan-tab'), tabId }),
  v.object({ type: v.literal('set-profile'), tabId, profile: v.nullable(PartialProfileSchema) }),
  v.object({ type: v.literal('site-access-changed') }),
  /** from a content script running in the browser's PDF viewer: the tab shows a PDF, not a page */
  v.object({ type: v.literal('pdf-tab'), title: v.pipe(v.string(), v.maxLength(1_000)) }),
]);

/** What the content script answers to focus and insert. */
export const ContentReplySchema = v.object({
  ok: v.boolean(),
  /** the editor the text went into: textarea, contenteditable, ckeditor5, tinymce, quill */
  editor: v.optional(v.pipe(v.string(), v.maxLength(40))),
  reason: v.optional(v.pipe(v.string(), v.maxLength(400))),
});

export type PageTextMessage = v.InferOutput<typeof PageTextSchema>;
export type PagePart = v.InferOutput<typeof PagePartSchema>;

/** A page's text as the background analyses it: all its pieces put together, the address from the sender's tab. */
export interface PageText {
  version: number;
  url: string;
  title: string;
  text: string;
  /** encodeBlocks() */
  blocks: string;
  editable: boolean;
  truncated?: boolean;
}
export type Analysis = v.InferOutput<typeof AnalysisSchema>;
export type ToContent = v.InferOutput<typeof ToContentSchema>;
export type ToBackground = v.InferOutput<typeof ToBackgroundSchema>;
export type ContentReply = v.InferOutput<typeof ContentReplySchema>;

/** Parses a message, or logs why it was dropped and returns undefined. */
export function parseMessage<S extends v.GenericSchema>(
  schema: S,
  raw: unknown,
  where: string,
): v.InferOutput<S> | undefined {
  const r = v.safeParse(schema, raw);
  if (r.success) return r.output;
  console.warn(`[tenderlight] ${where}: dropped a malformed message:`, r.issues[0]?.message ?? 'invalid');
  return undefined;
}

/** Why a tab cannot be checked as a page: it has no readable text, or it is a PDF in the browser's viewer. */
export const UNREADABLE_KINDS = ['empty', 'pdf'] as const;
export type UnreadableKind = (typeof UNREADABLE_KINDS)[number];

/** The content script's answer to tab-pdf: the bytes of the PDF its tab shows, base64, or why not. */
export const PdfBytesReplySchema = v.union([
  v.object({
    ok: v.literal(true),
    name: v.pipe(v.string(), v.maxLength(1_000)),
    data: v.pipe(v.string(), v.maxLength(MAX_PDF_BASE64)),
  }),
  v.object({ ok: v.literal(false), reason: v.pipe(v.string(), v.maxLength(400)) }),
]);

const AttachmentSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(4_000), v.regex(/^https?:\/\//i), v.url()),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  format: v.picklist(['pdf', 'docx', 'odt', 'doc', 'rtf']),
});

/** The content script's answer to list-attachments. */
export const AttachmentListSchema = v.object({
  ok: v.literal(true),
  attachments: v.pipe(v.array(AttachmentSchema), v.maxLength(100)),
});

/** The content script's answer to download-attachment: the document's bytes, base64, or a typed reason. */
export const AttachmentReplySchema = v.union([
  v.object({
    ok: v.literal(true),
    name: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
    data: v.pipe(v.string(), v.maxLength(MAX_PDF_BASE64), v.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
  }),
  v.object({
    ok: v.literal(false),
    problem: v.picklist(['login', 'too-large', 'not-found', 'network', 'not-allowed', 'not-document']),
    reason: v.pipe(v.string(), v.maxLength(400)),
  }),
]);

/** Per-tab state kept in storage.session, so it outlives the MV3 service worker. */
export const TabStateSchema = v.object({
  tabId,
  url: v.string(),
  title: v.string(),
  version: v.number(),
  result: ScanResultSchema,
  /** the user's corrections to the detected profile */
  override: v.nullable(PartialProfileSchema),
  /** 'page' for the whole page, 'selection' for "Check selected text" */
  scope: v.picklist(['page', 'selection']),
  /** true when the page has somewhere to insert text */
  editable: v.boolean(),
  at: v.number(),
  /** how many page texts the background has analysed for this tab since it loaded (tests wait on it) */
  scans: v.optional(v.number()),
  /** set when the page was too large to read whole: how many words were checked */
  checkedWords: v.optional(v.number()),
  /** the tab has nothing the checks can read: a page without text, or a PDF (read it as a document) */
  unreadable: v.optional(v.picklist(UNREADABLE_KINDS)),
});
export type TabState = v.InferOutput<typeof TabStateSchema>;

export const tabKey = (id: number) => `tab:${id}`;

/** Where a passage of a read document is: its file, page, headings and clause number. */
export const EvidenceLocationSchema = v.object({
  file: v.pipe(v.string(), v.maxLength(500)),
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  headings: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(500))), v.maxLength(20))),
  clause: v.optional(v.pipe(v.string(), v.maxLength(50))),
});

const LocatedEvidenceSchema = v.object({
  ...EvidenceSchema.entries,
  location: v.optional(EvidenceLocationSchema),
});

const DocumentSourceSchema = v.object({
  file: v.pipe(v.string(), v.maxLength(500)),
  format: v.picklist(['pdf', 'docx', 'odt', 'doc', 'rtf']),
  pages: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  warnings: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(1_000))), v.maxLength(50))),
  /** the text was read from a scan with OCR: said beside its quotes */
  ocr: v.optional(v.pipe(v.string(), v.maxLength(300))),
  /** the pages OCR read, when the others came from their text layer */
  ocrPages: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1))), v.maxLength(10_000))),
});

/**
 * storage.session: the documents of a tab's tender pack read so far (or why not), for the page at `url`,
 * so closing and reopening the side panel loses none of them. Cleared when the tab loads another page.
 */
export const StoredPackSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(4_000)),
  read: v.pipe(
    v.array(
      v.object({
        url: v.pipe(v.string(), v.maxLength(4_000)),
        name: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
        source: v.optional(DocumentSourceSchema),
        /** pages with no text layer among typed ones, not read: the panel offers OCR for them */
        scannedPages: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1))), v.maxLength(10_000))),
        /** why reading those pages with OCR did not work, when it was tried */
        problem: v.optional(v.pipe(v.string(), v.maxLength(1_000))),
        result: v.object({
          source: v.pipe(v.string(), v.maxLength(4_000)),
          document: ProfileSchema,
          checks: v.pipe(
            v.array(
              v.object({ ...FindingSchema.entries, evidence: v.pipe(v.array(LocatedEvidenceSchema), v.maxLength(50)) }),
            ),
            v.maxLength(CHECK_IDS.length),
          ),
        }),
      }),
    ),
    v.maxLength(100),
  ),
  failed: v.pipe(
    v.array(
      v.object({
        url: v.pipe(v.string(), v.maxLength(4_000)),
        name: v.pipe(v.string(), v.maxLength(300)),
        error: v.pipe(v.string(), v.maxLength(1_000)),
        /** the document is locked: the panel offers a password box again */
        password: v.optional(v.picklist(['needed', 'wrong'])),
        /** a PDF with no text layer: the panel offers OCR again */
        scanned: v.optional(v.literal(true)),
      }),
    ),
    v.maxLength(100),
  ),
});
export type StoredPack = v.InferOutput<typeof StoredPackSchema>;

export const packKey = (id: number) => `pack:${id}`;

/** storage.local: the values the user typed for clause placeholders such as {authority}. */
export const PLACEHOLDER_VALUES_KEY = 'placeholder-values';
export const PlaceholderValuesSchema = v.record(
  v.pipe(v.string(), v.regex(/^[a-z_]{1,40}$/)),
  v.pipe(v.string(), v.maxLength(300)),
);

/** storage.session: a check the panel should open at (set by the "Insert model clause" menu). */
export const PANEL_FOCUS_KEY = 'panel-focus';
export const PanelFocusSchema = v.object({ tabId, checkId: v.picklist(CHECK_IDS), at: v.number() });

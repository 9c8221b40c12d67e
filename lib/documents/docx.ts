import { DocumentBuilder } from './assemble';
import { DocumentError } from './errors';
import { formatNumber, ListCounters } from './numbering';
import { TableRows } from './table-rows';
import type { ReadDocumentOptions, ReadDocumentResult } from './types';
import { walkXml } from './xml';
import type { ZipArchive } from './zip';

interface Level {
  start: number;
  format: string;
  text: string;
}

interface ParagraphStyle {
  name: string;
  basedOn?: string;
  outline?: number;
  numId?: string;
  ilvl?: number;
}

interface Numbering {
  abstract: Map<string, Map<number, Level>>;
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
}

/**
 * Reads a Word 2007+ document's body: headings (by style or outline level) build the heading path, list
 * paragraphs get the number Word shows ("14.3", "(a)"), table rows become one block each. Headers,
 * footers and deleted (tracked) text are left out.
 */
export function readDocx(zip: ZipArchive, file: string, opts: ReadDocumentOptions): ReadDocumentResult {
  const body = zip.text('word/document.xml');
  if (body === undefined) throw new DocumentError('corrupt', file, 'cannot be read: the Word document body is missing');
  const styles = readStyles(zip.text('word/styles.xml') ?? '');
  const numbering = readNumbering(zip.text('word/numbering.xml') ?? '');
  opts.onProgress?.(1, 2);
  const out = new DocumentBuilder(file, 'docx');
  const tables = new TableRows((line) => out.paragraph(line, 'table-row'));
  const counters = new Map<string, ListCounters>();
  const usedNums = new Set<string>();

  let p: { style?: string; numId?: string; ilvl?: number; outline?: number; text: string } | undefined;
  let inText = false;
  let skip = 0;

  const styleChain = (id: string | undefined): ParagraphStyle[] => {
    const chain: ParagraphStyle[] = [];
    let cur = id;
    while (cur && chain.length < 10) {
      const s = styles.get(cur);
      if (!s) break;
      chain.push(s);
      cur = s.basedOn;
    }
    return chain;
  };

  const listLabel = (numId: string, ilvl: number): string => {
    const num = numbering.nums.get(numId);
    if (!num) return '';
    const levels = numbering.abstract.get(num.abstractId);
    const lvl = levels?.get(ilvl);
    if (!levels || !lvl) return '';
    let c = counters.get(num.abstractId);
    if (!c) {
      c = new ListCounters();
      counters.set(num.abstractId, c);
    }
    if (!usedNums.has(numId)) {
      usedNums.add(numId);
      for (const [l, s] of num.starts) c.restart(l, s);
    }
    const counts = c.next(ilvl, lvl.start);
    if (lvl.format === 'bullet') return '•';
    return lvl.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      const f = levels.get(l)?.format ?? 'decimal';
      return formatNumber(counts[l] ?? levels.get(l)?.start ?? 1, f === 'bullet' ? 'decimal' : f);
    });
  };

  const endParagraph = () => {
    if (!p) return;
    const chain = styleChain(p.style);
    const numId = p.numId ?? chain.find((s) => s.numId)?.numId;
    const ilvl = p.ilvl ?? chain.find((s) => s.ilvl !== undefined)?.ilvl ?? 0;
    const label = numId && numId !== '0' ? listLabel(numId, ilvl) : '';
    const text = (label ? `${label} ${p.text}` : p.text).replace(/\s+/g, ' ').trim();
    const outline = p.outline ?? chain.find((s) => s.outline !== undefined)?.outline;
    const named = chain.map(
      (s) => /^heading\s*(\d)$/i.exec(s.name)?.[1] ?? (/^title$/i.test(s.name) ? '1' : undefined),
    );
    const headingLevel = outline !== undefined && outline < 9 ? outline + 1 : Number(named.find(Boolean) ?? 0);
    p = undefined;
    if (!text) return;
    if (tables.takeParagraph(text)) return;
    if (headingLevel) out.heading(text, headingLevel);
    else out.paragraph(text, label ? 'list-item' : 'paragraph');
  };

  walkXml(body, {
    open(name, a, selfClosing) {
      // walkXml closes self-closing elements too, so every open counts while skipping
      if (skip) {
        skip++;
        return;
      }
      switch (name) {
        case 'w:p':
          p = { text: '' };
          break;
        case 'w:pStyle':
          if (p) p.style = a['w:val'];
          break;
        case 'w:numId':
          if (p) p.numId = a['w:val'];
          break;
        case 'w:ilvl':
          if (p) p.ilvl = Number(a['w:val'] ?? 0);
          break;
        case 'w:outlineLvl':
          if (p) p.outline = Number(a['w:val']);
          break;
        case 'w:t':
          inText = !selfClosing;
          break;
        case 'w:tab':
        case 'w:br':
        case 'w:cr':
          if (p) p.text += ' ';
          break;
        case 'w:noBreakHyphen':
          if (p) p.text += '-';
          break;
        // deleted text, field codes, footnote and comment bodies in the body stream, drawings' alt text
        case 'w:del':
        case 'w:instrText':
        case 'w:delText':
        case 'w:rPrChange':
        case 'w:pPrChange':
        case 'mc:Fallback':
          skip = 1;
          break;
        case 'w:tbl':
          tables.openTable();
          break;
        case 'w:tr':
          tables.openRow();
          break;
        case 'w:tc':
          tables.openCell();
          break;
      }
    },
    close(name) {
      if (skip) {
        skip--;
        return;
      }
      switch (name) {
        case 'w:t':
          inText = false;
          break;
        case 'w:p':
          endParagraph();
          break;
        case 'w:tc':
          tables.closeCell();
          break;
        case 'w:tr':
          tables.closeRow();
          break;
        case 'w:tbl':
          tables.closeTable();
          break;
      }
    },
    text(t) {
      if (inText && p && !skip) p.text += t;
    },
  });
  opts.onProgress?.(2, 2);
  return out.result();
}

function readStyles(xml: string): Map<string, ParagraphStyle> {
  const styles = new Map<string, ParagraphStyle>();
  let cur: (ParagraphStyle & { id: string }) | undefined;
  walkXml(xml, {
    open(name, a) {
      if (name === 'w:style')
        cur = a['w:type'] === 'paragraph' && a['w:styleId'] ? { id: a['w:styleId'], name: '' } : undefined;
      else if (!cur) return;
      else if (name === 'w:name') cur.name = a['w:val'] ?? '';
      else if (name === 'w:basedOn') cur.basedOn = a['w:val'];
      else if (name === 'w:outlineLvl') cur.outline = Number(a['w:val']);
      else if (name === 'w:numId') cur.numId = a['w:val'];
      else if (name === 'w:ilvl') cur.ilvl = Number(a['w:val'] ?? 0);
    },
    close(name) {
      if (name === 'w:style' && cur) {
        styles.set(cur.id, cur);
        cur = undefined;
      }
    },
    text() {},
  });
  return styles;
}

function readNumbering(xml: string): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  let levels: Map<number, Level> | undefined;
  let lvl: Level | undefined;
  let num: { id: string; abstractId: string; starts: Map<number, number> } | undefined;
  let overrideLevel = 0;
  walkXml(xml, {
    open(name, a) {
      switch (name) {
        case 'w:abstractNum':
          levels = new Map();
          abstract.set(a['w:abstractNumId'] ?? '', levels);
          break;
        case 'w:lvl':
          if (levels) {
            lvl = { start: 1, format: 'decimal', text: '' };
            levels.set(Number(a['w:ilvl'] ?? 0), lvl);
          } else if (num) overrideLevel = Number(a['w:ilvl'] ?? 0);
          break;
        case 'w:start':
          if (lvl) lvl.start = Number(a['w:val'] ?? 1);
          break;
        case 'w:numFmt':
          if (lvl) lvl.format = a['w:val'] ?? 'decimal';
          break;
        case 'w:lvlText':
          if (lvl) lvl.text = a['w:val'] ?? '';
          break;
        case 'w:num':
          num = { id: a['w:numId'] ?? '', abstractId: '', starts: new Map() };
          break;
        case 'w:abstractNumId':
          if (num) num.abstractId = a['w:val'] ?? '';
          break;
        case 'w:lvlOverride':
          overrideLevel = Number(a['w:ilvl'] ?? 0);
          break;
        case 'w:startOverride':
          if (num) num.starts.set(overrideLevel, Number(a['w:val'] ?? 1));
          break;
      }
    },
    close(name) {
      if (name === 'w:abstractNum') levels = undefined;
      else if (name === 'w:lvl') lvl = undefined;
      else if (name === 'w:num' && num) {
        nums.set(num.id, num);
        num = undefined;
      }
    },
    text() {},
  });
  return { abstract, nums };
}

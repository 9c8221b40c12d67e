import { DocumentBuilder } from './assemble';
import { DocumentError } from './errors';
import { formatNumber, ListCounters } from './numbering';
import { TableRows } from './table-rows';
import type { ReadDocumentOptions, ReadDocumentResult } from './types';
import { walkXml } from './xml';
import type { ZipArchive } from './zip';

interface ListLevelStyle {
  numbered: boolean;
  format: string;
  prefix: string;
  suffix: string;
  display: number;
  start: number;
}

/**
 * Reads an OpenDocument text's body (content.xml): text:h headings by outline level, text:list items
 * numbered as their list style shows them, table rows one block each. Notes' bodies and annotations are
 * left out; master-page headers and footers live in styles.xml and are never read.
 */
export function readOdt(zip: ZipArchive, file: string, opts: ReadDocumentOptions): ReadDocumentResult {
  const content = zip.text('content.xml');
  if (content === undefined) throw new DocumentError('corrupt', file, 'cannot be read: content.xml is missing');
  opts.onProgress?.(1, 2);
  const listStyles = new Map<string, Map<number, ListLevelStyle>>();
  readListStyles(zip.text('styles.xml') ?? '', listStyles);
  readListStyles(content, listStyles);

  const out = new DocumentBuilder(file, 'odt');
  const tables = new TableRows((line) => out.paragraph(line, 'table-row'));
  // one counter set per list style: a list with text:continue-numbering or the same style continues
  const counters = new Map<string, ListCounters>();
  const lists: { style: string }[] = [];
  let block: { heading?: number; text: string; label: string } | undefined;
  let depth = 0;
  let skip = 0;
  let inBody = false;

  const endBlock = () => {
    if (!block) return;
    const { heading, label } = block;
    const text = `${label ? `${label} ` : ''}${block.text}`.replace(/\s+/g, ' ').trim();
    block = undefined;
    if (!text) return;
    if (tables.takeParagraph(text)) return;
    if (heading) out.heading(text, heading);
    else out.paragraph(text, label ? 'list-item' : 'paragraph');
  };

  walkXml(content, {
    open(name, a, selfClosing) {
      if (skip) {
        skip++;
        return;
      }
      if (name === 'office:text') inBody = true;
      if (!inBody) return;
      switch (name) {
        case 'text:p':
        case 'text:h': {
          // a paragraph nested in another (in a note or frame) is read as part of the outer one
          if (block) {
            block.text += ' ';
            depth++;
            break;
          }
          depth = 1;
          block = { text: '', label: '' };
          if (name === 'text:h') block.heading = Number(a['text:outline-level'] ?? 1) || 1;
          const item = lists[lists.length - 1] as { style: string; pending?: boolean } | undefined;
          if (item?.pending) {
            item.pending = false;
            block.label = labelFor(item.style, lists.length - 1);
          }
          break;
        }
        case 'text:list': {
          const parent = lists[lists.length - 1];
          const style = a['text:style-name'] ?? parent?.style ?? '';
          lists.push({ style });
          if (lists.length === 1 && a['text:continue-numbering'] !== 'true' && !a['text:continue-list'])
            counters.delete(style);
          break;
        }
        case 'text:list-item':
          (lists[lists.length - 1] as { pending?: boolean }).pending = true;
          break;
        case 'text:s':
          if (block) block.text += ' '.repeat(Math.min(Number(a['text:c'] ?? 1) || 1, 1));
          break;
        case 'text:tab':
        case 'text:line-break':
          if (block) block.text += ' ';
          break;
        case 'text:note-citation':
        case 'text:note-body':
        case 'office:annotation':
        case 'text:tracked-changes':
          skip = 1;
          break;
        case 'table:table':
          tables.openTable();
          break;
        case 'table:table-row':
          tables.openRow();
          break;
        case 'table:table-cell':
          if (!selfClosing) tables.openCell();
          break;
      }
    },
    close(name) {
      if (skip) {
        skip--;
        return;
      }
      if (!inBody) return;
      switch (name) {
        case 'office:text':
          inBody = false;
          break;
        case 'text:p':
        case 'text:h':
          if (--depth <= 0) endBlock();
          break;
        case 'text:list':
          lists.pop();
          break;
        case 'table:table-cell':
          tables.closeCell();
          break;
        case 'table:table-row':
          tables.closeRow();
          break;
        case 'table:table':
          tables.closeTable();
          break;
      }
    },
    text(t) {
      if (block && !skip) block.text += t;
    },
  });

  function labelFor(style: string, level: number): string {
    const levels = listStyles.get(style);
    const lvl = levels?.get(level);
    if (!lvl) return '';
    let c = counters.get(style);
    if (!c) {
      c = new ListCounters();
      counters.set(style, c);
    }
    const counts = c.next(level, lvl.start);
    if (!lvl.numbered) return '•';
    const shown = counts
      .slice(Math.max(0, level + 1 - lvl.display))
      .map((n, i, arr) => {
        const l = level + 1 - arr.length + i;
        return formatNumber(n, levels?.get(l)?.format ?? '1');
      })
      .join('.');
    return `${lvl.prefix}${shown}${lvl.suffix}`;
  }

  opts.onProgress?.(2, 2);
  return out.result();
}

function readListStyles(xml: string, into: Map<string, Map<number, ListLevelStyle>>) {
  let cur: Map<number, ListLevelStyle> | undefined;
  walkXml(xml, {
    open(name, a) {
      if (name === 'text:list-style') {
        cur = new Map();
        into.set(a['style:name'] ?? '', cur);
      } else if (cur && (name === 'text:list-level-style-number' || name === 'text:list-level-style-bullet')) {
        const numbered = name === 'text:list-level-style-number';
        cur.set(Number(a['text:level'] ?? 1) - 1, {
          numbered,
          format: a['style:num-format'] ?? '1',
          prefix: a['style:num-prefix'] ?? '',
          suffix: a['style:num-suffix'] ?? '',
          display: Number(a['text:display-levels'] ?? 1) || 1,
          start: Number(a['text:start-value'] ?? 1) || 1,
        });
      }
    },
    close(name) {
      if (name === 'text:list-style') cur = undefined;
    },
    text() {},
  });
}

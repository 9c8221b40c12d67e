import { DocumentBuilder } from './assemble';
import { DocumentError } from './errors';
import type { ReadDocumentOptions, ReadDocumentResult } from './types';

/** Groups whose text is not body text: fonts, colours, styles, document info, pictures, headers, footers, notes. */
const SKIP =
  /^(?:fonttbl|colortbl|stylesheet|info|pict|object|header|headerl|headerr|headerf|footer|footerl|footerr|footerf|footnote|listtable|listoverridetable|rsidtbl|generator|xmlnstbl|themedata|colorschememapping|latentstyles|datastore|filetbl|revtbl|pgdsctbl|fldinst)$/;

/** Windows-1252 bytes 0x80–0x9f (RTF's default code page), where it differs from Latin-1. */
const CP1252: Record<number, string> = {
  128: '€',
  130: '‚',
  132: '„',
  133: '…',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
  153: '™',
};

/**
 * Reads the body text of an RTF file: one block per paragraph (\par), table cells joined with " | "
 * per row. Formatting, fonts and embedded objects are dropped; headers and footers are not body text.
 */
export function readRtf(bytes: Uint8Array, file: string, opts: ReadDocumentOptions): ReadDocumentResult {
  const src = new TextDecoder('latin1').decode(bytes);
  const out = new DocumentBuilder(file, 'rtf');
  // one entry per open group: whether its text is skipped, and how many characters follow a \uN
  const stack: { skip: boolean; uc: number }[] = [];
  let skip = false;
  let uc = 1;
  let pendingSkip = 0;
  let para = '';
  let row: string[] = [];
  let inTable = false;
  const emit = (text: string) => {
    if (skip) return;
    if (pendingSkip > 0) {
      const n = Math.min(pendingSkip, text.length);
      pendingSkip -= n;
      text = text.slice(n);
    }
    para += text;
  };
  const endPara = () => {
    if (inTable) para += ' ';
    else out.paragraph(para);
    if (!inTable) para = '';
  };
  let i = 0;
  let depth = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '{') {
      stack.push({ skip, uc });
      if (++depth > 500) throw new DocumentError('corrupt', file, 'cannot be read: the RTF nests too deeply');
      i++;
      // a destination group ({\*\name ...}) we do not know is skipped whole
      if (src.startsWith('\\*', i)) skip = true;
      const m = /^\\([a-z]+)/.exec(src.slice(i, i + 40));
      if (m && SKIP.test(m[1]!)) skip = true;
      continue;
    }
    if (ch === '}') {
      const top = stack.pop();
      depth--;
      if (top) ({ skip, uc } = top);
      i++;
      continue;
    }
    if (ch === '\\') {
      const next = src[i + 1];
      if (next === "'") {
        const code = Number.parseInt(src.slice(i + 2, i + 4), 16);
        emit(CP1252[code] ?? String.fromCharCode(code));
        i += 4;
        continue;
      }
      if (next === '\\' || next === '{' || next === '}') {
        emit(next);
        i += 2;
        continue;
      }
      if (next === '~') {
        emit(' ');
        i += 2;
        continue;
      }
      const m = /^\\([a-zA-Z]+)(-?\d+)? ?/.exec(src.slice(i, i + 40));
      if (!m) {
        i += 2;
        continue;
      }
      i += m[0].length;
      const [, word, arg] = m;
      if (skip) continue;
      switch (word) {
        case 'par':
        case 'sect':
        case 'page':
          endPara();
          break;
        case 'line':
        case 'tab':
          emit(' ');
          break;
        case 'intbl':
          inTable = true;
          break;
        case 'cell':
          row.push(para.trim());
          para = '';
          inTable = true;
          break;
        case 'row':
          out.paragraph(row.filter(Boolean).join(' | '), 'table-row');
          row = [];
          para = '';
          inTable = false;
          break;
        case 'u': {
          const n = Number(arg);
          emit(String.fromCharCode(n < 0 ? n + 65536 : n));
          pendingSkip = uc;
          break;
        }
        case 'uc':
          uc = Number(arg ?? 1);
          break;
        case 'bullet':
          emit('•');
          break;
        case 'emdash':
          emit('—');
          break;
        case 'endash':
          emit('–');
          break;
        case 'lquote':
          emit('‘');
          break;
        case 'rquote':
          emit('’');
          break;
        case 'ldblquote':
          emit('“');
          break;
        case 'rdblquote':
          emit('”');
          break;
      }
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      i++;
      continue;
    }
    const stop = src.slice(i).search(/[\\{}\r\n]/);
    const run = stop < 0 ? src.slice(i) : src.slice(i, i + stop);
    emit(run);
    i += run.length;
  }
  if (para.trim()) out.paragraph(para);
  opts.onProgress?.(1, 1);
  return out.result();
}

/** A run of text with its exact position in the document's extracted text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A paragraph-like unit: a line of a text file or a block element of a page. */
export interface TextBlock extends TextSpan {
  /** stable id: the caller's (a DOM block) or the line's index for plain text */
  id: string;
  text: string;
}

export interface Sentence extends TextSpan {
  text: string;
  blockId: string;
}

/** Splits plain text into one block per non-blank line, keeping exact offsets. */
export function blocksFromText(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const line = /[^\n\r]+/g;
  let m: RegExpExecArray | null = line.exec(text);
  let i = 0;
  while (m) {
    if (/\S/.test(m[0])) {
      const span = trimSpan(text, m.index, m.index + m[0].length);
      blocks.push({ id: `b${i}`, start: span.start, end: span.end, text: text.slice(span.start, span.end) });
      i++;
    }
    m = line.exec(text);
  }
  return blocks;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS =
  /(?:\b(?:e\.g|i\.e|etc|no|nos|para|paras|s|ss|reg|regs|art|arts|cl|sch|p|pp|vol|ltd|plc|co|inc|mr|mrs|ms|dr|st|approx|incl|min|max|ref|vs|cf|fig)|\b[A-Z])\.$/i;

/**
 * Splits a block into sentences. A sentence ends at . ! or ? followed by space and a capital, digit,
 * bullet or quote, unless the stop belongs to a known abbreviation. Offsets are exact into the document.
 */
export function sentencesOf(block: TextBlock): Sentence[] {
  const out: Sentence[] = [];
  const { text } = block;
  const boundary = /[.!?]+["')\]’”]*(?=\s+["'(‘“•\-–—\d\p{Lu}])/gu;
  let from = 0;
  let m: RegExpExecArray | null = boundary.exec(text);
  while (m) {
    const end = m.index + m[0].length;
    const upToStop = text.slice(Math.max(from, m.index - 12), m.index + 1);
    if (!ABBREVIATIONS.test(upToStop)) {
      push(out, block, from, end);
      from = end;
    }
    m = boundary.exec(text);
  }
  push(out, block, from, text.length);
  return out;
}

function push(out: Sentence[], block: TextBlock, from: number, to: number) {
  const span = trimSpan(block.text, from, to);
  if (span.end <= span.start) return;
  out.push({
    text: block.text.slice(span.start, span.end),
    start: block.start + span.start,
    end: block.start + span.end,
    blockId: block.id,
  });
}

export function trimSpan(text: string, start: number, end: number): TextSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

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

/**
 * A hard-wrapped line goes on: the next line starts in lower case, or this one stops on a word that
 * cannot end a sentence. Headings and list items end cleanly and stay blocks of their own.
 */
const WRAPPED_END =
  /\b(?:the|a|an|of|to|and|or|for|in|on|at|by|with|from|that|which|its|their|our|is|are|be|as|than|not)$|,$/i;
function continuesLine(line: string, next: string, width?: number): boolean {
  if (/^\s*[•\-–*?]|^\s*(?:\d+|[a-z])[.)]\s/i.test(next)) return false;
  // in a text wrapped to one width, a line the next word would not have fitted on was broken by the wrapping
  if (width && fullLine(line, next, width)) return true;
  if (endsSentence(line)) return false;
  // WRAPPED_END matches at most 5 letters at the end: its last 8 characters decide it (a regex
  // anchored only at the end would otherwise be tried from every position of a long line)
  return (
    /^\s*[a-z]/.test(next) ||
    WRAPPED_END.test(line.trimEnd().slice(-8)) ||
    SENTENCE_BEGUN.test(line.slice(-200)) ||
    wrappedProse(line, next)
  );
}

/**
 * A full-width line of prose stopped mid-sentence ("… all staff on the contract the Real Living" / "Wage as set …"):
 * at least ten words, most in lower case, with no stop at its end, and the next line going on in prose or ending it.
 */
function wrappedProse(block: string, next: string): boolean {
  // the block's last line only: a block of many wrapped lines is not re-split at every line
  const line = block.slice(block.lastIndexOf('\n') + 1);
  const words = line.trim().split(/\s+/);
  if (words.length < 10 || line.trim().length < 60) return false;
  const lower = words.filter((w) => /^[a-z]/.test(w)).length;
  return (
    lower * 2 > words.length &&
    /^\s*\p{Lu}[\p{Ll}’'-]*(?:\s+[\p{Ll}\d£]|[.,;:]?\s*$)/u.test(next) &&
    !SENTENCE_OPENER.test(next)
  );
}
/** A word that opens a sentence, capitalised only there ("This will be checked by:"), not a name going on. */
const SENTENCE_OPENER =
  /^\s*(?:The|A|An|This|These|That|Those|There|We|It|Its|They|You|Your|Our|Their|He|She|I)\s+\p{Ll}/u;

/** A sentence ended and the next began on this line ("… response. The full Review"): prose cut mid-sentence (its last 200 characters decide it). */
const SENTENCE_BEGUN = /[a-z)][.!?]["'’”)]*\s+[A-Z][a-z]*(?:\s+[\w’'-]+){1,}\s*$/;

const CLOSERS = `"'’”)`;
/** Same as /[.!?:;]["'’”)]*$/.test(line), looking only at the line's end. */
function endsSentence(line: string): boolean {
  let e = line.length;
  while (e > 0 && CLOSERS.includes(line[e - 1]!)) e--;
  return e > 0 && '.!?:;'.includes(line[e - 1]!);
}

/** Room the wrapping may have left at a line's end: proportional fonts and multi-byte characters blur the width. */
const WRAP_SLACK = 3;

function fullLine(block: string, next: string, width: number): boolean {
  const line = block.slice(block.lastIndexOf('\n') + 1).trimEnd();
  const word = /^\s*(\S+)/.exec(next)?.[1] ?? '';
  return line.length + 1 + word.length > width - WRAP_SLACK;
}

/**
 * The width a hard-wrapped text (an email, a PDF's text, a terminal file) was wrapped at, or undefined when its
 * lines are not wrapped: then many lines end close to the longest, and lines go on in lower case after a break.
 */
function wrapWidth(text: string, lines: readonly TextSpan[]): number | undefined {
  if (lines.length < 6) return undefined;
  let longest = 0;
  for (const l of lines) longest = Math.max(longest, l.end - l.start);
  if (longest < 40 || longest > 130) return undefined;
  let near = 0;
  let goesOn = 0;
  for (const [k, l] of lines.entries()) {
    if (l.end - l.start < longest - 12) continue;
    near++;
    const next = lines[k + 1];
    if (next && /^[a-z]/.test(text.slice(next.start, next.start + 1))) goesOn++;
  }
  return near >= 4 && near * 10 >= lines.length * 3 && goesOn >= 2 ? longest : undefined;
}

/** Splits plain text into one block per paragraph line (hard-wrapped lines rejoined), keeping exact offsets. */
export function blocksFromText(text: string): TextBlock[] {
  const lines: TextSpan[] = [];
  const line = /[^\n\r]+/g;
  let m: RegExpExecArray | null = line.exec(text);
  while (m) {
    if (/\S/.test(m[0])) lines.push(trimSpan(text, m.index, m.index + m[0].length));
    m = line.exec(text);
  }
  const width = wrapWidth(text, lines);
  const blocks: TextBlock[] = [];
  for (let k = 0; k < lines.length; k++) {
    const start = lines[k]!.start;
    let end = lines[k]!.end;
    // only a single line break joins: a blank line always ends the paragraph
    while (
      k + 1 < lines.length &&
      !/\n[^\S\n]*\r?\n/.test(text.slice(end, lines[k + 1]!.start)) &&
      continuesLine(text.slice(start, end), text.slice(lines[k + 1]!.start, lines[k + 1]!.end), width)
    ) {
      k++;
      end = lines[k]!.end;
    }
    blocks.push({ id: `b${blocks.length}`, start, end, text: text.slice(start, end) });
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
    if (!ABBREVIATIONS.test(upToStop) && !isEnumerator(text.slice(from, m.index + 1))) {
      push(out, block, from, end);
      from = end;
    }
    m = boundary.exec(text);
  }
  push(out, block, from, text.length);
  return out;
}

/**
 * The stop closes a list number, not a sentence: "25." opening an item, or "14 24." in a contents
 * line where a page number is followed by the next entry's number.
 */
function isEnumerator(sinceSentenceStart: string): boolean {
  return (
    /^\s*\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,4})\.$/i.test(sinceSentenceStart) ||
    // a match is at most 7 characters at the end, so the last 10 decide it
    /\b\d{1,3} \d{1,2}\.$/.test(sinceSentenceStart.slice(-10))
  );
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

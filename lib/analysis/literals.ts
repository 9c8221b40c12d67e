/**
 * A cheap, exact prefilter for the checks' cue patterns. Most cues spell out words ("\bsocial value\b",
 * "\bzero[- ]hours?\b"); a text that contains none of a pattern's required words cannot match it, and
 * finding words costs a fraction of running some 190 case-insensitive regexes over every block.
 *
 * `requiredLiterals` reads a pattern's source and returns lower-case ASCII strings of which every match
 * must contain at least one (or undefined when it cannot tell, e.g. "£\s?\d"); `LiteralScanner` finds
 * which of them a text holds in one pass. The regex is still run when one is present, so the prefilter
 * only ever skips a test that would have failed.
 */

/** What one piece of a pattern guarantees about the text it matches. */
interface Piece {
  /** the piece always matches exactly this text (lower-case ASCII), e.g. "a" or an escaped "." */
  exact?: string;
  /** one of these strings occurs in whatever the piece matches */
  required?: string[];
  /** matches no characters (\b, ^, $, lookarounds): consecutive literals on either side stay consecutive */
  zeroWidth?: boolean;
}

const QUANTIFIER = /(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/y;
const GROUP_KIND = /\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>)/y;

/** ASCII characters that stand for themselves when escaped (identity escapes). */
const PUNCTUATION = /[!-/:-@[-`{-~]/;

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  /** alternatives up to ')' or the end */
  disjunction(): Piece {
    const branches: Piece[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const required: string[] = [];
    for (const b of branches) {
      const guaranteed = b.required ?? (b.exact ? [b.exact] : undefined);
      if (!guaranteed) return {};
      required.push(...guaranteed);
    }
    return { required: [...new Set(required)] };
  }

  private sequence(): Piece {
    const pieces: Piece[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      pieces.push(this.quantified(atom));
    }
    return combine(pieces);
  }

  /** applies a following quantifier: a piece that may repeat or vanish keeps only what one occurrence guarantees */
  private quantified(atom: Piece): Piece {
    const c = this.src[this.i];
    if (c !== '*' && c !== '+' && c !== '?' && c !== '{') return atom;
    QUANTIFIER.lastIndex = this.i;
    const m = QUANTIFIER.exec(this.src);
    if (!m) return atom;
    this.i += m[0].length;
    if (atom.zeroWidth) return { zeroWidth: true };
    const min = m[0][0] === '+' ? 1 : m[0][0] === '{' ? Number(m[1]) : 0;
    return min >= 1 ? { required: atom.required ?? (atom.exact ? [atom.exact] : undefined) } : {};
  }

  private atom(): Piece {
    const c = this.src[this.i]!;
    this.i++;
    switch (c) {
      case '^':
      case '$':
        return { zeroWidth: true };
      case '.':
        return {};
      case '[':
        this.skipClass();
        return {};
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      case '{':
        // not a quantifier here (quantified() consumed those): a literal brace
        return { exact: '{' };
      default:
        return literal(c);
    }
  }

  private group(): Piece {
    let kind = '';
    if (this.src[this.i] === '?') {
      GROUP_KIND.lastIndex = this.i;
      const m = GROUP_KIND.exec(this.src);
      if (!m) throw new Error(`unsupported group in /${this.src}/`);
      kind = m[0];
      this.i += m[0].length;
    }
    const inner = this.disjunction();
    if (this.src[this.i] !== ')') throw new Error(`unbalanced group in /${this.src}/`);
    this.i++;
    // a lookaround matches no characters of its own
    if (kind === '?=' || kind === '?!' || kind === '?<=' || kind === '?<!') return { zeroWidth: true };
    return inner;
  }

  private escape(): Piece {
    const c = this.src[this.i]!;
    this.i++;
    if (c === 'b' || c === 'B') return { zeroWidth: true };
    if (c === 'x') this.i += 2;
    else if (c === 'u') this.i += this.src[this.i] === '{' ? this.src.indexOf('}', this.i) - this.i + 1 : 4;
    else if (c === 'c') this.i += 1;
    else if (c === 'k' && this.src[this.i] === '<') this.i = this.src.indexOf('>', this.i) + 1;
    else if (c === 'p' || c === 'P') {
      if (this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
    } else if (PUNCTUATION.test(c)) return literal(c);
    // a class (\d \s \w), a control character, a back reference or a code point: no literal to rely on
    return {};
  }

  private skipClass() {
    while (this.i < this.src.length) {
      const c = this.src[this.i]!;
      this.i++;
      if (c === '\\') this.i++;
      else if (c === ']') return;
    }
    throw new Error(`unterminated class in /${this.src}/`);
  }

  get done() {
    return this.i >= this.src.length;
  }
}

/** A printable ASCII character is itself in either case; any other character is not relied on. */
function literal(c: string): Piece {
  return c >= ' ' && c <= '~' ? { exact: c.toLowerCase() } : {};
}

/** A sequence guarantees its longest run of consecutive literals, or any single required piece. */
function combine(pieces: readonly Piece[]): Piece {
  if (pieces.length === 1) return pieces[0]!;
  if (pieces.every((p) => p.zeroWidth)) return { zeroWidth: true };
  const options: string[][] = [];
  let run = '';
  let exact = '';
  let allExact = true;
  for (const p of pieces) {
    if (p.zeroWidth) continue;
    if (p.exact !== undefined) {
      run += p.exact;
      exact += p.exact;
      continue;
    }
    allExact = false;
    if (run) options.push([run]);
    run = '';
    if (p.required) options.push(p.required);
  }
  if (run) options.push([run]);
  if (allExact) return { exact };
  // the most selective guarantee: the one whose shortest string is longest
  let best: string[] | undefined;
  let bestLength = 0;
  for (const o of options) {
    const shortest = Math.min(...o.map((s) => s.length));
    if (shortest > bestLength) {
      best = o;
      bestLength = shortest;
    }
  }
  return best ? { required: best } : {};
}

/**
 * Lower-case ASCII strings of which every match of `pattern` contains one (compared with the text's
 * `toLowerCase()`), or undefined when the pattern guarantees no literal text. Flags that change what a
 * character matches beyond ASCII case (u, v) make the answer undefined.
 */
export function requiredLiterals(pattern: RegExp): string[] | undefined {
  if (/[uv]/.test(pattern.flags)) return undefined;
  try {
    const parser = new Parser(pattern.source);
    const piece = parser.disjunction();
    if (!parser.done) return undefined;
    const required = piece.required ?? (piece.exact ? [piece.exact] : undefined);
    // a one-letter guarantee skips almost nothing and is not worth the lookup
    return required?.every((s) => s.length >= 2) ? required : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A pattern's top-level alternatives as patterns of their own, with its flags. One union of many alternatives is
 * tried at every position of a text; each alternative alone keeps V8's scan for its first literal, and `some`
 * stops at the first that matches, so `branches(p).some((b) => b.test(t))` answers `p.test(t)` much faster.
 * Not for patterns with backreferences (a number would point into another branch).
 */
export function branches(pattern: RegExp): RegExp[] {
  const flags = pattern.flags.replace('g', '');
  let src = pattern.source;
  if (/\\[1-9]|\\k</.test(src)) return [new RegExp(src, flags)];
  // one group holding every alternative, between word boundaries ("\b(?:KPIs?|…)\b"): its alternatives, each bounded
  let before = '';
  let after = '';
  const wrapped = /^(\\b)?\(\?:([\s\S]*)\)(\\b)?$/.exec(src);
  if (wrapped && closesAtEnd(`(?:${wrapped[2]})`) && topLevel(wrapped[2]!).length > 1) {
    before = wrapped[1] ?? '';
    after = wrapped[3] ?? '';
    src = wrapped[2]!;
  }
  return topLevel(src).map((part) => new RegExp(`${before}(?:${part})${after}`, flags));
}

/**
 * The parentheses and bars of a pattern source that shape it (not escaped, not inside a character class), each with
 * the group depth it leaves: one past an opening parenthesis, back after a closing one.
 */
function* structure(src: string): Generator<{ at: number; char: string; depth: number }> {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' || c === ')' || c === '|') {
      depth += c === '(' ? 1 : c === ')' ? -1 : 0;
      yield { at: i, char: c, depth };
    }
  }
}

/** Whether the group opening a pattern source closes at its last character ("(?:a|b)", not "(?:a)|(?:b)"). */
function closesAtEnd(src: string): boolean {
  for (const t of structure(src)) if (t.char === ')' && t.depth === 0) return t.at === src.length - 1;
  return false;
}

/** A pattern source split at its top-level '|' (outside groups and classes). */
function topLevel(src: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const t of structure(src))
    if (t.char === '|' && t.depth === 0) {
      parts.push(src.slice(from, t.at));
      from = t.at + 1;
    }
  parts.push(src.slice(from));
  return parts;
}

/** A pattern with the ids of its required literals in a `LiteralScanner` (undefined: always test it). */
export interface FilteredPattern {
  pattern: RegExp;
  literalIds: readonly number[] | undefined;
}

/**
 * Finds which of many short literals occur in a text in one pass over its characters (an Aho–Corasick
 * automaton over ASCII, folding case), instead of one `includes` or regex scan per literal.
 */
export class LiteralScanner {
  private readonly literals: string[] = [];
  private readonly ids = new Map<string, number>();
  /** next state for (state, column of the character); built on first scan */
  private delta: Int32Array | undefined;
  /** a character code below 128 → its column in `delta` (0: in no literal) */
  private column = new Uint8Array(128);
  private width = 1;
  /** literal ids recognised on reaching each state, including those ending in a suffix of it */
  private outputs: (number[] | undefined)[] = [];

  /** Registers a pattern's literals; call before the first `scan`. */
  filtered(pattern: RegExp): FilteredPattern {
    if (this.delta) throw new Error('LiteralScanner: patterns must be added before the first scan');
    const literals = requiredLiterals(pattern);
    return {
      pattern,
      literalIds: literals?.map((l) => {
        let id = this.ids.get(l);
        if (id === undefined) {
          id = this.literals.length;
          this.literals.push(l);
          this.ids.set(l, id);
        }
        return id;
      }),
    };
  }

  private build() {
    // only the characters the literals use get a column; every other character leads back to the root
    const column = new Uint8Array(128);
    let width = 1;
    for (const lit of this.literals)
      for (let k = 0; k < lit.length; k++) {
        const c = lit.charCodeAt(k);
        if (!column[c]) column[c] = width++;
      }
    for (let c = 65; c <= 90; c++) column[c] = column[c + 32]!;
    // trie, as a table of (state, column) → state, 0 for none (the root is never a child)
    let size = 1;
    for (const lit of this.literals) size += lit.length;
    const delta = new Int32Array(size * width);
    const ends: number[][] = [[]];
    let states = 1;
    for (const [id, lit] of this.literals.entries()) {
      let s = 0;
      for (let k = 0; k < lit.length; k++) {
        const at = s * width + column[lit.charCodeAt(k)]!;
        if (!delta[at]) {
          delta[at] = states++;
          ends.push([]);
        }
        s = delta[at]!;
      }
      ends[s]!.push(id);
    }
    // breadth first, completing each row with its failure state's row (Aho–Corasick's automaton)
    const fail = new Int32Array(states);
    const outputs: (number[] | undefined)[] = new Array(states);
    const queue = [0];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      const inherited = s === 0 ? undefined : outputs[fail[s]!];
      outputs[s] = ends[s]!.length || inherited ? [...ends[s]!, ...(inherited ?? [])] : undefined;
      for (let c = 1; c < width; c++) {
        const t = delta[s * width + c]!;
        if (t) {
          fail[t] = s === 0 ? 0 : delta[fail[s]! * width + c]!;
          queue.push(t);
        } else if (s !== 0) delta[s * width + c] = delta[fail[s]! * width + c]!;
      }
    }
    this.column = column;
    this.width = width;
    this.outputs = outputs;
    this.delta = delta;
  }

  /**
   * Which literals occur in `text`, ASCII letters compared without case: found[id] is 1 when literal id does.
   * `foundIds`, when given, receives each such id once, for callers that visit only what was found.
   */
  scan(text: string, foundIds?: number[]): Uint8Array {
    if (!this.delta) this.build();
    const { column, width, outputs } = this;
    const delta = this.delta!;
    const found = new Uint8Array(this.literals.length);
    let s = 0;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      // no literal holds a character outside ASCII
      const col = c < 128 ? column[c]! : 0;
      if (col === 0) {
        s = 0;
        continue;
      }
      s = delta[s * width + col]!;
      const out = outputs[s];
      if (out)
        for (const id of out)
          if (!found[id]) {
            found[id] = 1;
            foundIds?.push(id);
          }
    }
    return found;
  }
}

/** Same answer as `p.pattern.test(text)` for a non-global pattern; `found` is `scanner.scan(text)`. */
export function testFiltered(p: FilteredPattern, text: string, found: Uint8Array): boolean {
  const ids = p.literalIds;
  if (ids) {
    let present = false;
    for (const id of ids)
      if (found[id]) {
        present = true;
        break;
      }
    if (!present) return false;
  }
  return p.pattern.test(text);
}

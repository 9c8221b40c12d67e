/**
 * The shape of an HTML text as linkedom's parser (htmlparser2) will build it, measured in one linear
 * pass before parsing: that parser keeps its open elements in an array it shifts and searches, so a
 * deep or tag-heavy page costs it minutes, and the CLI must refuse such a page before handing it over.
 */

export interface PageShape {
  /** the deepest element nesting the parser will build */
  depth: number;
  /** opening and closing tags seen */
  tags: number;
}

const VOID = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext', 'noscript', 'noembed']);
const FOREIGN = new Set(['svg', 'math']);

const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
// Which open elements an opening tag closes, exactly as htmlparser2 decides (its openImpliesClose).
const CLOSES = new Map<string, Set<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'],
    th: ['th'],
    td: ['thead', 'th', 'td'],
    body: ['head', 'link', 'script'],
    li: ['li'],
    option: ['option'],
    optgroup: ['optgroup', 'option'],
    dd: ['dd', 'dt'],
    dt: ['dd', 'dt'],
    rt: ['rt', 'rp'],
    rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'],
    tfoot: ['thead', 'tbody'],
    ...Object.fromEntries(['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM])),
    ...Object.fromEntries(
      'p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul'
        .split(' ')
        .map((t) => [t, P]),
    ),
  }).map(([k, v]) => [k, new Set(v)]),
);

/**
 * Walks the tags with the parser's own rules (implied ends, void elements, `/>` only inside SVG or
 * MathML, raw-text elements, closing tags that close everything above their match), stopping as soon
 * as the depth passes `maxDepth` or the tag count passes `maxTags`.
 */
export function pageShape(
  html: string,
  maxDepth = Number.POSITIVE_INFINITY,
  maxTags = Number.POSITIVE_INFINITY,
): PageShape {
  const tag = /<(\/?)([a-zA-Z][^\s/>]*)/y;
  const stack: string[] = [];
  // How many of each name are open, so a closing tag with no match costs nothing.
  const open = new Map<string, number>();
  let foreign = 0;
  let depth = 0;
  let tags = 0;
  const push = (name: string) => {
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) foreign++;
    if (stack.length > depth) depth = stack.length;
  };
  const pop = () => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
    if (FOREIGN.has(name)) foreign--;
  };
  let i = html.indexOf('<');
  while (i >= 0 && depth <= maxDepth && tags <= maxTags) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    tag.lastIndex = i;
    const m = tag.exec(html);
    if (!m) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const end = html.indexOf('>', tag.lastIndex);
    if (end < 0) break;
    tags++;
    const name = m[2]!.toLowerCase();
    let next = end + 1;
    if (m[1]) {
      if (!VOID.has(name) && open.get(name)) {
        while (stack[stack.length - 1] !== name) pop();
        pop();
      }
    } else {
      const closes = CLOSES.get(name);
      while (closes && stack.length && closes.has(stack[stack.length - 1]!)) pop();
      if (!VOID.has(name)) {
        push(name);
        if (foreign && html[end - 1] === '/') pop();
        else if (RAW_TEXT.has(name) && !foreign) {
          const close = new RegExp(`</${name}`, 'gi');
          close.lastIndex = next;
          next = close.exec(html) ? close.lastIndex - name.length - 2 : html.length;
        }
      }
    }
    i = html.indexOf('<', next);
  }
  return { depth, tags };
}

/**
 * A small XML event reader for the well-formed XML inside Word and OpenDocument files. It needs no DOM
 * (so it runs in a worker) and never expands DTD entities (so an entity bomb is just text).
 */
export interface XmlHandler {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function walkXml(xml: string, h: XmlHandler): void {
  let p = 0;
  const n = xml.length;
  while (p < n) {
    const lt = xml.indexOf('<', p);
    if (lt < 0) {
      emitText(xml.slice(p), h);
      break;
    }
    if (lt > p) emitText(xml.slice(p, lt), h);
    if (xml.startsWith('<!--', lt)) {
      p = skipTo(xml, '-->', lt);
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      h.text(xml.slice(lt + 9, end < 0 ? n : end));
      p = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith('<?', lt)) {
      p = skipTo(xml, '?>', lt);
      continue;
    }
    if (xml.startsWith('<!', lt)) {
      p = skipDoctype(xml, lt);
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) break;
    const tag = xml.slice(lt + 1, gt);
    p = gt + 1;
    if (tag.startsWith('/')) {
      h.close(tag.slice(1).trim());
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const sp = body.search(/\s/);
    const name = sp < 0 ? body : body.slice(0, sp);
    const attrs: Record<string, string> = {};
    if (sp >= 0) {
      ATTR.lastIndex = sp;
      let m: RegExpExecArray | null = ATTR.exec(body);
      while (m) {
        attrs[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
        m = ATTR.exec(body);
      }
    }
    h.open(name, attrs, selfClosing);
    if (selfClosing) h.close(name);
  }
}

function skipTo(xml: string, end: string, from: number): number {
  const i = xml.indexOf(end, from);
  return i < 0 ? xml.length : i + end.length;
}

/** A DOCTYPE may hold an internal subset in [...]; skip it whole. */
function skipDoctype(xml: string, from: number): number {
  const bracket = xml.indexOf('[', from);
  const gt = xml.indexOf('>', from);
  if (bracket >= 0 && bracket < gt) return skipTo(xml, ']>', bracket);
  return gt < 0 ? xml.length : gt + 1;
}

function emitText(raw: string, h: XmlHandler) {
  h.text(raw.includes('&') ? decodeEntities(raw) : raw);
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[e] ?? all;
  });
}

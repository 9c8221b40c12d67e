import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { readDocument } from '/work/wt-convert/lib/documents';
import { scanText } from '/work/wt-convert/lib/scan';
import { textBlocks, textPdf } from '/work/wt-convert/tests/tools/convert-text';
it('why', async () => {
  for (const [f, id, cols] of [['long/004.txt','open-book',1],['docs/006.txt','fair-work',2]] as const) {
    const text = readFileSync('/work/shared/corpus/' + f, 'utf8');
    const blocks = textBlocks(text);
    const want = blocks.map((b) => b.text.replace(/\*\*/g, ''));
    const d = await readDocument(await textPdf('Converted for testing - ' + f, blocks, cols), 'x.pdf');
    const c = scanText(f, d.text, d.blocks).checks.find((c) => c.id === id)!;
    console.log(f, id, JSON.stringify(c.evidence).slice(0, 700));
    const got = new Set(d.blocks.map((b) => b.text));
    const wantSet = new Set(want);
    console.log('missing from read:', want.filter((w) => !got.has(w)).slice(0, 12).map((s) => s.slice(0, 140)));
    console.log('extra in read:', d.blocks.map((b) => b.text).filter((w) => !wantSet.has(w)).slice(0, 12).map((s) => s.slice(0, 140)));
  }
});

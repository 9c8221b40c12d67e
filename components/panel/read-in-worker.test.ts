import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveDocumentWorker } from '~/lib/documents/worker';
import { readInWorker } from './read-in-worker';

const ENCRYPTED = new Uint8Array(readFileSync(join(__dirname, '../../tests/fixtures/documents/encrypted.pdf')));

/** The panel's side of a worker joined in-process to the reader's real worker code (messages cloned both ways). */
function inProcessWorker(): Worker {
  const panel = { onmessage: null as ((e: MessageEvent) => void) | null, onerror: null } as unknown as Worker;
  const scope = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    postMessage: (m: unknown) => panel.onmessage?.({ data: structuredClone(m) } as MessageEvent),
  };
  serveDocumentWorker(scope);
  panel.postMessage = (m: unknown) => scope.onmessage?.({ data: m } as MessageEvent);
  return panel;
}

const read = (password?: string) =>
  readInWorker(inProcessWorker(), ENCRYPTED, 'terms.pdf', {}, () => {}, new AbortController().signal, password);

describe('reading a locked attachment in the worker', () => {
  it('asks for the password when none was given', async () => {
    expect(await read()).toEqual({
      ok: false,
      password: 'needed',
      message: 'terms.pdf is protected with a password: enter it to read it.',
    });
  });

  it('says so when the password is wrong, and can be asked again', async () => {
    expect(await read('not-it')).toMatchObject({ ok: false, password: 'wrong' });
  });

  it('reads and checks the document with the right password', async () => {
    const got = await read('tender-2026');
    expect(got.ok).toBe(true);
    if (got.ok) expect(got.document.text.length).toBeGreaterThan(50);
  });
});

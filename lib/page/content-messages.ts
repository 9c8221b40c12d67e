import { type Analysis, parseMessage, ToContentSchema } from '../messages/schemas';
import type { Attachment } from '../pack/attachments';
import type { AttachmentReply } from './attachments';
import type { InsertResult } from './editors';

/** What the content script's message handler drives: the page controller, seen through what messages may ask. */
export interface ContentActions {
  readonly enabled: boolean;
  scan(force: boolean): Promise<void>;
  apply(analysis: Analysis): void;
  focus(start: number, end: number): boolean;
  insert(text: string): InsertResult;
}

/** The page's linked tender documents, for the side panel's pack. */
export interface PageDocuments {
  /** the tender documents the page links to, from its own site or a known portal */
  attachments(): Attachment[];
  /** one of them, fetched with the page's session on the rep's click */
  fetchAttachment(url: string): Promise<AttachmentReply>;
}

/**
 * Handles a message from the extension in the page: validated, from the extension itself only, and
 * nothing thrown crosses back (a failure answers `{ ok: false }`).
 */
export function handleContentMessage(
  raw: unknown,
  sender: { id?: string } | undefined,
  ownId: string,
  page: ContentActions,
  documents?: PageDocuments,
): Promise<unknown> | undefined {
  if (sender?.id !== ownId) return undefined;
  const msg = parseMessage(ToContentSchema, raw, 'content');
  if (!msg) return undefined;
  const failed = (e: unknown) => {
    console.error('[tenderlight] content: a message handler failed:', (e as Error)?.message);
    return { ok: false };
  };
  try {
    switch (msg.type) {
      case 'ping':
        return Promise.resolve({ ok: page.enabled });
      case 'scan':
        return page
          .scan(true)
          .then(() => ({ ok: page.enabled }))
          .catch(failed);
      case 'analysis':
        page.apply(msg);
        return Promise.resolve({ ok: true });
      case 'focus':
        return Promise.resolve({ ok: page.focus(msg.start, msg.end) });
      case 'insert':
        return Promise.resolve(page.insert(msg.text));
      case 'list-attachments':
        return Promise.resolve({ ok: true, attachments: documents?.attachments() ?? [] });
      case 'download-attachment':
        return documents
          ? documents.fetchAttachment(msg.url).catch(failed)
          : Promise.resolve({ ok: false, problem: 'not-allowed', reason: 'this page lists no documents' });
      case 'tab-pdf':
        // only the content script in a PDF tab (lib/page/pdf-tab.ts) hands over its document
        return Promise.resolve({ ok: false, reason: 'this tab does not show a PDF' });
    }
  } catch (e) {
    return Promise.resolve(failed(e));
  }
}

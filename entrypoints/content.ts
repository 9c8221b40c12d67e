import { PORTAL_MATCHES } from '@/lib/data/portal-hosts';
import { nextTask } from '@/lib/extract/extract';
import { sendPage } from '@/lib/messages/page-transfer';
import { AnalysisSchema, parseMessage } from '@/lib/messages/schemas';
import { fetchAttachment, pageAttachments } from '@/lib/page/attachments';
import { handleContentMessage, type PageDocuments } from '@/lib/page/content-messages';
import { PageController } from '@/lib/page/controller';
import { isPdfDocument, runInPdfTab } from '@/lib/page/pdf-tab';

// Runs by itself on known portals; elsewhere the background injects it on the user's request.
export default defineContentScript({
  matches: [...PORTAL_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    if (isPdfDocument(document)) {
      // The browser's PDF viewer: no page text to check; the PDF is read as a document in the reader.
      const onPdfMessage = runInPdfTab(document, (m) => browser.runtime.sendMessage(m), browser.runtime.id);
      browser.runtime.onMessage.addListener(onPdfMessage);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onPdfMessage));
      return;
    }
    const controller = new PageController(
      document,
      {
        async analyse(page) {
          // in parts of a few ms each: one message of a 1M-character page held the page's thread for ~100 ms
          const raw = await sendPage(page, (m) => browser.runtime.sendMessage(m), nextTask).catch((e: Error) => {
            console.warn('[tenderlight] the analysis failed:', e.message);
            return undefined;
          });
          // Checked and painted in a task of its own (not a microtask of the message's), so the page's
          // profilers, and the e2e suite's, see the time as the extension's.
          await nextTask();
          return raw === undefined ? undefined : parseMessage(AnalysisSchema, raw, 'content: analysis');
        },
      },
      ctx.signal,
    );
    // Documents are fetched only on the rep's click, and only ones the page links to right now.
    const documents: PageDocuments = {
      attachments: () => pageAttachments(document),
      fetchAttachment: (url) => fetchAttachment(url, location.href, pageAttachments(document)),
    };
    const onMessage = (raw: unknown, sender: { id?: string }) =>
      ctx.isInvalid ? undefined : handleContentMessage(raw, sender, browser.runtime.id, controller, documents);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    controller.start();
  },
});

import type { UnreadableKind } from '@/lib/messages/schemas';

/** Opens the document reader in a new tab, given the PDF tab it should read (or none: choose a file). */
export function openReader(pdfTabId?: number) {
  const path = pdfTabId === undefined ? '/reader.html' : `/reader.html?tab=${pdfTabId}`;
  void browser.tabs.create({ url: browser.runtime.getURL(path as '/reader.html') });
}

/**
 * What the popup and side panel say instead of a checklist when the tab has nothing to check as a page:
 * no readable text, or a PDF in the browser's viewer (offered to the document reader).
 */
export function UnreadablePage({
  kind,
  tabId,
  onOpened,
}: {
  kind: UnreadableKind;
  tabId: number | undefined;
  onOpened?: () => void;
}) {
  if (kind === 'empty')
    return (
      <section class="unreadable" aria-label="Nothing to check">
        <p>
          <strong>Nothing to check here.</strong> This page has no readable text, so there is no review to save. If the
          tender is in an attached document, open it with "Scan a document".
        </p>
      </section>
    );
  return (
    <section class="unreadable" aria-label="PDF">
      <p>
        <strong>This is a PDF: scan it as a document.</strong> The checks read a PDF in the document reader, with
        evidence cited by page and clause.
      </p>
      <button
        type="button"
        class="primary"
        onClick={() => {
          openReader(tabId);
          onOpened?.();
        }}
      >
        Scan this PDF
      </button>
    </section>
  );
}

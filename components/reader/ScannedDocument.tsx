/** A scanned PDF (no text layer): says so with its page count, and offers to read it with OCR on this computer. */
export function ScannedDocument(props: { file: string; pages?: number; cancelled: boolean; onRead: () => void }) {
  const { file, pages } = props;
  return (
    <section class="scanned" aria-label="Scanned document">
      {props.cancelled && (
        <p role="status">
          Reading {file} with OCR was cancelled. Nothing was kept; you can start it again or choose another file.
        </p>
      )}
      <p role="alert">
        {file} has no text to read{pages ? ` on any of its ${pages} ${pages === 1 ? 'page' : 'pages'}` : ''}: it looks
        like a scan.
      </p>
      <p>
        Tenderlight can read the pictures of its pages with OCR (optical character recognition). It runs here, on this
        computer; nothing is sent anywhere. It takes a few seconds a page, and OCR can misread words.
      </p>
      <button type="button" class="primary" onClick={props.onRead}>
        Read it with OCR (offline)
      </button>
    </section>
  );
}

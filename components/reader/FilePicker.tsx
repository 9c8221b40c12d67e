import { useState } from 'preact/hooks';

/** The formats the reader opens (the format is then read from the bytes, not trusted from the name). */
const ACCEPT = '.pdf,.docx,.odt,.rtf,.doc,application/pdf';

/** Choose a file or drop one here: the document to check. */
export function FilePicker({ onFile }: { onFile(file: File): void }) {
  const [over, setOver] = useState(false);
  return (
    <section
      class={`drop-zone${over ? ' drop-over' : ''}`}
      aria-label="Choose a document"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer?.files[0];
        if (file) onFile(file);
      }}
    >
      <p>Drop a tender document here (PDF, Word .docx, OpenDocument .odt or RTF), or</p>
      <label class="file-button">
        Choose a file…
        <input
          type="file"
          accept={ACCEPT}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) onFile(file);
            input.value = '';
          }}
        />
      </label>
      <p class="muted">The file is read in this browser; nothing is uploaded.</p>
    </section>
  );
}

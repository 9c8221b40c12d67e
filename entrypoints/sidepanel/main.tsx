import { render } from 'preact';
import { SidePanel } from '@/components/panel/SidePanel';
import { withOcrOnPage } from '@/components/reader/ocr-on-page';
import { tesseractEngine } from '@/lib/documents/ocr';
import { ocrFilesAt } from '@/lib/documents/ocr-files';
import '@/components/panel/panel.css';

// Documents linked from the page are read in the reader's worker, off the panel's main thread.
const startWorker = () =>
  withOcrOnPage(
    new Worker(new URL('../reader/document-worker.ts', import.meta.url), { type: 'module' }),
    tesseractEngine(ocrFilesAt(location.origin)),
  );

render(<SidePanel startWorker={startWorker} />, document.getElementById('app')!);

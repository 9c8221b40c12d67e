import { render } from 'preact';
import { withOcrOnPage } from '@/components/reader/ocr-on-page';
import { ReaderApp } from '@/components/reader/ReaderApp';
import { tesseractEngine } from '@/lib/documents/ocr';
import { ocrFilesAt } from '@/lib/documents/ocr-files';
import '@/components/panel/panel.css';
import '@/components/reader/reader.css';

const startWorker = () =>
  withOcrOnPage(
    new Worker(new URL('./document-worker.ts', import.meta.url), { type: 'module' }),
    tesseractEngine(ocrFilesAt(location.origin)),
  );

render(<ReaderApp startWorker={startWorker} />, document.getElementById('app')!);

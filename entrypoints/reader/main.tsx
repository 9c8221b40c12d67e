import { render } from 'preact';
import { ReaderApp } from '@/components/reader/ReaderApp';
import { withWorkersStartedHere } from '@/components/reader/workers-for-document-worker';
import '@/components/panel/panel.css';
import '@/components/reader/reader.css';

const startWorker = () =>
  withWorkersStartedHere(new Worker(new URL('./document-worker.ts', import.meta.url), { type: 'module' }));

render(<ReaderApp startWorker={startWorker} />, document.getElementById('app')!);

import { render } from 'preact';
import { SidePanel } from '@/components/panel/SidePanel';
import { withWorkersStartedHere } from '@/components/reader/workers-for-document-worker';
import '@/components/panel/panel.css';

// Documents linked from the page are read in the reader's worker, off the panel's main thread.
const startWorker = () =>
  withWorkersStartedHere(new Worker(new URL('../reader/document-worker.ts', import.meta.url), { type: 'module' }));

render(<SidePanel startWorker={startWorker} />, document.getElementById('app')!);

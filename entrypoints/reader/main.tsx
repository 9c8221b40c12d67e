import { render } from 'preact';
import { ReaderApp } from '@/components/reader/ReaderApp';
import '@/components/panel/panel.css';
import '@/components/reader/reader.css';

const startWorker = () => new Worker(new URL('./document-worker.ts', import.meta.url), { type: 'module' });

render(<ReaderApp startWorker={startWorker} />, document.getElementById('app')!);

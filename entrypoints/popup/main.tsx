import { render } from 'preact';
import { PopupView } from '@/components/popup/PopupView';
import '@/components/panel/panel.css';

render(<PopupView />, document.getElementById('app')!);

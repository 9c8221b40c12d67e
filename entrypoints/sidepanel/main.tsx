import { render } from 'preact';
import { SidePanel } from '@/components/panel/SidePanel';
import '@/components/panel/panel.css';

render(<SidePanel />, document.getElementById('app')!);

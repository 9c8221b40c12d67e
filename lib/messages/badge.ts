import type { ScanResult, Status } from '../types';

export interface Badge {
  text: string;
  /** background colour: the worst status present */
  color: string;
  title: string;
}

// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
export const STATUS_COLOR: Record<Status, string> = {
  strong: '#0072B2',
  weak: '#E69F00',
  missing: '#D55E00',
  'n/a': '#6B6B6B',
};

/**
 * The toolbar badge for a result: how many checks are missing or weak, coloured by the worst. A tab with
 * nothing to read says so instead of counting every check as missing.
 */
export function badgeFor(result: ScanResult | undefined, unreadable?: 'empty' | 'pdf'): Badge {
  if (unreadable === 'pdf')
    return { text: 'PDF', color: STATUS_COLOR['n/a'], title: 'Tenderlight: this is a PDF: scan it as a document' };
  if (unreadable === 'empty')
    return { text: '–', color: STATUS_COLOR['n/a'], title: 'Tenderlight: nothing to check here (no readable text)' };
  if (!result) return { text: '', color: STATUS_COLOR['n/a'], title: 'Tenderlight' };
  const missing = result.checks.filter((c) => c.status === 'missing').length;
  const weak = result.checks.filter((c) => c.status === 'weak').length;
  const n = missing + weak;
  const worst: Status = missing ? 'missing' : weak ? 'weak' : 'strong';
  return {
    text: n ? String(n) : '✓',
    color: STATUS_COLOR[worst],
    title: `Tenderlight: ${missing} missing, ${weak} weak`,
  };
}

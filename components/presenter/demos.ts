import homecareNotice from '~/assets/demos/homecare-notice.html?raw';
import itServicesItt from '~/assets/demos/it-services-itt.html?raw';
import scotlandNotice from '~/assets/demos/scotland-notice.html?raw';
import strongExample from '~/assets/demos/strong-example.html?raw';
import walesNotice from '~/assets/demos/wales-notice.html?raw';
import type { DraftBlock } from '~/lib/store/reviews-db';

/** A bundled demo tender the project wrote for training; the authorities are fictional. */
export interface Demo {
  id: string;
  title: string;
  /** filled into model wording in place of {authority} */
  authority: string;
  /** filled in place of {contract} */
  contract: string;
  /** one line for the trainer: what the demo is good for */
  teaches: string;
  html: string;
}

export const DEMOS: readonly Demo[] = [
  {
    id: 'homecare-notice',
    title: 'Homecare contract notice (England)',
    authority: 'Eastholm County Council',
    contract: 'the Home Care and Reablement Services contract',
    teaches:
      'Hollow living-wage and Ethical Care Charter wording: "encouraged", "where affordable", the statutory minimum.',
    html: homecareNotice,
  },
  {
    id: 'it-services-itt',
    title: 'IT service desk invitation to tender',
    authority: 'Kestrel Vale District Council',
    contract: 'the Managed IT Service Desk contract',
    teaches: 'An ITT with no Freedom of Information clause and no social value in the award.',
    html: itServicesItt,
  },
  {
    id: 'strong-example',
    title: 'Cleaning contract conditions: a strong example',
    authority: 'Ashford Mere City Council',
    contract: 'the Building Cleaning Services contract',
    teaches: 'What binding clauses look like: the Real Living Wage, social value, FOI and fair work all secured.',
    html: strongExample,
  },
  {
    id: 'scotland-notice',
    title: 'School catering notice (Scotland)',
    authority: 'Glenmorven Council',
    contract: 'the School Catering Services contract',
    teaches: 'Fair Work First and FOISA 2002: a conditional living wage and a "may be disclosed" notice.',
    html: scotlandNotice,
  },
  {
    id: 'wales-notice',
    title: 'Waste collection notice (Wales)',
    authority: 'Vale of Tawelan County Borough Council',
    contract: 'the Waste Collection and Recycling Services contract',
    teaches:
      'The Social Partnership and Public Procurement (Wales) Act 2023: a strong wage clause beside hollow fair-work wording.',
    html: walesNotice,
  },
];

export function demoById(id: string): Demo | undefined {
  return DEMOS.find((d) => d.id === id);
}

/** The address a review of a demo is saved under, stable across installs. */
export const demoUrl = (id: string) => `tenderlight-demo:${id}`;
export const demoIdFromUrl = (url: string) => (url.startsWith('tenderlight-demo:') ? url.slice(17) : undefined);

const KINDS: Record<string, DraftBlock['kind']> = { H1: 'h1', H2: 'h2', H3: 'h3', P: 'p', LI: 'p' };

/** The draft part of a demo page (its <main>), as plain paragraphs: nothing of its markup is kept. */
export function demoBlocks(html: string): DraftBlock[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const main = doc.querySelector('main') ?? doc.body;
  const out: DraftBlock[] = [];
  for (const el of main.querySelectorAll('h1, h2, h3, p, li')) {
    const kind = KINDS[el.tagName];
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (kind && text) out.push({ kind, text });
  }
  return out;
}

/** The page's <title>, for the saved review. */
export function demoPageTitle(demo: Demo): string {
  return new DOMParser().parseFromString(demo.html, 'text/html').title || demo.title;
}

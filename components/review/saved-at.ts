/** When a review was saved, in the reader's terms: "25 Nov 2026, 10:14". */
export const savedAtLabel = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

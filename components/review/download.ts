/** Saves text as a file through the browser's own download, with no network and no permission. */
export function downloadText(filename: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the review's title and date: letters, digits and dashes only. */
export function reportFileName(kind: string, title: string, savedAt: string, ext: string): string {
  const slug =
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'review';
  return `tenderlight-${kind}-${slug}-${savedAt.slice(0, 10)}.${ext}`;
}

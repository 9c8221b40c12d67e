/** Links from the popup or options page to the extension's own pages: demos for trainers, saved reviews for reps. */
export function TrainerLinks() {
  return (
    <nav class="trainer-links" aria-label="More">
      <a href="/presenter.html" target="_blank" rel="noreferrer">
        Demo tenders (presenter)
      </a>
      {' · '}
      <a href="/reviews.html" target="_blank" rel="noreferrer">
        Saved reviews
      </a>
    </nav>
  );
}

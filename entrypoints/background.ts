export default defineBackground(() => {
  // Wiring lives in lib/; the background is filled in by the extension issue.
});

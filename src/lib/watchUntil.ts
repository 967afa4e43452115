/**
 * Calls `test` after each change to the elements under `container` until it returns true, then stops watching.
 * Returns the function that stops it sooner (a mark that loses focus, a time limit); `onStop` runs once either way.
 * For what a render draws some time later (a chunk's code on a slow connection): watched for, not polled.
 */
export function watchUntil(container: Node, test: () => boolean, onStop: () => void = () => {}): () => void {
  let isWatching = true;
  const watch = new MutationObserver(() => {
    if (test()) stop();
  });
  const stop = () => {
    if (!isWatching) return;
    isWatching = false;
    watch.disconnect();
    onStop();
  };
  watch.observe(container, { childList: true, subtree: true });
  return stop;
}

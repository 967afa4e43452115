/** Work that should not stand between an input and its next frame. */

/**
 * Runs `task` in a task of its own, at the priority of ordinary page work ('user-visible'): not behind a long
 * redraw (at 'background' a Back pressed meanwhile could outrun it). Where the browser has no
 * `scheduler.postTask`, a zero-delay timeout.
 */
function inOwnTask(task: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string; signal: AbortSignal }) => Promise<void> } }).scheduler;
  if (scheduler?.postTask) {
    const controller = new AbortController();
    // Cancelling rejects the task's promise; anything else the task threw is reported as uncaught, as a
    // timeout's would be.
    scheduler.postTask(task, { priority: 'user-visible', signal: controller.signal }).catch((error: unknown) => {
      if (controller.signal.aborted) return;
      queueMicrotask(() => {
        throw error;
      });
    });
    return () => controller.abort();
  }
  const timer = setTimeout(task, 0);
  return () => clearTimeout(timer);
}

/** No frame comes while the page is hidden; the work is not held for one. */
const NO_FRAME_MS = 100;

/**
 * Runs `task` in its own task once the next frame is painted (an animation frame, then a task), or after
 * NO_FRAME_MS if no frame comes. A task queued from the click itself ran before the frame, and `pushState`
 * was 2–5 ms of a brand click's work before its frame (CPU profile of the history write); the click's own
 * frame comes first and the work follows within a frame.
 */
export function afterNextPaint(task: () => void): () => void {
  let cancelTask: (() => void) | null = null;
  const start = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    cancelTask ??= inOwnTask(task);
  };
  const frame = requestAnimationFrame(start);
  const timer = setTimeout(start, NO_FRAME_MS);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    cancelTask?.();
  };
}

import { mainSvg } from './svg';

const STABLE_FRAMES = 3;
const MAX_WAIT_MS = 4000;

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * Resolves once the chart in `body` has drawn and stopped changing (same markup for a few frames, nothing
 * busy such as the map's outlines still loading); rejects after a few seconds.
 */
export async function settledChart(body: HTMLElement, isCancelled: () => boolean): Promise<void> {
  const start = performance.now();
  let last = '';
  let stable = 0;
  while (stable < STABLE_FRAMES) {
    if (isCancelled()) return;
    if (performance.now() - start > MAX_WAIT_MS) throw new Error('The chart did not finish drawing at this size.');
    await nextFrame();
    const svg = mainSvg(body);
    const markup = svg && !body.querySelector('[aria-busy="true"]') ? svg.outerHTML : '';
    stable = markup && markup === last ? stable + 1 : 0;
    last = markup;
  }
}

import { useEffect } from 'react';
import { HEIGHT_MESSAGE_TYPE, type HeightMessage } from '../export/embed';
import type { ChartId } from './chartTypes';

/**
 * In an embed, posts the document's height to the parent page on load and on every resize, so the host can
 * size the iframe to fit. The height is not secret, so any parent may read it ('*'); the host's script checks
 * the sender's origin.
 */
export function useEmbedHeight(chart: ChartId | null, isEmbed: boolean) {
  useEffect(() => {
    if (!isEmbed || !chart || window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, chart, height };
      window.parent.postMessage(message, '*');
    };
    post();
    const observer = new ResizeObserver(post);
    observer.observe(document.documentElement);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [chart, isEmbed]);
}

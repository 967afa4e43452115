import type { Page } from '@playwright/test';

/** An area of an image in pixels; the whole image when omitted. */
interface Area { x: number; y: number; width: number; height: number }

/**
 * RGBA bytes of a PNG, decoded by the browser's own decoder (no image library in the tests), for the
 * given area or the whole image, with the image's size.
 */
export function pngPixels(page: Page, png: Buffer, area?: Area): Promise<{ width: number; height: number; data: number[] }> {
  return page.evaluate(
    async ({ base64, area }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D canvas');
      context.drawImage(image, 0, 0);
      const { x, y, width, height } = area ?? { x: 0, y: 0, width: image.width, height: image.height };
      return { width: image.width, height: image.height, data: [...context.getImageData(x, y, width, height).data] };
    },
    { base64: png.toString('base64'), area },
  );
}

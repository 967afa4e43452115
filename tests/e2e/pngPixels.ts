import type { Page } from '@playwright/test';

/** An area of an image in pixels; the whole image when omitted. */
interface Area { x: number; y: number; width: number; height: number }

/**
 * RGBA bytes of a PNG, decoded by the browser's own decoder (no image library in the tests), for the
 * given area or the whole image, with the image's size.
 */
export async function pngPixels(page: Page, png: Buffer, area?: Area): Promise<{ width: number; height: number; data: number[] }> {
  const { width, height, base64 } = await page.evaluate(
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
      // As base64, not an array of numbers: a map screenshot's million bytes as a JSON array took seconds of CPU.
      const bytes = context.getImageData(x, y, width, height).data;
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { width: image.width, height: image.height, base64: btoa(binary) };
    },
    { base64: png.toString('base64'), area },
  );
  return { width, height, data: Array.from(Buffer.from(base64, 'base64')) };
}

import { expect, it, vi } from 'vitest';
import { lightTheme } from '../theme/tokens';
import { intlFor } from '../i18n/intl';

const en = intlFor('en');

it('draws only once the drawing code is loaded, and says so before', async () => {
  vi.resetModules();
  const { imageDrawing, isImageRendererLoaded, loadImageRenderer } = await import('./imageDrawing');
  const drawing = imageDrawing((width) => <svg width={width} />, en);
  expect(isImageRendererLoaded()).toBe(false);
  expect(() => drawing(10, lightTheme)).toThrow('The image drawing code is still loading; try again in a moment.');
  await loadImageRenderer();
  expect(drawing(10, lightTheme)).toBe('<svg width="10"></svg>');
});

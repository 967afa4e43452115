import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { pngPixels } from './pngPixels';
import { ready, downloadFrom } from './ready';

const CHARTS = ['sales', 'ev', 'ownership', 'plants'] as const;
const PRESETS = [
  { label: '1,200 × 675 (social)', width: 1200, height: 675 },
  { label: '1,080 × 1,080 (square)', width: 1080, height: 1080 },
  { label: '680 wide (article column)', width: 680, height: null },
] as const;
const RATIO = 2;

function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function openDialog(page: Page, chart: string): Promise<Locator> {
  await page.locator(`figure[data-chart="${chart}"]`).getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Export/ });
  await expect(dialog).toBeVisible();
  return dialog;
}

/**
 * The chart inside a preview image, as the file draws it: its layout width, the labels that overlap and the
 * words with no fill of their own or inherited (read from the file, not the page's CSS).
 */
async function drawnChart(page: Page, dataUrl: string) {
  return page.evaluate((url) => {
    const text = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    const file = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    const chart = file.querySelector(':scope > svg')!;
    const paint = (el: Element | null): string | null => {
      for (let node = el; node; node = node.parentElement) {
        const style = node.getAttribute('style') ?? '';
        if (node.getAttribute('fill') || /(^|;)\s*fill:/.test(style)) return node.getAttribute('fill') ?? style;
      }
      return null;
    };
    const words = [...chart.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim());
    const unpainted = words.filter((t) => paint(t) === null).map((t) => t.textContent);
    // Measured in the page, in a layer of its own: the file's own attributes decide every position.
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:0;top:0;';
    host.append(document.importNode(file, true));
    document.body.append(host);
    const boxes = [...host.querySelectorAll(':scope > svg > svg text')].filter((t) => (t.textContent ?? '').trim() && t.getAttribute('opacity') !== '0').map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
    const overlaps: string[] = [];
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
      const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (x > 2 && y > 2) overlaps.push(`${a.text} / ${b.text}`);
    }));
    host.remove();
    return { layoutWidth: Number(chart.getAttribute('viewBox')!.split(' ')[2]), overlaps, unpainted };
  }, dataUrl);
}

/** The file the dialog downloads; `named`, when given, is checked against the file's name. */
async function exportFrom(page: Page, dialog: Locator, format = 'PNG', named?: string): Promise<Buffer> {
  const button = dialog.getByRole('button', { name: `Download ${format}` });
  await expect(button).toBeEnabled({ timeout: 30_000 });
  const file = await downloadFrom(page, () => button.click());
  if (named) expect(file.suggestedFilename()).toBe(named);
  return readFileSync(await file.path());
}

test.describe('export dialog', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await ready(page);
  });

  for (const chart of CHARTS) {
    test(`${chart}: each preset gives a PNG of the preset size at ${RATIO}×, laid out again without overlapping labels, light and dark`, async ({ page }) => {
      test.setTimeout(120_000);
      const dialog = await openDialog(page, chart);
      for (const theme of ['Light', 'Dark'] as const) {
        await dialog.getByRole('radio', { name: theme }).check();
        for (const preset of PRESETS) {
          await dialog.getByRole('radio', { name: preset.label }).check();
          const preview = dialog.getByRole('img', { name: `Preview of the ${theme.toLowerCase()} image` });
          await expect(preview).toBeVisible({ timeout: 30_000 });
          const bytes = await exportFrom(page, dialog);
          writeFileSync(test.info().outputPath(`${chart}-${theme.toLowerCase()}-${preset.width}.png`), bytes);
          const size = pngSize(bytes);
          expect(size.width).toBe(preset.width * RATIO);
          if (preset.height) expect(size.height).toBe(preset.height * RATIO);
          const drawn = await drawnChart(page, (await preview.getAttribute('src'))!);
          // The chart was laid out again at the preset's width, less the margins (the diagram's viewBox is its own layout's);
          // on the social card the plants' figures and notes stand beside the map, which gets at most 1,152 px less
          // their 415 px column and a 24 px gap (713), narrower where the column's notes need the map less tall.
          const beside = chart === 'plants' && preset.height === 675;
          if (chart !== 'ownership' && !beside) expect(drawn.layoutWidth).toBe(preset.width - 48);
          if (beside) expect(drawn.layoutWidth).toBeGreaterThanOrEqual(600);
          if (beside) expect(drawn.layoutWidth).toBeLessThanOrEqual(713);
          expect(drawn.overlaps, `${chart} at ${preset.label}, ${theme}`).toEqual([]);
          // Every word has its colour in the file: none falls back to black, which vanishes on a dark image.
          expect(drawn.unpainted, `${chart} at ${preset.label}, ${theme}`).toEqual([]);
        }
      }
      await page.screenshot({ path: `test-results/export-dialog-${chart}.png` });
    });
  }
});

test('two clicks from a dark screen give a light 1200 × 675 PNG with a citation; transparent leaves the corners clear', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dialog = await openDialog(page, 'sales');
  await expect(dialog.getByRole('radio', { name: '1,200 × 675 (social)' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Light' })).toBeChecked();
  // Named for how it was drawn, so the light and the transparent image below do not overwrite each other.
  const light = await exportFrom(page, dialog, 'PNG', 'alliance-sales-2011-2018-all-brands-1200x675-light.png');
  expect(pngSize(light)).toEqual({ width: 2400, height: 1350 });
  // The corner is the light surface (#FFFFFF), opaque, though the screen is dark.
  const corner = await pngPixels(page, light, { x: 2, y: 2, width: 1, height: 1 });
  expect(corner.data).toEqual([255, 255, 255, 255]);

  await dialog.getByRole('radio', { name: 'Transparent' }).check();
  await expect(dialog.getByRole('img', { name: /^Preview/ })).toBeVisible({ timeout: 30_000 });
  const clear = await exportFrom(page, dialog, 'PNG', 'alliance-sales-2011-2018-all-brands-1200x675-light-transparent.png');
  const clearCorner = await pngPixels(page, clear, { x: 2, y: 2, width: 1, height: 1 });
  expect(clearCorner.data[3]).toBe(0);
});

test('on a phone the dialog keeps Download in view however tall the preview (ownership, as on screen)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await ready(page);
  const dialog = await openDialog(page, 'ownership');
  await dialog.getByRole('radio', { name: 'As on screen' }).check();
  const preview = dialog.getByRole('img', { name: /^Preview/ });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  // The preview has its full height once decoded: only then can it push the buttons down.
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalHeight > 0), { timeout: 30_000 }).toBe(true);
  const box = await dialog.getByRole('button', { name: 'Download PNG' }).boundingBox();
  expect(box && [box.y >= 0, box.y + box.height <= 844]).toEqual([true, true]);
});

// One page for both (a page load is most of a test's cost on CI's two cores).
test('the SVG from the dialog carries the citation and the years drawn, and no script or remote reference; a custom width outside 320–4000 is refused with a message, not clamped', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await test.step('the SVG carries the citation and the years drawn, and no script or remote reference', async () => {
    const dialog = await openDialog(page, 'ev');
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    await dialog.getByRole('radio', { name: 'Dark' }).check();
    const text = (await exportFrom(page, dialog, 'SVG')).toString('utf8');
    expect(text).toContain('Years 2009–2021 · Brands: all brands');
    expect(text).toContain('Source: “Renault–Nissan–Mitsubishi Alliance”, encyclopedia article · Alliance Atlas');
    expect(text).toContain('fill="#1A1F25"');
    expect(text).not.toMatch(/<script|\son\w+=|https?:\/\/(?!www\.w3\.org)/i);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
  await test.step('a custom width outside 320–4000 is refused with a message, not clamped', async () => {
    const dialog = await openDialog(page, 'ownership');
    await dialog.getByRole('radio', { name: 'Custom width' }).check();
    const field = dialog.getByLabel(/Width in pixels/);
    await field.fill('5000');
    await expect(dialog.getByText('5,000 px is outside 320–4,000 px; enter a width in that range.')).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByRole('button', { name: 'Download PNG' })).toBeDisabled();
    await field.fill('320');
    const bytes = await exportFrom(page, dialog);
    expect(pngSize(bytes).width).toBe(640);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('figure[data-chart="ownership"]').getByRole('button', { name: 'Export…' })).toBeFocused();
  });
});

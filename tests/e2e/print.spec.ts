import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pngPixels } from './pngPixels';

const TITLES = ['Sales by brand per year', 'Electric vehicles: cumulative sales', 'Who owns whom', 'Plant capacity'];
const CHARTS = ['sales', 'ev', 'ownership', 'plants'] as const;
/** A4 less the 10 mm margins of the print stylesheet, in CSS px: the width the page is laid out at on paper. */
const A4_CONTENT_WIDTH = Math.floor(((210 - 20) / 25.4) * 96);
const MARGIN_PX = (10 / 25.4) * 96;

/** Loads `path` as a dark-screen reader would, switches to print media and waits for the page to draw on paper. */
async function printed(page: Page, path: string, cards: number): Promise<string> {
  await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(path);
  await expect(page.locator('figure[data-chart] .card-body svg').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('figure[data-chart]')).toHaveCount(cards);
  await expect(page.locator('figure.is-loading, figure[data-chart] [aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  // The light palette whatever the screen: the theme switches while printing.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const file = test.info().outputPath(`${path.replace(/\W+/g, '_') || 'dashboard'}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return file;
}

function pageTexts(pdf: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
  return Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-']).toString());
}

test('the dashboard prints with no card split across pages, controls hidden and the filters as one line', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  const pdf = await printed(page, '/?years=2011-2018', 4);
  const pages = pageTexts(pdf);
  // Each card's title and its source list (its last printed line) are on the same page.
  for (const title of TITLES) {
    const onPage = pages.findIndex((text) => text.includes(title));
    expect(onPage, `${title} is printed`).toBeGreaterThanOrEqual(0);
    const cardsOnPage = TITLES.filter((t) => pages[onPage]!.includes(t)).length;
    expect((pages[onPage]!.match(/Sources:/g) ?? []).length, `${title}: page ${onPage + 1} has a source line per card`).toBe(cardsOnPage);
  }
  const all = pages.join('\n');
  expect(all).toContain('Years 2011–2018 · Brands: all brands');
  expect(all).not.toMatch(/Show table|Download|Export…|Copy link|Reset/);
});

for (const chart of CHARTS) {
  test(`?chart=${chart} prints on one A4 page`, async ({ page }) => {
    const pdf = await printed(page, `/?chart=${chart}`, 1);
    expect(pageTexts(pdf)).toHaveLength(1);
  });
}

test('legend swatches keep their colour on paper', async ({ page }) => {
  const pdf = await printed(page, '/?chart=sales', 1);
  const swatch = await page.locator('figure[data-chart="sales"] .legend .swatch').first().boundingBox();
  execFileSync('pdftoppm', ['-r', '96', '-f', '1', '-l', '1', '-png', pdf, pdf.replace(/\.pdf$/, '')]);
  const png = readFileSync(`${pdf.replace(/\.pdf$/, '')}-1.png`);
  const x = Math.round(MARGIN_PX + swatch!.x + swatch!.width / 2);
  const y = Math.round(MARGIN_PX + swatch!.y + swatch!.height / 2);
  const { data } = await pngPixels(page, png, { x: x - 1, y: y - 1, width: 3, height: 3 });
  const pixels = Array.from({ length: 9 }, (_, i) => data.slice(i * 4, i * 4 + 3));
  // Renault's light-theme colour #B85C00 (184, 92, 0), within a little anti-aliasing.
  expect(pixels.some(([r, g, b]) => Math.abs(r! - 184) < 12 && Math.abs(g! - 92) < 12 && b! < 12), JSON.stringify(pixels)).toBe(true);
});

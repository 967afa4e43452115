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
  await expect(page.locator('figure[data-chart] .card-body svg').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('figure[data-chart]')).toHaveCount(cards);
  // Drawn, and the sales card's static drawing replaced by Recharts: a page printed mid-way would print either.
  await expect(page.locator('figure.is-loading, figure[data-chart] [aria-busy="true"], svg.sales-static')).toHaveCount(0, { timeout: 30_000 });
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

// In every language: the French plants chart fills its page (1,034 of 1,047 px), and the last card's margin
// printed a blank second page after it.
for (const chart of CHARTS.filter((c) => c !== 'sales')) {
  for (const lang of ['en', 'fr', 'ja']) {
    const path = `/?chart=${chart}${lang === 'en' ? '' : `&lang=${lang}`}`;
    test(`${path} prints on one A4 page`, async ({ page }) => {
      const pdf = await printed(page, path, 1);
      expect(pageTexts(pdf)).toHaveLength(1);
    });
  }
}

// Printing lays the page out at the paper's width at once: no ResizeObserver reports it before the page is
// printed. A chart drawn for a wide window (the whole window on a one-chart page) or a phone is redrawn at the
// paper's width on beforeprint (its type at full size, neither shrunk nor blown up), and scales to fit the
// card (print stylesheet) whatever it was drawn at, rather than being cut at the card's edge.
const PRINTED_FROM = [['/?chart=sales', 1400], ['/?chart=ev', 1400], ['/?chart=ownership', 1400], ['/?chart=plants', 1400], ['/?chart=ev', 400]] as const;
for (const [path, windowWidth] of PRINTED_FROM) {
  test(`${path}: a chart drawn for a ${windowWidth} px window prints at the paper's width`, async ({ page }) => {
    await page.setViewportSize({ width: windowWidth, height: 1000 });
    await page.goto(path);
    await expect(page.locator('figure[data-chart] .card-body svg').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('figure.is-loading, figure[data-chart] [aria-busy="true"], svg.sales-static')).toHaveCount(0, { timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    // The paper's layout, read in the same task as it is set (before any observer could report it).
    const onPaper = ([width, isBeforePrint]: readonly [number, boolean]) => {
      document.documentElement.style.width = `${width}px`;
      if (isBeforePrint) window.dispatchEvent(new Event('beforeprint'));
      const body = document.querySelector('figure[data-chart] .card-body')!.getBoundingClientRect();
      const svg = [...document.querySelectorAll<SVGSVGElement>('figure[data-chart] .card-body svg')].find((s) => !s.parentElement?.closest('svg'))!;
      const box = svg.getBoundingClientRect();
      const fit = { body: Math.round(body.right), right: Math.round(box.right), scale: Number((box.width / svg.viewBox.baseVal.width).toFixed(2)) };
      if (isBeforePrint) window.dispatchEvent(new Event('afterprint'));
      document.documentElement.style.width = '';
      return fit;
    };
    const scaled = await page.evaluate(onPaper, [A4_CONTENT_WIDTH, false] as const);
    expect(scaled.right, `scaled to fit: ${JSON.stringify(scaled)}`).toBeLessThanOrEqual(scaled.body + 1);
    const redrawn = await page.evaluate(onPaper, [A4_CONTENT_WIDTH, true] as const);
    expect(redrawn.right, `redrawn: ${JSON.stringify(redrawn)}`).toBeLessThanOrEqual(redrawn.body + 1);
    expect(redrawn.scale, `redrawn: ${JSON.stringify(redrawn)}`).toBeGreaterThanOrEqual(0.95);
    expect(redrawn.scale, `redrawn: ${JSON.stringify(redrawn)}`).toBeLessThanOrEqual(1.05);
  });
}

// One printed page for both (a page load is most of a test's cost).
test('?chart=sales prints on one A4 page, its legend swatches in colour', async ({ page }) => {
  const pdf = await printed(page, '/?chart=sales', 1);
  expect(pageTexts(pdf)).toHaveLength(1);
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

// On screen the diagram keeps the rows of companies held in other years, so that stepping the years moves
// nothing; on paper no one steps, and 2023's empty upper rows would print as a blank band above the diagram.
test('a printed ownership diagram starts at its content, not at the empty rows the screen keeps for other years', async ({ page }) => {
  await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
  await page.goto('/?chart=ownership');
  await expect(page.locator('figure.is-loading, figure[data-chart] [aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('.ownership-svg .ownership-node').first()).toBeVisible({ timeout: 30_000 });
  const gap = () =>
    page.evaluate(() => {
      const frame = document.querySelector('.ownership-frame')!.getBoundingClientRect();
      const tops = [...document.querySelectorAll('.ownership-svg .ownership-node')].map((node) => node.getBoundingClientRect().top);
      return Math.round(Math.min(...tops) - frame.top);
    });
  expect(await gap(), 'the screen keeps the empty rows').toBeGreaterThan(60);
  await page.emulateMedia({ media: 'print' });
  await expect.poll(gap, { timeout: 10_000 }).toBeLessThanOrEqual(20);
});

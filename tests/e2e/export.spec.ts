import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { ready, downloadFrom } from './ready';

const CHARTS = ['sales', 'ev', 'ownership', 'plants'] as const;
const QUERY = '?years=2013-2016&brands=Renault,Nissan';

async function download(page: Page, figure: Locator, name: string): Promise<{ download: Download; bytes: Buffer }> {
  const file = await downloadFrom(page, () => figure.getByRole('button', { name, exact: true }).click());
  const path = await file.path();
  return { download: file, bytes: readFileSync(path) };
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The on-screen size of the chart the card exports: its largest top-level svg. */
async function chartSize(figure: Locator): Promise<{ width: number; height: number }> {
  return figure.locator('.card-body').evaluate((body) => {
    const sizes = [...body.querySelectorAll('svg')]
      .filter((svg) => !svg.parentElement?.closest('svg'))
      .map((svg) => svg.getBoundingClientRect());
    sizes.sort((a, b) => b.width * b.height - a.width * a.height);
    return { width: sizes[0]?.width ?? 0, height: sizes[0]?.height ?? 0 };
  });
}

test('sales: a file is named for the years its chart draws, as its filter line says (2011–2018 of the whole range)', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const { download: file, bytes } = await download(page, page.locator('figure[data-chart="sales"]'), 'Download SVG');
  expect(bytes.toString('utf8')).toContain('Years 2011–2018 · Brands: all brands');
  expect(file.suggestedFilename()).toBe('alliance-sales-2011-2018-all-brands.svg');
});

test('ownership: a file from a page standing at 2017 against 2012 is named for the year it draws and the year compared, so it overwrites no other', async ({ page }) => {
  await page.goto('/?at=2017&vs=2012');
  await ready(page);
  const { download: file, bytes } = await download(page, page.locator('figure[data-chart="ownership"]'), 'Download SVG');
  expect(bytes.toString('utf8')).toContain('2017 compared with 2012');
  expect(file.suggestedFilename()).toBe('alliance-ownership-2017-all-brands-vs-2012.svg');
});

test.describe('from a filtered page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/${QUERY}`);
    // Every card drawn, map outlines included (the later cards render after the first): compare and export only then.
    await ready(page);
  });

  // One page per chart for its three formats: a page load is most of a test's cost on CI's two cores.
  for (const chart of CHARTS) {
    test(`${chart}: PNG at twice the on-screen size, standalone SVG, CSV with one line per table row, each named for what is inside`, async ({ page }) => {
      test.slow(); // three downloads, a PNG among them, in one test
      const figure = page.locator(`figure[data-chart="${chart}"]`);
      // The diagram and the map draw the year the cursor is on (the range's end): their files are named for it.
      const stem = `alliance-${chart}-${chart === 'ownership' || chart === 'plants' ? '2016' : '2013-2016'}-renault-nissan`;
      await test.step('PNG is a real image at twice the on-screen size, and the card is left as it was', async () => {
        const before = await figure.locator('.card-body').innerHTML();
        const screen = await chartSize(figure);
        const { download: file, bytes } = await download(page, figure, 'Download PNG');
        expect(file.suggestedFilename()).toBe(`${stem}.png`);
        expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
        const size = pngSize(bytes);
        expect(size.width).toBeGreaterThanOrEqual(2 * Math.floor(screen.width));
        expect(size.height).toBeGreaterThanOrEqual(2 * Math.floor(screen.height));
        expect(await figure.locator('.card-body').innerHTML()).toBe(before);
      });

      await test.step('SVG is standalone, script-free and titled', async () => {
        const title = (await figure.locator('figcaption h2').textContent()) ?? '';
        const { download: file, bytes } = await download(page, figure, 'Download SVG');
        expect(file.suggestedFilename()).toBe(`${stem}.svg`);
        const text = bytes.toString('utf8');
        expect(text).toContain('<svg');
        expect(text).not.toMatch(/<script|\son\w+=|https?:\/\/(?!www\.w3\.org)/i);
        const parsed = await page.evaluate((source) => {
          const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
          return { error: doc.querySelector('parsererror')?.textContent ?? null, title: doc.querySelector('title')?.textContent };
        }, text);
        expect(parsed).toEqual({ error: null, title });
        // The diagram and the map say the year they draw.
        expect(text).toContain(chart === 'ownership' || chart === 'plants' ? 'Year 2016 · Brands: Renault, Nissan' : 'Years 2013–2016 · Brands: Renault, Nissan');
      });

      await test.step('CSV has a header, a source column and one line per table row', async () => {
        const { download: file, bytes } = await download(page, figure, 'Download CSV');
        expect(file.suggestedFilename()).toBe(`${stem}.csv`);
        const lines = bytes.toString('utf8').trimEnd().split('\r\n');
        expect(lines[0]?.split(',')).toContain('source');
        await figure.getByRole('button', { name: 'Show table' }).click();
        const rows = figure.locator('table tbody tr');
        await expect(rows).toHaveCount(lines.length - 1);
      });
    });
  }

  test('the EV export carries the 2016 target: the diamond and its label in the SVG, its row and verdict in the CSV', async ({ page }) => {
    const figure = page.locator('figure[data-chart="ev"]');
    await expect(figure.locator('.ev-target-label')).toHaveText(['2016 target: 1.5 million, missed']);
    const svg = (await download(page, figure, 'Download SVG')).bytes.toString('utf8');
    expect(svg).toContain('2016 target: 1.5 million, missed');
    const csv = (await download(page, figure, 'Download CSV')).bytes.toString('utf8');
    expect(csv).toContain('Target: 1.5 million EVs as early as 2016 (first target),Alliance-wide,1500000,sales target,no,"Missed: 350,000 reported by August 2016; 400,000 in January 2017",Renault–Nissan–Mitsubishi Alliance,wiki-alliance');
  });

  test('Export dashboard downloads one PNG of all four views', async ({ page }) => {
    const file = await downloadFrom(page, () => page.getByRole('button', { name: 'Export dashboard' }).click());
    expect(file.suggestedFilename()).toBe('alliance-dashboard-2013-2016-renault-nissan.png');
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(pngSize(bytes).width).toBeGreaterThan(1200);
  });
});

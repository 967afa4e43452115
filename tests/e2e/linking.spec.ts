import { expect, test, type Locator, type Page } from '@playwright/test';
import { ready } from './ready';

/** How visible a mark is: its opacity times every ancestor's, as the browser composites it. */
function effectiveOpacity(mark: Locator): Promise<number> {
  return mark.evaluate((el) => {
    let opacity = 1;
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      opacity *= Number(style.opacity);
      if (node === el) opacity *= Math.max(Number(style.fillOpacity), Number(style.strokeOpacity));
    }
    return opacity;
  });
}

/** Waits until no CSS transition or animation is running, so opacities read are the settled ones. */
async function settled(page: Page) {
  await expect.poll(() => page.evaluate(() => document.getAnimations().length), { message: 'transitions settle' }).toBe(0);
}

const MARKS = {
  ev: { Renault: /^Renault Zoe: 25,000/, Nissan: /^Nissan Leaf: 100,000/ },
  // Edges touching the highlighted brand stay lit, so the Renault mark is one that does not touch Nissan.
  ownership: { Renault: /^The French State holds a stake in Renault/, Nissan: /^Nissan holds 34% of Mitsubishi/ },
  plants: { Renault: /^São José dos Pinhais/, Nissan: /^Resende/ },
} as const;

function mark(page: Page, chart: keyof typeof MARKS, brand: 'Renault' | 'Nissan'): Locator {
  return page.locator(`figure[data-chart="${chart}"]`).getByLabel(MARKS[chart][brand]).first();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await expect(page.locator('figure[data-chart="plants"] [aria-label^="Resende"]')).toBeVisible();
});

test('hovering a brand in the sales legend dims the other brands in every other view, and leaving restores them', async ({ page }) => {
  const legend = page.locator('figure[data-chart="sales"]').getByRole('list', { name: /legend/ });
  await legend.getByRole('button', { name: 'Nissan' }).hover();
  // Dimming is a CSS transition, so wait for it to settle rather than reading mid-fade: a mark that was
  // wrongly dimming too would still look kept halfway through.
  for (const chart of ['ev', 'ownership', 'plants'] as const) {
    await expect.poll(() => effectiveOpacity(mark(page, chart, 'Renault')), `${chart}: Renault dimmed`).toBeLessThan(0.5);
  }
  await settled(page);
  for (const chart of ['ev', 'ownership', 'plants'] as const) {
    expect(await effectiveOpacity(mark(page, chart, 'Nissan')), `${chart}: Nissan kept`).toBeGreaterThan(0.9);
  }
  await page.mouse.move(0, 0);
  for (const chart of ['ev', 'ownership', 'plants'] as const) {
    await expect.poll(() => effectiveOpacity(mark(page, chart, 'Renault')), `${chart}: Renault restored`).toBeGreaterThan(0.9);
  }
});

test('hovering a plant highlights its brand in the sales chart', async ({ page }) => {
  await mark(page, 'plants', 'Nissan').hover();
  const sales = page.locator('figure[data-chart="sales"]');
  await expect.poll(() => effectiveOpacity(sales.getByLabel(/^Renault 2017:/))).toBeLessThan(0.5);
  await settled(page);
  expect(await effectiveOpacity(sales.getByLabel(/^Nissan 2017:/))).toBeGreaterThan(0.9);
});

test('hovering a plant shared by Renault and Nissan highlights both brands in the sales chart, and dims the others', async ({ page }) => {
  await page.locator('figure[data-chart="plants"]').getByLabel(/^Tangier/).first().hover();
  const sales = page.locator('figure[data-chart="sales"]');
  await expect.poll(() => effectiveOpacity(sales.getByLabel(/^Mitsubishi 2017:/))).toBeLessThan(0.5);
  await settled(page);
  for (const brand of ['Renault', 'Nissan']) expect(await effectiveOpacity(sales.getByLabel(new RegExp(`^${brand} 2017:`))), brand).toBeGreaterThan(0.9);
});

test('Escape clears a highlight set from the keyboard', async ({ page }) => {
  const legend = page.locator('figure[data-chart="ev"]').getByRole('list', { name: /legend/ });
  await legend.getByRole('button', { name: 'Renault' }).focus();
  await expect.poll(() => effectiveOpacity(mark(page, 'plants', 'Nissan'))).toBeLessThan(0.5);
  await page.keyboard.press('Escape');
  await expect.poll(() => effectiveOpacity(mark(page, 'plants', 'Nissan'))).toBeGreaterThan(0.9);
});

test('clicking a legend brand toggles it in the filter for every view', async ({ page }) => {
  const legend = page.locator('figure[data-chart="ev"]').getByRole('list', { name: /legend/ });
  await legend.getByRole('button', { name: 'Renault' }).click();
  await expect(page.getByRole('group', { name: 'Brands' }).getByRole('button', { name: 'Renault' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('figure[data-chart="sales"]').getByLabel(/^Renault 2017:/)).toHaveCount(0);
  await expect(page.locator('figure[data-chart="ev"]').getByLabel(/^Renault Zoe:/)).toHaveCount(0);
  await expect(page).toHaveURL(/brands=Nissan,Mitsubishi,AvtoVAZ/);
});

test('one year filter drives all four views', async ({ page }) => {
  await page.goto('/?years=2013-2016&brands=Renault,Nissan');
  const sales = page.locator('figure[data-chart="sales"]');
  await expect(sales.getByLabel(/^(Renault|Nissan) \d{4}:/)).toHaveCount(8);
  await expect(sales.getByLabel(/^Renault 2017:/)).toHaveCount(0);
  await expect(page.locator('figure[data-chart="ev"]').getByLabel(/Dec 2021/)).toHaveCount(0);
  await expect(page.locator('figure[data-chart="ownership"]').getByLabel(/^Renault holds 43.4% of Nissan/)).toBeVisible();
  await expect(page.locator('figure[data-chart="plants"]').getByLabel(/^Aguascalientes/)).toHaveCount(1);
  await expect(page.locator('figure[data-chart="plants"] .card-summary')).toContainText('2016');
});

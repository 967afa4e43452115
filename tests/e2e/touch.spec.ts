import { expect, test, type Locator, type Page } from '@playwright/test';
import { ready } from './ready';

// A phone: taps, not hover. The first tap on a mark must show what it is before anything opens.
test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

// One test, one page, per chart: its steps clear what the last one opened (a page load is most of a test's cost on CI's two cores).
test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await ready(page);
});

const sourcePanel = (page: Page) => page.locator('dialog.source-panel[open]');

/** The page as a step found it: no source panel open, no tooltip showing (a tap on the heading closes one). */
async function clear(page: Page) {
  if (await sourcePanel(page).count()) await page.keyboard.press('Escape');
  await expect(sourcePanel(page)).toHaveCount(0);
  await page.locator('h1').tap();
  await expect(page.getByRole('tooltip')).toHaveCount(0);
}

/**
 * A first tap on `mark` shows its card's tooltip, holding `tooltip`, with a Source button and nothing opened; a
 * second tap opens the source panel (holding `panel`, if given). `shot` names a screenshot of the first tap.
 */
async function firstTapShowsThenOpens(page: Page, mark: Locator, what: { tooltip: string; panel?: string; shot?: string; tap?: () => Promise<void> }) {
  const card = mark.locator('xpath=ancestor::figure[@data-chart]');
  const tap = what.tap ?? (() => mark.tap());
  await mark.scrollIntoViewIfNeeded();
  await tap();
  const tooltip = card.getByRole('tooltip');
  await expect(tooltip).toContainText(what.tooltip);
  await expect(tooltip.getByRole('button', { name: 'Source' })).toBeVisible();
  await expect(sourcePanel(page)).toHaveCount(0);
  if (what.shot) await page.screenshot({ path: test.info().outputPath(what.shot) });
  await tap();
  await expect(sourcePanel(page)).toBeVisible();
  if (what.panel) await expect(sourcePanel(page)).toContainText(what.panel);
}

/** Taps a point a quarter of the way along an SVG path (a thin arrow's bounding-box centre may miss it). */
async function tapAlong(page: Page, path: Locator) {
  const point = await path.evaluate((el: SVGPathElement) => {
    const at = el.getPointAtLength(el.getTotalLength() * 0.25);
    const screen = new DOMPoint(at.x, at.y).matrixTransform(el.getScreenCTM() ?? undefined);
    return { x: screen.x, y: screen.y };
  });
  await page.touchscreen.tap(point.x, point.y);
}

test('sales: a first tap on a bar shows its tooltip, a second opens its source; the tooltip’s Source button opens it too; a tap elsewhere closes the tooltip', async ({ page }) => {
  await test.step('a tap on a bar shows its tooltip with a Source button; a second tap opens the source panel', async () => {
    const bar = page.locator('figure[data-chart="sales"]').getByRole('button', { name: /^Nissan 2017:/ });
    await firstTapShowsThenOpens(page, bar, { tooltip: '5,816,278', panel: '5,816,278', shot: 'tap-tooltip-375.png' });
  });
  await clear(page);
  await test.step('the tooltip’s Source button opens the panel; a tap elsewhere closes the tooltip', async () => {
    const card = page.locator('figure[data-chart="sales"]');
    await card.getByRole('button', { name: /^Renault 2012:/ }).tap();
    const tooltip = card.getByRole('tooltip');
    await expect(tooltip).toContainText('2,550,286');
    await page.locator('h1').tap();
    await expect(tooltip).toHaveCount(0);
    await card.getByRole('button', { name: /^Renault 2012:/ }).tap();
    await tooltip.getByRole('button', { name: 'Source' }).tap();
    await expect(sourcePanel(page)).toBeVisible();
    await expect(sourcePanel(page)).toContainText('2,550,286');
  });
});

test('EV: taps on milestone dots and target diamonds show their tooltips first, then open their sources; a tap elsewhere closes a tooltip', async ({ page }) => {
  await test.step('EV milestones: a first tap on a dot shows its tooltip with a Source button, a second opens the source', async () => {
    const dot = page.locator('figure[data-chart="ev"]').getByRole('button', { name: /^Alliance: more than 500,000 sold, Dec 2017/ });
    await firstTapShowsThenOpens(page, dot, { tooltip: '500,000', panel: '500,000', shot: 'ev-tap-375.png' });
  });
  await clear(page);
  await test.step('EV targets: a first tap on a target diamond says it was missed, a second opens its source sentence', async () => {
    const target = page.locator('figure[data-chart="ev"]').getByRole('button', { name: /^Target: 1\.5 million EVs by 2020/ });
    // A finger lands on the diamond (its 24 px touch circle), not on the middle of the dashed line.
    await firstTapShowsThenOpens(page, target.locator('circle'), {
      tooltip: 'Missed: 800,000 reported by December 2019; 1 million in December 2021',
      panel: 'in 2013 the Alliance revised its sales target to 1.5 million electric vehicles by 2020',
    });
  });
  await clear(page);
  await test.step('EV: the tooltip’s Source button opens the panel; a tap elsewhere closes the tooltip', async () => {
    const card = page.locator('figure[data-chart="ev"]');
    const dot = card.getByRole('button', { name: /^Nissan Leaf: 500,000 sold, Dec 2020/ });
    await dot.scrollIntoViewIfNeeded();
    await dot.tap();
    const tooltip = card.getByRole('tooltip');
    await expect(tooltip).toContainText('Nissan Leaf');
    await card.locator('.card-title, h2').first().tap();
    await expect(tooltip).toHaveCount(0);
    await dot.tap();
    await tooltip.getByRole('button', { name: 'Source' }).tap();
    await expect(sourcePanel(page)).toBeVisible();
  });
});

test('ownership: a first tap on an arrow or a company shows its tooltip, a second (or its Source button) opens the source', async ({ page }) => {
  await test.step('ownership: a first tap on an arrow shows its tooltip with a Source button, a second opens the source', async () => {
    const edge = page.locator('figure[data-chart="ownership"]').getByRole('button', { name: /^Renault holds .* of Nissan/ });
    const line = edge.locator('path.ownership-edge-line');
    await firstTapShowsThenOpens(page, edge, { tooltip: 'Nissan', shot: 'ownership-tap-375.png', tap: () => tapAlong(page, line) });
  });
  await clear(page);
  await test.step('ownership: a tap on a company shows its stakes; its Source button opens a stake’s source', async () => {
    const card = page.locator('figure[data-chart="ownership"]');
    const company = card.getByRole('img', { name: /^Mitsubishi Motors\./ });
    await company.scrollIntoViewIfNeeded();
    await company.tap();
    const tooltip = card.getByRole('tooltip');
    await expect(tooltip).toContainText('Mitsubishi');
    await expect(sourcePanel(page)).toHaveCount(0);
    await tooltip.getByRole('button', { name: 'Source' }).tap();
    await expect(sourcePanel(page)).toBeVisible();
  });
});

test('plants: a first tap on a symbol, or beside a small one inside its 24 px target, shows its tooltip; a second opens the source', async ({ page }) => {
  await test.step('plants: a first tap on a symbol shows its tooltip with a Source button, a second opens the source', async () => {
    const plant = page.locator('figure[data-chart="plants"] [data-plant="tangier"]');
    await firstTapShowsThenOpens(page, plant, { tooltip: 'Tangier', panel: 'Tangier', shot: 'plants-tap-375.png' });
  });
  await clear(page);
  await test.step('plants: a tap beside a small symbol, inside its 24 px target, still shows its tooltip', async () => {
    const card = page.locator('figure[data-chart="plants"]');
    const plant = card.locator('[data-plant="zama"]');
    await plant.scrollIntoViewIfNeeded();
    const box = await plant.boundingBox();
    if (!box) throw new Error('Zama is not drawn');
    expect(box.width, 'the symbol itself is smaller than a finger').toBeLessThan(24);
    // 10 px right of the centre: off the drawn symbol, inside the invisible 24 px target.
    await page.touchscreen.tap(box.x + box.width / 2 + 10, box.y + box.height / 2);
    await expect(card.getByRole('tooltip')).toContainText('Zama');
  });
});

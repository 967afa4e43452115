import { expect, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('figure[data-chart="sales"] svg.recharts-surface')).toBeVisible({ timeout: 20_000 });
});

test('hovering a bar shows its year, units, share, total and source', async ({ page }) => {
  const card = page.locator('figure[data-chart="sales"]');
  await card.getByRole('button', { name: /^Nissan 2017:/ }).hover();
  const tooltip = card.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('2017');
  await expect(tooltip).toContainText('5,816,278');
  await expect(tooltip).toContainText('54.8%');
  await expect(tooltip).toContainText('10,608,366');
  await expect(tooltip).toContainText('Click or press Enter to see the source · click the year to show every view as of it');
  await expect(tooltip).toContainText(/Source: Renault–Nissan–Mitsubishi Alliance$/);
});

test('keyboard focus on a bar shows the tooltip too', async ({ page }) => {
  const card = page.locator('figure[data-chart="sales"]');
  await card.getByRole('button', { name: /^Renault 2012:/ }).focus();
  await expect(card.getByRole('tooltip')).toContainText('2,550,286');
});

test('clicking a year label moves the year cursor there for every view; the range stays', async ({ page }) => {
  const card = page.locator('figure[data-chart="sales"]');
  const from = page.getByLabel('From year');
  const to = page.getByLabel('To year');
  const startFrom = await from.inputValue();
  const startTo = await to.inputValue();
  await card.getByRole('button', { name: /^2017, Alliance total/ }).click();
  await expect(page.getByRole('slider', { name: 'Year shown in every view' })).toHaveAttribute('aria-valuetext', 'As of 2017');
  await expect(card.getByRole('button', { name: /^2017, Alliance total/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('figure[data-chart="ownership"]').getByRole('group', { name: /^Ownership diagram as of 2017/ })).toBeVisible();
  await expect(from).toHaveValue(startFrom);
  await expect(to).toHaveValue(startTo);
  // Every year's bars are still drawn: 8 years of Renault and Nissan, 3 of Mitsubishi, 6 of AvtoVAZ.
  await expect(card.getByRole('button', { name: /^(Renault|Nissan|Mitsubishi|AvtoVAZ) \d{4}:/ })).toHaveCount(25);
});

test('share mode relabels the axis in percent', async ({ page }) => {
  const card = page.locator('figure[data-chart="sales"]');
  await card.getByRole('group', { name: 'Measure' }).getByRole('button', { name: 'Share of total (%)' }).click();
  await expect(card.locator('text.sales-y-tick').last()).toHaveText('100%');
});

test('Tab goes from the legend straight to the first bar, with no empty stops between', async ({ page }) => {
  const card = page.locator('figure[data-chart="sales"]');
  await card.getByRole('button', { name: 'AvtoVAZ', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: /^Renault 2011:/ })).toBeFocused();
  await expect(card.getByRole('tooltip')).toContainText('2,722,062');
});

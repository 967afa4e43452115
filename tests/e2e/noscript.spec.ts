import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('with JavaScript off the page shows the four pre-rendered charts with their marks and says interaction needs JavaScript', async ({ page }) => {
  await page.goto('/');
  const note = page.locator('.noscript-note');
  await expect(note).toBeVisible({ timeout: 30_000 });
  await expect(note).toContainText('Interaction needs JavaScript.');
  await expect(note).toContainText('the dashboard’s default view');
  // The pre-rendered page is English, so the note says so in French and Japanese too, each tagged with its language.
  await expect(note.locator('p[lang="fr"]')).toContainText('L’interaction nécessite JavaScript.');
  await expect(note.locator('p[lang="fr"]')).toContainText('en anglais');
  await expect(note.locator('p[lang="ja"]')).toContainText('操作にはJavaScriptが必要です。');
  await expect(note.locator('p[lang="ja"]')).toContainText('英語で示しています');
  await expect(page.locator('figure[data-chart]')).toHaveCount(4);
  await expect(page.locator('.is-loading, .skeleton')).toHaveCount(0);
  // The marks of the default view (all brands, every year, as of 2023), counted from the seeds.
  const marks = { sales: 'svg.sales-static rect.sales-segment', ev: 'g.ev-series', ownership: '.ownership-edge', plants: '.plant-mark' };
  // Plants: 7 of 9 in 2023 (Togliatti and Aguascalientes no longer count, data/plantTenure.ts).
  const counts = { sales: 25, ev: 10, ownership: 17, plants: 7 };
  for (const [chart, selector] of Object.entries(marks)) {
    const found = page.locator(`figure[data-chart="${chart}"] .card-body ${selector}`);
    await expect(found).toHaveCount(counts[chart as keyof typeof counts]);
    await expect(found.first()).toBeVisible();
  }
  await expect(page.locator('figure[data-chart="sales"] .card-summary')).toHaveText(/^2011–2018: the Alliance grew from 8.03M to 10.8M units/);
  await page.screenshot({ path: 'test-results/noscript.png', fullPage: true });
});

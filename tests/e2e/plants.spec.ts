import { expect, test } from '@playwright/test';

const card = 'figure[data-chart="plants"]';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.locator(`${card} svg.plants-svg`).scrollIntoViewIfNeeded();
});

test('the map draws country outlines and a circle per vehicle plant', async ({ page }) => {
  const map = page.locator(`${card} svg.plants-svg`);
  await expect.poll(() => map.locator('.plants-countries path').count()).toBeGreaterThan(150);
  await expect(map.locator('circle[data-plant]').first()).toBeVisible();
  expect(await map.locator('circle[data-plant]').count()).toBeGreaterThanOrEqual(7);
  await expect(page.locator(`${card} .plants-map-note`)).toHaveCount(0);
});

test('the atlas is a separate hashed asset, not inlined in the JS bundle', async ({ page, request }) => {
  const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src));
  for (const src of scripts) {
    const body = await (await request.get(src)).text();
    expect(body).not.toContain('"arcs"');
  }
  const atlas = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).find((name) => name.includes('countries-110m')));
  expect(atlas).toMatch(/\/assets\/countries-110m-[\w-]+\.json$/);
});

test('zooming to Europe changes the viewBox and shows the European plants', async ({ page }) => {
  const map = page.locator(`${card} svg.plants-svg`);
  const world = await map.getAttribute('viewBox');
  await page.getByRole('group', { name: 'Region' }).getByRole('button', { name: 'Europe' }).click();
  await expect(map).not.toHaveAttribute('viewBox', world ?? '');
  await expect(map.locator('[data-plant]')).toHaveCount(2);
  await expect(map.locator('[data-plant="tangier"]')).toBeVisible();
  await expect(page).toHaveURL(/map=europe/);
});

test('every plant is reachable with the arrow keys and shows its tooltip on focus', async ({ page }) => {
  const buttons = page.locator(`${card} svg [data-plant][role="button"]`);
  const count = await buttons.count();
  await buttons.first().focus();
  for (let i = 0; i < count; i += 1) {
    const focused = page.locator(`${card} svg [data-plant]:focus`);
    await expect(focused).toHaveCount(1);
    await expect(page.locator(`${card} [role="tooltip"]`)).toContainText('Source:');
    await page.keyboard.press('ArrowRight');
  }
});

test('a screenshot of the map shows country outlines', async ({ page }) => {
  const map = page.locator(`${card} svg.plants-svg`);
  await expect.poll(() => map.locator('.plants-countries path').count()).toBeGreaterThan(150);
  const shot = await map.screenshot();
  const land = await map.locator('.plants-countries path').first().evaluate((p) => getComputedStyle(p).fill);
  // Decode the PNG in the page and count pixels in the land colour: outlines drawn = a good share of them.
  const landShare = await page.evaluate(
    async ({ png, fill }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) return 0;
      ctx.drawImage(img, 0, 0);
      const [r, g, b] = (fill.match(/\d+/g) ?? []).map(Number);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      let hits = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - r!) < 4 && Math.abs(data[i + 1]! - g!) < 4 && Math.abs(data[i + 2]! - b!) < 4) hits += 1;
      }
      return hits / (data.length / 4);
    },
    { png: shot.toString('base64'), fill: land },
  );
  expect(landShare).toBeGreaterThan(0.1);
});

test('when the atlas cannot load, the plants are still drawn and a note says so', async ({ page }) => {
  await page.route(/countries-110m.*\.json$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/');
  await expect(page.locator(`${card} .plants-map-note`)).toContainText('Country outlines could not load', { timeout: 15_000 });
  await expect(page.locator(`${card} svg [data-plant]`).first()).toBeVisible();
  await expect(page.locator(`${card} .plants-countries path`)).toHaveCount(0);
});

import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { withAdditions } from '../../src/test/daciaFixture';
import { ready } from './ready';

// The app reads the test dataset (Dacia inside Renault, a 2024 sales year, two new companies, a new key
// event) exactly as it reads the shipped one: the file is served in its place and no code changes.
// It is the real file with the additions merged, as the unit tests build it.
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const FIXTURE = JSON.stringify(withAdditions(readJson('../../public/data/alliance.json'), readJson('../fixtures/dacia-additions.json')));

test.beforeEach(async ({ page }) => {
  await page.route('**/data/alliance.json', (route) => route.fulfill({ contentType: 'application/json', body: FIXTURE }));
});

test('the filter offers the data’s brands and years: Dacia, and 1999–2024', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const brands = page.getByRole('group', { name: 'Brands' }).getByRole('button');
  await expect(brands).toHaveText(['Renault', 'Nissan', 'Mitsubishi', 'AvtoVAZ', 'Dacia'], { timeout: 30_000 });
  await expect(page.getByLabel('To year')).toHaveValue('2024');
  await expect(page.getByLabel('From year')).toHaveAttribute('min', '1999');
});

test('a link naming Dacia and 2024 is read against the data', async ({ page }) => {
  await page.goto('/?years=2024&brands=dacia,renault');
  await ready(page);
  await expect(page.getByLabel('From year')).toHaveValue('2024');
  const toggles = page.getByRole('group', { name: 'Brands' });
  await expect(toggles.getByRole('button', { name: 'Dacia', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(toggles.getByRole('button', { name: 'Nissan', exact: true })).toHaveAttribute('aria-pressed', 'false');
});

test('the 2024 sales bar stacks Renault less Dacia and Dacia, and the footnote says why', async ({ page }) => {
  await page.goto('/?years=2024');
  await ready(page);
  const card = page.locator('figure[data-chart="sales"]');
  await expect(card.getByRole('button', { name: /^Dacia 2024:/ })).toBeVisible({ timeout: 30_000 });
  await expect(card).toContainText("Renault’s figures include Dacia in 2024; its bar shows Renault’s figure less Dacia’s.");
  await card.getByRole('button', { name: 'Show table' }).click();
  await expect(card.getByRole('row', { name: /2024 Dacia 658,321/ })).toBeVisible();
});

test('the ownership diagram draws both new companies in 2024, inside the card', async ({ page }) => {
  await page.goto('/?years=2024');
  await ready(page);
  const card = page.locator('figure[data-chart="ownership"]');
  for (const name of ['Automobile Dacia', 'Example Sovereign Fund']) {
    await expect(card.locator(`.ownership-node[aria-label^="${name}."]`)).toBeVisible({ timeout: 30_000 });
  }
  // Polled as a whole: the diagram may still be settling at its measured width.
  await expect(async () => {
    const svg = await card.locator('svg.ownership-svg').boundingBox();
    const outside: string[] = [];
    for (const node of await card.locator('.ownership-node').all()) {
      const box = await node.boundingBox();
      if (!box || !svg || box.x < svg.x - 1 || box.y < svg.y - 1 || box.x + box.width > svg.x + svg.width + 1 || box.y + box.height > svg.y + svg.height + 1) outside.push((await node.getAttribute('aria-label')) ?? '?');
    }
    expect(outside).toEqual([]);
  }).toPass({ timeout: 30_000 });
  await page.screenshot({ path: 'test-results/dacia-2024-dashboard.png', fullPage: true });
});

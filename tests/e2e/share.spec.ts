import { expect, test } from '@playwright/test';
import { ready } from './ready';

// The Share menu's panel is a chunk of its own (SharePanel.tsx), run as its button is focused or pointed at.

test('Share works from the keyboard: the panel, named for its chart, takes Tab, and its link carries the filters', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?years=2013-2016');
  await ready(page);
  const card = page.locator('figure[data-chart="ev"]');
  const share = card.getByRole('button', { name: 'Share', exact: true });
  await share.focus();
  await page.keyboard.press('Enter');
  await expect(share).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('group', { name: 'Share Electric vehicles: cumulative sales' });
  // The button controls the panel's box, which is there from the first frame of the opening.
  await expect(page.locator(`#${await share.getAttribute('aria-controls')}`)).toHaveCount(1);
  await expect(panel.getByRole('button', { name: 'Copy link to this chart' })).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Copy link to this chart' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('status')).toHaveText('Link copied');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/\?chart=ev&years=2013-2016$/);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(share).toBeFocused();
});

test('a Share panel whose code cannot load says so inside its box, and closes back to Share', async ({ page }) => {
  // Every attempt fails, the retry too: once the pointer's preload has failed, the click asks again under
  // ?retry=1 (reimportable), which a pattern ending in ".js$" let through on a slow run, and the panel opened.
  await page.route(/\/assets\/SharePanel-[^/?]+\.js(?:\?|$)/, (route) => route.abort());
  // The chunk's first failure: the idle prefetch's, or else the pointer's preload below.
  const firstFailure = page.waitForEvent('requestfailed', { predicate: (request) => request.url().includes('/assets/SharePanel-'), timeout: 30_000 });
  await page.goto('/');
  await ready(page);
  const card = page.locator('figure[data-chart="sales"]');
  const share = card.getByRole('button', { name: 'Share', exact: true });
  // Pointed at first, as a mouse does: once a load has failed, the click tries the chunk again (reimportable).
  await share.hover();
  await firstFailure;
  await share.click();
  const box = card.locator('.share-panel');
  const alert = box.getByRole('alert');
  await expect(alert).toContainText('This part of the page could not be opened', { timeout: 30_000 });
  // In the menu's pop-up, not loose in the card's row of buttons: the box is styled by the page's own stylesheet.
  expect(await box.evaluate((element) => getComputedStyle(element).position)).toBe('absolute');
  await alert.getByRole('button', { name: 'Close' }).click();
  await expect(box).toHaveCount(0);
  await expect(share).toBeFocused();
});

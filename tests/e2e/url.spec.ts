import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './ready';

const brandToggle = (page: Page, brand: string) => page.getByRole('group', { name: 'Brands' }).getByRole('button', { name: brand });

test('a shared link restores years, brands and view options', async ({ page }) => {
  await page.goto('/?years=2013-2016&brands=renault,NISSAN&sales=share&ev=log&map=europe');
  await expect(page.getByLabel('From year')).toHaveValue('2013');
  await expect(page.getByLabel('To year')).toHaveValue('2016');
  await expect(brandToggle(page, 'Renault')).toHaveAttribute('aria-pressed', 'true');
  await expect(brandToggle(page, 'Nissan')).toHaveAttribute('aria-pressed', 'true');
  await expect(brandToggle(page, 'Mitsubishi')).toHaveAttribute('aria-pressed', 'false');
  await expect(brandToggle(page, 'AvtoVAZ')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('status').filter({ hasText: 'ignored' })).toHaveCount(0);
});

test('changing a filter updates the URL and Back restores the previous state', async ({ page }) => {
  await page.goto('/?years=2013-2016');
  await expect(page.locator('figure[data-chart="sales"]')).toBeVisible();
  await brandToggle(page, 'Mitsubishi').click();
  await expect(page).toHaveURL(/brands=Renault,Nissan,AvtoVAZ/);
  await expect(brandToggle(page, 'Mitsubishi')).toHaveAttribute('aria-pressed', 'false');
  await page.goBack();
  await expect(page).toHaveURL(/\?years=2013-2016$/);
  await expect(brandToggle(page, 'Mitsubishi')).toHaveAttribute('aria-pressed', 'true');
  await page.goForward();
  await expect(brandToggle(page, 'Mitsubishi')).toHaveAttribute('aria-pressed', 'false');
});

test('garbage parameters fall back to defaults and the page says which were ignored', async ({ page }) => {
  await page.goto('/?years=2030-1990&brands=%3Cscript%3Ealert(1)%3C/script%3E&ev=sideways');
  const notice = page.getByRole('status').filter({ hasText: 'ignored' });
  await expect(notice).toContainText('years=2030-1990');
  await expect(notice).toContainText('brands=<script>alert(1)</script>');
  await expect(notice).toContainText('ev=sideways');
  await expect(page.getByLabel('From year')).toHaveValue('1999');
  await expect(page.getByLabel('To year')).toHaveValue('2023');
  await expect(page.locator('figure[data-chart]')).toHaveCount(4);
  await expect(page.locator('script:has-text("alert(1)")')).toHaveCount(0);
});

test('Reset returns every filter to its default and clears the query string', async ({ page }) => {
  await page.goto('/?years=2015&brands=Nissan');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByLabel('From year')).toHaveValue('1999');
  await expect(brandToggle(page, 'Renault')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/\/$/);
});

test('Copy link puts the current URL on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?years=2014-2017&brands=Renault');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('typing years updates the range once the year is complete', async ({ page }) => {
  // Start away from the defaults, so a write of the unfinished year would show up as a changed URL.
  await page.goto('/?years=2014-2020');
  const from = page.getByLabel('From year');
  await expect(from).toHaveValue('2014');
  const entries = await page.evaluate(() => window.history.length);
  await from.fill('201');
  // The hint is drawn by the same input event that would commit the year; once it shows, the URL had its chance.
  await expect(page.getByRole('status').filter({ hasText: 'showing 2014' })).toBeVisible();
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  // History writes wait for the next frame, then a task of their own; a task queued from a frame after that, at a
  // lower priority, runs after any write the edit queued.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => void (globalThis as unknown as { scheduler: { postTask: (task: () => void, options: { priority: string }) => Promise<void> } }).scheduler.postTask(resolve, { priority: 'background' })),
      ),
  );
  expect(new URL(page.url()).search).toBe('?years=2014-2020');
  expect(await page.evaluate(() => window.history.length)).toBe(entries);
  await from.fill('2012');
  await expect(page).toHaveURL(/\?years=2012-2020$/);
});

test('quick discrete clicks are separate Back steps; typed years are one', async ({ page }) => {
  // Year edits coalesce by page time (Date.now()). Load with the page clock running, then pause it: from there
  // page time moves only when the test says, so a slow machine cannot stretch the typing past the 600 ms window.
  const start = new Date('2026-01-01T09:00:00Z');
  await page.clock.install({ time: start });
  await page.goto('/');
  await expect(page.locator('figure[data-chart="sales"] .card-body svg').first()).toBeVisible();
  await hydrated(page);
  await page.clock.pauseAt(new Date(start.getTime() + 60_000)); // later than any load within the test timeout
  // Every action below is 100 ms of page time after the one before: quick, well inside the window.
  const quickly = () => page.clock.runFor(100);
  await page.getByRole('group', { name: 'Measure' }).getByRole('button', { name: 'Share of total (%)' }).click();
  await quickly();
  await brandToggle(page, 'AvtoVAZ').click();
  await quickly();
  await page.getByRole('group', { name: 'Region' }).getByRole('button', { name: 'Europe' }).click();
  await quickly();
  // The address is written once a frame shows the change; with the clock paused, frames come only as it runs.
  await page.getByLabel('From year').fill('2012');
  await quickly();
  await expect(page).toHaveURL(/years=2012-2023/);
  await page.getByLabel('From year').fill('2013');
  await quickly();
  await expect(page).toHaveURL(/years=2013-2023/);
  // One Back undoes both typed years; each click before them is a Back of its own.
  await page.goBack();
  await expect(page).toHaveURL(/\/\?brands=Renault,Nissan,Mitsubishi&sales=share&map=europe$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/\?brands=Renault,Nissan,Mitsubishi&sales=share$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/\?sales=share$/);
});

test('an address whose path starts with // stays on this site: the address follows the filters, and links point here', async ({ page, baseURL }) => {
  // "//evil.example/" as a relative link is another site's address; pushState refused it (SecurityError) and the
  // single-chart page's "Open the whole dashboard" pointed there.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Written out whole: goto('//evil.example/') would itself resolve to the other site.
  await page.goto(`${baseURL}//evil.example/?chart=ev`);
  expect(new URL(page.url()).pathname).toBe('//evil.example/');
  await hydrated(page);
  await brandToggle(page, 'Nissan').click();
  await expect.poll(() => new URL(page.url()).search, { timeout: 15_000 }).toContain('brands=Renault,Mitsubishi,AvtoVAZ');
  const origin = new URL(page.url()).origin;
  const link = page.getByRole('link', { name: 'Open the whole dashboard' });
  const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
  expect(new URL(href).origin).toBe(origin);
  expect(errors).toEqual([]);
});

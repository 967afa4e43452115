import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pngPixels } from './pngPixels';
import { ready } from './ready';

// The keyboard model of every chart: one tab stop per chart (its first mark), the arrow keys inside it,
// and no other stop in the drawing — not even Recharts' layer groups, which Chromium would make focusable.

const CHARTS = ['sales', 'ev', 'ownership', 'plants'] as const;

/** What has focus: its aria-label (or tag), whether it is inside the card's drawing, and whether it is a mark. */
const focused = (page: Page, chart: string) =>
  page.evaluate((chart) => {
    const el = document.activeElement;
    const card = document.querySelector(`figure[data-chart="${chart}"]`);
    return {
      label: el?.getAttribute('aria-label') ?? `${el?.tagName}.${el?.getAttribute('class')}`,
      isInDrawing: Boolean(el && card?.querySelector('.card-body')?.contains(el) && el.closest('svg')),
      isMark: Boolean(el?.matches('[role="button"], [role="img"]')),
    };
  }, chart);

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await ready(page);
});

// Every chart on one page: a page load is most of a test's cost on CI's two cores.
test('each chart is one tab stop: Tab enters on the first mark, leaves on the next Tab, Shift+Tab returns to the mark last visited', async ({ page }) => {
  test.slow(); // four charts' worth of keyboard walks in one test
  for (const chart of CHARTS) await test.step(chart, async () => {
    // From no focus, as a fresh page would start: the last step left a mark focused (and its brand highlighted).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const card = page.locator(`figure[data-chart="${chart}"]`);
    const marks = card.locator('.card-body svg [role="button"], .card-body svg [role="img"]');
    await expect(marks.first()).toBeVisible({ timeout: 20_000 });
    const labels = await marks.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    const outside = async () => {
      const f = await focused(page, chart);
      return f.isInDrawing ? f.label : 'outside';
    };
    // Exactly one tab stop among the marks: the first drawn.
    await expect.poll(() => marks.evaluateAll((els) => els.flatMap((el) => (el.getAttribute('tabindex') === '0' ? [el.getAttribute('aria-label')] : [])))).toEqual([labels[0]]);
    // From the stop before the drawing, Tab lands on the first mark: no empty layer in between.
    await marks.first().focus();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(outside).toBe('outside');
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page, chart)).toEqual({ label: labels[0], isInDrawing: true, isMark: true });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focused(page, chart)).toEqual({ label: labels[1], isInDrawing: true, isMark: true });
    // One Tab leaves the drawing: no empty layer, no second mark after it.
    await page.keyboard.press('Tab');
    await expect.poll(outside).toBe('outside');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focused(page, chart)).toEqual({ label: labels[1], isInDrawing: true, isMark: true });
  });
});

// The stacked bars are drawn a brand at a time: up and down move within a year's column, left and right along a
// brand's row (up from Renault 2011 took eight presses to reach Nissan 2011, the segment above it).
test('in the stacked sales chart the up and down arrows move within a year, left and right along a brand', async ({ page }) => {
  const card = page.locator('figure[data-chart="sales"]');
  const segment = (name: RegExp) => card.locator('.card-body svg').getByRole('button', { name });
  // The Recharts chart, not the pre-rendered one: its segments are the focusable marks.
  await expect(segment(/^Renault 2012:/)).toBeVisible({ timeout: 20_000 });
  await segment(/^Renault 2012:/).focus();
  const steps: [key: string, lands: RegExp][] = [
    ['ArrowUp', /^Nissan 2012:/],
    ['ArrowRight', /^Nissan 2013:/],
    ['ArrowDown', /^Renault 2013:/],
    ['ArrowDown', /^Renault 2013:/],
    ['ArrowLeft', /^Renault 2012:/],
  ];
  for (const [key, lands] of steps) {
    await page.keyboard.press(key);
    await expect.poll(() => focused(page, 'sales').then((f) => f.label), `${key}`).toMatch(lands);
  }
});

// A focus ring is drawn outside its control (outline-offset 2px): a container that clips its children
// (the segmented toggles did, for their rounded corners) would leave a keyboard user a sliver of it.
test('the focus ring of the last of a card’s toggles is drawn whole (sales "Grouped", EV "Log")', async ({ page }) => {
  for (const [chart, name] of [['sales', 'Grouped'], ['ev', 'Log']] as const) await test.step(`${chart}: ${name}`, async () => {
    const button = page.locator(`figure[data-chart="${chart}"]`).getByRole('button', { name, exact: true });
    await page.keyboard.press('Tab');
    await button.focus();
    await expect(button).toBeFocused();
    const box = (await button.boundingBox())!;
    const ring = await button.evaluate((el) => getComputedStyle(el).outlineColor);
    const [r, g, b] = ring.match(/\d+/g)!.map(Number);
    // The ring's middle, 3 px above the button's top edge and 3 px right of its right edge.
    const png = await page.screenshot({ clip: { x: box.x - 6, y: box.y - 6, width: box.width + 12, height: box.height + 12 } });
    const { width, data } = await pngPixels(page, png);
    const at = (x: number, y: number) => data.slice((y * width + x) * 4, (y * width + x) * 4 + 3);
    const isRing = ([pr, pg, pb]: number[]) => Math.abs(pr! - r!) < 40 && Math.abs(pg! - g!) < 40 && Math.abs(pb! - b!) < 40;
    const above = at(Math.round(box.width / 2) + 6, 3);
    const right = at(Math.round(box.width) + 9, Math.round(box.height / 2) + 6);
    expect({ above: isRing(above), right: isRing(right) }, JSON.stringify({ ring, above, right })).toEqual({ above: true, right: true });
  });
});

// The filter bar sticks to the top of the window. A control that focus moves to from below (Shift+Tab) is
// scrolled to the top of the window less its scroll-padding (the alignment "nearest" that focus navigation
// uses), which must clear the bar, however tall it wraps.
test('a control reached from below is not left under the sticky filter bar (1366 × 768)', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const bar = page.locator('.filter-bar');
  await expect(bar).toBeVisible();
  const toggle = page.locator('figure[data-chart="ev"]').getByRole('button', { name: 'Log', exact: true });
  await page.mouse.wheel(0, 2500);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  await toggle.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
  await expect.poll(async () => {
    const [barBox, control] = await Promise.all([bar.boundingBox(), toggle.boundingBox()]);
    return Math.round(control!.y - (barBox!.y + barBox!.height));
  }).toBeGreaterThanOrEqual(0);
});

// A dataset may hold many brands with long ids (30 of 80 characters are within its limits): the bar then wraps
// taller than the window (1,276 px at 1280 × 800), and stuck to the top it hid the charts and its own last
// controls (a hostile-data review). Past a share of the window it scrolls away with the page instead.
test('a filter bar taller than a share of the window scrolls with the page, leaving the charts in view (1280 × 800)', async ({ page }) => {
  const data = JSON.parse(readFileSync('public/data/alliance.json', 'utf8'));
  for (let i = 0; i < 30; i++) data.brands.push({ id: `Brand ${i} ${'W'.repeat(72)}`.slice(0, 80), colours: { light: '#555555', dark: '#aaaaaa' } });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.route('**/data/alliance.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }));
  await page.goto('/');
  await ready(page);
  const bar = page.locator('.filter-bar');
  const ev = page.locator('figure[data-chart="ev"]');
  await ev.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY));
  // What the reader sees at the top of the window is the EV card, not the bar.
  await expect.poll(() => ev.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return el.contains(document.elementFromPoint(box.left + box.width / 2, 40));
  })).toBe(true);
  await expect.poll(() => bar.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThanOrEqual(0);
  // The page's scroll-padding no longer makes room for a bar that is not there.
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).scrollPaddingTop)).toBe('0px');
  // While the years play, Pause stays in reach: the play controls float at the foot of the window, as on a phone.
  await bar.getByRole('button', { name: /^Play the years/ }).click();
  await ev.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY));
  const pause = page.getByRole('button', { name: /^Pause/ });
  await expect.poll(() => pause.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  })).toBe(true);
});

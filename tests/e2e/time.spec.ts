import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { drawn, hydrated, ready } from './ready';

type Dataset = {
  salesTotals: { year: number; units: number }[];
  evMilestones: { series: string; date: string; units: number; measure: string; qualifier?: 'over' | 'about' | 'almost' }[];
  ownership: { holder: string; held: string; percent: number | null; from: number; to: number | null }[];
  plants: { opened?: number; capacities: { from: string | null }[] }[];
};

const loadDataset = async (request: APIRequestContext) => (await (await request.get('/data/alliance.json')).json()) as Dataset;
const grouped = (n: number) => new Intl.NumberFormat('en-US').format(n);
const card = (page: Page, chart: string) => page.locator(`figure[data-chart="${chart}"]`);
const cursorSlider = (page: Page) => page.getByRole('slider', { name: 'Year shown in every view' });
const playButton = (page: Page) => page.locator('.play-button');

/** One number per view for year `y`, read from the page; null where the view shows none. */
async function pageNumbers(page: Page) {
  const salesYear = card(page, 'sales').locator('.sales-year[aria-pressed="true"]');
  const evAlliance = card(page, 'ev').locator('.ev-cursor-value[data-series="alliance"]');
  return {
    cursor: await cursorSlider(page).getAttribute('aria-valuetext'),
    salesTotal: (await salesYear.count()) ? (await salesYear.getAttribute('aria-label'))?.match(/Alliance total ([\d,]+) units/)?.[1] ?? null : null,
    evAlliance: (await evAlliance.count()) ? (await evAlliance.getAttribute('aria-label'))?.match(/: (.+) by /)?.[1] ?? null : null,
    renaultInNissan: await card(page, 'ownership').locator('g.ownership-edge[aria-label^="Renault holds"][aria-label*="of Nissan"]').getAttribute('aria-label'),
    stakesDrawn: await card(page, 'ownership').locator('g.ownership-edge').count(),
    plantsInEffect: await card(page, 'plants').locator('[data-status="stated"], [data-status="planned"]').count(),
  };
}

const QUALIFIER_WORDS = { over: 'more than', about: 'about', almost: 'almost' } as const;

/** The same numbers computed from the dataset, as each view should show them in year `y`. */
function expectedNumbers(data: Dataset, y: number) {
  const alliance = data.evMilestones.filter((m) => m.series === 'alliance' && m.measure === 'sales' && Number(m.date.slice(0, 4)) <= y);
  const latest = [...alliance].sort((a, b) => a.date.localeCompare(b.date) || a.units - b.units).at(-1);
  const held = data.ownership.filter((s) => s.from <= y && (s.to === null || y < s.to));
  const renault = held.find((s) => s.holder === 'renault' && s.held === 'nissan')!;
  return {
    cursor: `As of ${y}`,
    salesTotal: grouped(data.salesTotals.find((t) => t.year === y)!.units),
    // The latest figure reported by then, as its source bounds it ("more than 500,000", December 2017).
    evAlliance: latest ? `${latest.qualifier ? `${QUALIFIER_WORDS[latest.qualifier]} ` : ''}${grouped(latest.units)}` : null,
    renaultInNissan: `Renault holds ${renault.percent}% of Nissan (voting)`,
    stakesDrawn: held.length,
    // Open by then (or no opening year), with a figure that applies by then (dated by the year, or undated).
    plantsInEffect: data.plants.filter((p) => (p.opened === undefined || p.opened <= y) && p.capacities.some((c) => c.from === null || Number(c.from.slice(0, 4)) <= y)).length,
  };
}

/** Loads with the page clock running, then pauses it: Play moves only when the test advances time. */
async function loadPaused(page: Page, url: string, until: (page: Page) => Promise<void> = ready) {
  const start = new Date('2026-01-01T09:00:00Z');
  await page.clock.install({ time: start });
  await page.goto(url);
  await until(page);
  await page.clock.pauseAt(new Date(start.getTime() + 120_000));
}

test('Play steps every view through 2011–2018 in step with the dataset, stops at the end, and Back returns to where it started', async ({ page, request }) => {
  const data = await loadDataset(request);
  // The cursor follows the range's end (no at=): Play runs from the range's start.
  await loadPaused(page, '/?years=2011-2018');
  await playButton(page).click();
  // The views draw a step once its frame is painted, and a paused clock gives frames only as it runs: each
  // year is checked 50 ms of page time after its step.
  await page.clock.runFor(50);
  for (let y = 2011; y <= 2018; y += 1) {
    await expect.poll(() => pageNumbers(page), { timeout: 30_000 }).toEqual(expectedNumbers(data, y));
    await expect(playButton(page)).toHaveText(/Pause/);
    await page.clock.runFor(1000);
  }
  await expect(playButton(page)).toHaveText(/Replay/);
  await expect(page).toHaveURL(/\?years=2011-2018&at=2018$/);
  // Play has stopped; the clock runs again, so the views can draw what Back restores.
  await page.clock.resume();
  await page.goBack();
  // The address before Play, not the run's first year (at=2011).
  await expect(page).toHaveURL(/\?years=2011-2018$/);
  await expect(cursorSlider(page)).toHaveAttribute('aria-valuetext', 'As of 2018');
  await expect(card(page, 'ownership').getByRole('group', { name: /^Ownership diagram as of 2018/ })).toBeVisible();
});

test('Play after Pause goes on from the year it paused at; from the end, it plays the range again from its start', async ({ page }) => {
  await loadPaused(page, '/?years=2015-2018');
  await playButton(page).click();
  await page.clock.runFor(1000);
  await expect(cursorSlider(page)).toHaveAttribute('aria-valuetext', 'As of 2016');
  await playButton(page).click();
  await expect(playButton(page)).toHaveText(/Play/);
  await expect(playButton(page)).toHaveAccessibleName('Play the years 2016–2018');
  await playButton(page).click();
  await expect(cursorSlider(page)).toHaveAttribute('aria-valuetext', 'As of 2016');
  await page.clock.runFor(1000);
  await expect(cursorSlider(page)).toHaveAttribute('aria-valuetext', 'As of 2017');
  await page.clock.runFor(2000);
  await expect(playButton(page)).toHaveText(/Replay/);
  await expect(playButton(page)).toHaveAccessibleName('Replay the years 2015–2018');
  await playButton(page).click();
  await expect(cursorSlider(page)).toHaveAttribute('aria-valuetext', 'As of 2015');
});

test('any click elsewhere pauses Play', async ({ page }) => {
  await loadPaused(page, '/?years=2011-2018');
  await playButton(page).click();
  await page.clock.runFor(1000);
  await expect(cursorSlider(page)).toHaveAttribute('aria-valuetext', 'As of 2012');
  await card(page, 'plants').locator('.card-title').click();
  await expect(playButton(page)).toHaveText(/Play/);
  await page.clock.runFor(3000);
  await expect(cursorSlider(page)).toHaveAttribute('aria-valuetext', 'As of 2012');
});

test('Play at 2× takes half a second a year; the speed buttons do not pause it', async ({ page }) => {
  await loadPaused(page, '/?years=2015-2018');
  await playButton(page).click();
  await page.getByRole('group', { name: 'Play speed' }).getByRole('button', { name: '2×' }).click();
  await page.clock.runFor(500);
  await expect(cursorSlider(page)).toHaveAttribute('aria-valuetext', 'As of 2016');
  await expect(playButton(page)).toHaveText(/Pause/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true });

  test('a finger drags the cursor along the timeline, inside the range, without scrolling the page', async ({ page }) => {
    await page.goto('/?years=2005-2020&at=2010');
    await ready(page);
    const track = await page.locator('.timeline-track').boundingBox();
    const flag = await page.locator('.timeline-at-label').boundingBox();
    const xOf = (year: number) => track!.x + ((year - 1999) / (2023 - 1999)) * track!.width;
    const client = await page.context().newCDPSession(page);
    const y = flag!.y + flag!.height / 2;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) => client.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', flag!.x + flag!.width / 2);
    for (const year of [2011, 2013, 2015, 2016]) await touch('touchMove', xOf(year));
    await touch('touchEnd', xOf(2016));
    await expect(cursorSlider(page)).toHaveAttribute('aria-valuetext', 'As of 2016');
    await expect(page).toHaveURL(/at=2016/);
    // Past the range's end the cursor stops at it.
    const flag2 = await page.locator('.timeline-at-label').boundingBox();
    await touch('touchStart', flag2!.x + flag2!.width / 2);
    await touch('touchMove', xOf(2022));
    await touch('touchEnd', xOf(2022));
    await expect(cursorSlider(page)).toHaveAttribute('aria-valuetext', 'As of 2020');
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
  });

  test('Play keeps going while a finger scrolls down to the charts, with its year and Pause kept on screen', async ({ page }) => {
    await loadPaused(page, '/?years=2011-2018');
    await playButton(page).click();
    await page.clock.runFor(1000);
    await expect(cursorSlider(page)).toHaveAttribute('aria-valuetext', 'As of 2012');
    // A finger drags the page up from the middle of the screen: a scroll, not a press on something.
    const client = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) => client.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: 300, y }] });
    await touch('touchStart', 700);
    for (const y of [650, 550, 450, 350, 250, 150]) await touch('touchMove', y);
    await touch('touchEnd', 150);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await expect(playButton(page)).toHaveText(/Pause/);
    // The filter bar has scrolled away; the play controls float at the foot of the screen with the year shown.
    await expect(playButton(page)).toBeInViewport();
    await expect(page.locator('.play-year')).toHaveText('2012');
    await page.clock.runFor(1000);
    await expect(page.locator('.play-year')).toHaveText('2013');
    await playButton(page).click();
    await expect(playButton(page)).toHaveText(/Play/);
    await expect(page.locator('.play-year')).toBeHidden();
  });

  for (const width of [320, 360]) {
    test(`at ${width} px in French, the floating play controls keep to one line inside the screen, Pause apart from its year`, async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
      // `ready` reads English words: a French page waits until it answers input and has drawn.
      await loadPaused(page, '/?years=2011-2018&lang=fr', async (p) => { await hydrated(p); await drawn(p); });
      await playButton(page).click();
      await page.clock.runFor(1000);
      await page.evaluate(() => window.scrollTo(0, 1500));
      await expect(page.locator('.play-year')).toHaveText('2012');
      const boxes = await page.locator('.play-controls').evaluate((bar) => {
        const box = (el: Element) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
        return { bar: box(bar), button: box(bar.querySelector('.play-button')!), year: box(bar.querySelector('.play-year')!), speeds: [...bar.querySelectorAll('.segmented button')].map(box) };
      });
      expect([boxes.bar.left >= 0, boxes.bar.right <= width], 'the bar inside the screen').toEqual([true, true]);
      expect(boxes.year.left - boxes.button.right, 'room between Pause and the year').toBeGreaterThanOrEqual(4);
      // One row: every control within the height of the tallest, and each speed on one line of text.
      const tops = [boxes.button, boxes.year, ...boxes.speeds].map((b) => b.top);
      expect(Math.max(...tops) - Math.min(...tops), 'controls side by side').toBeLessThan(20);
      // Each a finger's target (44 px), and each speed on one line of text (two lines of it would be taller than 50).
      const heights = [boxes.button, ...boxes.speeds].map((b) => b.bottom - b.top);
      expect([Math.min(...heights) >= 44, Math.max(...heights) < 50], 'buttons 44 px tall, one line each').toEqual([true, true]);
    });
  }

  test('the timeline’s tick labels never touch', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    const boxes = await page.locator('.timeline-ticks span').evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect()).map((r) => [r.left, r.right]));
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    boxes.slice(1).forEach(([left], i) => expect(left!).toBeGreaterThan(boxes[i]![1]! + 4));
    expect(Math.min(...boxes.map(([left]) => left!))).toBeGreaterThanOrEqual(0);
    expect(Math.max(...boxes.map(([, right]) => right!))).toBeLessThanOrEqual(375);
  });
});

test('?at=2016&vs=2023 shows the ended Daimler stakes and the 43.4% → 15% change, and the plants of 2023 with the one opened between and gone', async ({ page }) => {
  await page.goto('/?at=2016&vs=2023');
  await ready(page);
  const ownership = card(page, 'ownership');
  await expect(ownership.locator('g.ownership-edge[data-change="ended"][aria-label^="Daimler holds 3.1%"]')).toHaveAttribute('aria-label', /ended 2021$/);
  await expect(ownership.locator('.ownership-edge-label text', { hasText: '43.4% → 15%' })).toBeVisible();
  // Daimler and the Mexican joint venture say in their boxes when their stakes ended, "c. 2021" as the joint
  // venture's end is inferred; their four lines carry no label of their own.
  await expect(ownership.locator('.ownership-node', { hasText: 'ended c. 2021' })).toHaveCount(2);
  await expect(ownership.locator('.ownership-edge-label text', { hasText: 'ended' })).toHaveCount(0);
  await expect(ownership.locator('.card-summary')).toHaveText(/^Stakes from 2016 to 2023: 2 changed, 5 new, 8 ended and 10 unchanged\. Changed: /);
  // The compare year is the filter bar's, and the timeline marks it.
  await expect(page.getByRole('region', { name: 'Filters' }).getByRole('combobox', { name: 'Compare with' })).toHaveValue('2023');
  await expect(page.locator('.timeline-compare-label')).toHaveText('2023');
  // The plants map draws the later year too: Aguascalientes opened between (2017) but is not counted in 2023, so it has no ring, and the card says so.
  const plants = card(page, 'plants');
  await expect(plants.locator('.card-summary')).toContainText('Opened between 2016 and 2023: Aguascalientes (2017, planned; not counted in 2023).');
  await expect(plants.locator('[data-new="true"]')).toHaveCount(0);
  await expect(plants.locator('.footnotes')).toContainText('Not counted in 2023, as the Alliance held no stake in the companies that run them: Togliatti (AvtoVAZ, stake ended 2022, year inferred) and Aguascalientes (Mexico JV, stake ended 2021, year inferred).');
  await ownership.getByRole('button', { name: 'Show table' }).click();
  await expect(ownership.getByRole('row').nth(1)).toContainText('changed');
});

test('comparing 2012 with 2017, the sales chart frames both years and gives both figures; the EV chart draws the compared year’s rule; none once the comparison is off', async ({ page }) => {
  await page.goto('/?years=2011-2018&at=2012&vs=2017');
  await ready(page);
  const sales = card(page, 'sales');
  // Solid around the cursor's 2012, dashed around 2017, over the same columns as the year labels.
  const columnOf = async (selector: string) => (await sales.locator(selector).boundingBox())!;
  const labelOf = async (year: number) => (await sales.locator('.sales-year', { hasText: String(year) }).boundingBox())!;
  for (const [selector, year] of [['.sales-at', 2012], ['.sales-vs', 2017]] as const) {
    await expect.poll(async () => {
      const [frame, label] = [await columnOf(selector), await labelOf(year)];
      return frame.x < label.x && label.x + label.width < frame.x + frame.width;
    }).toBe(true);
  }
  await expect(sales.locator('.card-summary')).toContainText(
    'Comparing 2012 with 2017: Alliance total 8.10M → 10.6M (+31.0%; Mitsubishi counted in 2017 only); Renault 2.55M → 3.76M (+47.5%; 2017 includes AvtoVAZ); Nissan 4.94M → 5.82M (+17.7%); Mitsubishi: no figure for 2012; AvtoVAZ: in Renault’s figure for 2017.',
  );
  const ev = card(page, 'ev');
  await expect(ev.locator('.ev-compare-line')).toHaveCount(1);
  // The EV chart reads nothing by December 2012 (its first Alliance figure is July 2013): the card says so, and
  // gives the cursor's own reading after it.
  await expect(ev.locator('.card-summary')).toContainText('Comparing 2012 with 2017: no line has a reported figure by 2012.');

  await page.getByRole('region', { name: 'Filters' }).getByRole('combobox', { name: 'Compare with' }).selectOption({ label: 'none' });
  await expect(sales.locator('.sales-vs')).toHaveCount(0);
  await expect(sales.locator('.card-summary')).not.toContainText('Comparing');
  await expect(ev.locator('.ev-compare-line')).toHaveCount(0);
  await expect(ev.locator('.card-summary')).not.toContainText('Comparing');
});

test('comparing 2016 with 2020, the EV summary gives the largest figures that moved between, earlier first', async ({ page }) => {
  await page.goto('/?years=2009-2021&at=2020&vs=2016');
  await ready(page);
  await expect(card(page, 'ev').locator('.card-summary')).toContainText(
    'Comparing 2016 with 2020: Alliance 350,000 (Aug 2016) → 800,000 (Dec 2019); Nissan 275,000 (Dec 2016) → about 500,000 (Apr 2020); Nissan Leaf 250,000 (Dec 2016) → 500,000 (Dec 2020).',
  );
  // Sales figures stop at 2018: nothing to compare in that card.
  await expect(card(page, 'sales').locator('.card-summary')).not.toContainText('Comparing');
});

test('a link with a cursor outside the range or a bad compare year says what it did', async ({ page }) => {
  await page.goto('/?years=2011-2018&at=2021&vs=abc');
  await ready(page);
  const notice = page.getByRole('status').filter({ hasText: 'Some link parameters were ignored' });
  await expect(notice).toContainText('“at=2021” (outside the selected years 2011–2018; showing 2018)');
  await expect(notice).toContainText('“vs=abc” (expected one year, like 2016; comparison is off)');
  await expect(cursorSlider(page)).toHaveAttribute('aria-valuetext', 'As of 2018');
});

test('sorting the sales table by units: 2018 Nissan first in 2018, 2017 Nissan first over 2011–2018', async ({ page }) => {
  await page.goto('/?years=2018');
  await ready(page);
  const sales = card(page, 'sales');
  await sales.getByRole('button', { name: 'Show table' }).click();
  await sales.getByRole('button', { name: /^Units sold/ }).click();
  await expect(sales.getByRole('columnheader', { name: /^Units sold/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(sales.getByRole('row').nth(1)).toContainText(/2018\s*Nissan\s*5,653,683/);
  await page.getByLabel('From year').fill('2011');
  await expect(sales.getByRole('row').nth(1)).toContainText(/2017\s*Nissan\s*5,816,278/);
  // Mitsubishi before 2016 and AvtoVAZ 2017–2018 have no figure: they sort last.
  await expect(sales.getByRole('row').last()).toContainText('—');
});

test('the EV summary reads the year cursor: the latest figures as of 2016, none once the cursor is back at the end', async ({ page }) => {
  await page.goto('/?years=2011-2018&at=2016');
  await ready(page);
  const summary = card(page, 'ev').locator('.card-summary');
  await expect(summary).toContainText('As of 2016, the latest figures: Alliance 350,000 (Aug 2016); Nissan 275,000 (Dec 2016); Nissan Leaf 250,000 (Dec 2016).');
  await cursorSlider(page).focus();
  await page.keyboard.press('End');
  await expect(cursorSlider(page)).toHaveAttribute('aria-valuetext', 'As of 2018');
  await expect(summary).not.toContainText('the latest figures');
});

test('a cursor outside a chart’s years says so under that chart, and the note goes once the cursor is back inside', async ({ page }) => {
  await page.goto('/?at=2005');
  await ready(page);
  await expect(card(page, 'sales').locator('.card-cursor-note')).toHaveText('No figures for 2005: this chart’s figures start in 2011.');
  await expect(card(page, 'ev').locator('.card-cursor-note')).toHaveText('No figures for 2005: this chart’s figures start in 2009.');
  // Ownership and plants have figures for every year of the range: no note.
  await expect(page.locator('.card-cursor-note')).toHaveCount(2);
  await cursorSlider(page).focus();
  await page.keyboard.press('End');
  await expect(cursorSlider(page)).toHaveAttribute('aria-valuetext', 'As of 2023');
  await expect(card(page, 'sales').locator('.card-cursor-note')).toHaveText('No figures for 2023: this chart’s figures end in 2018.');
  await page.getByRole('spinbutton', { name: 'As of' }).fill('2015');
  await expect(page.locator('.card-cursor-note')).toHaveCount(0);
});

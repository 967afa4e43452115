import { expect, test, type Frame, type Page } from '@playwright/test';
import { EMBED_HEIGHTS } from '../../src/export/embed';
import { fromHarness, resizedAndRedrawn } from './ready';

const CHARTS = ['sales', 'ev', 'ownership', 'plants'] as const;
const MARKS = 'svg [role="button"][tabindex], svg [role="img"][tabindex]';
/** A mark each chart shows a tooltip for on hover (the same ones its own spec hovers). */
const HOVER: Record<(typeof CHARTS)[number], { role: 'button' | 'img'; name: RegExp }> = {
  sales: { role: 'button', name: /^Nissan 2017:/ },
  ev: { role: 'button', name: /^Alliance: 500,000 sold, Oct 2017/ },
  ownership: { role: 'img', name: /^Mitsubishi Motors\./ },
  plants: { role: 'button', name: /^Tangier/ },
};

/** A host page on another origin (about:blank) with the iframe and the few lines of the README's host script. */
async function hostPage(page: Page, src: string, width: number): Promise<Frame> {
  await page.setViewportSize({ width: width + 40, height: 900 });
  await page.setContent(`<!doctype html><body style="margin:20px">
    <iframe id="atlas" src="${src}" title="Alliance Atlas chart" style="width:${width}px;border:0" height="500"></iframe>
    <script>
      window.heights = [];
      window.addEventListener('message', (e) => {
        if (!e.data || e.data.type !== 'alliance-atlas:height') return;
        window.heights.push(e.data);
        document.getElementById('atlas').height = String(e.data.height);
      });
    </script></body>`);
  const frame = await (await page.locator('#atlas').elementHandle())!.contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
}

/** The height messages the host page received from the embed, oldest first. */
function postedHeights(page: Page): Promise<{ chart: string; height: number }[]> {
  return page.evaluate(() => (window as unknown as { heights: { chart: string; height: number }[] }).heights);
}

/** One embed at the host's current width: chart-only chrome, no sideways scroll, its height posted, tooltip and keys. */
async function checkEmbed(page: Page, frame: Frame, chart: (typeof CHARTS)[number], width: number) {
  const card = frame.locator(`figure[data-chart="${chart}"]`);
  await expect(card.locator('.card-body svg').first()).toBeVisible({ timeout: 30_000 });
  await expect(card.locator(MARKS).first()).toBeAttached();
  await expect(card.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect.poll(() => frame.evaluate(() => document.documentElement.clientWidth)).toBe(width);
  // Chart-only chrome: no header, filter bar or theme switch, the credit and the link to the full page.
  await expect(frame.locator('.app-header, .filter-bar')).toHaveCount(0);
  await expect(card.locator('.embed-credit')).toContainText('· Alliance Atlas');
  await expect(card.getByRole('link', { name: /Open in Alliance Atlas/ })).toHaveAttribute('target', '_blank');

  await expect.poll(() => frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), { message: 'horizontal overflow in px' }).toBeLessThanOrEqual(0);

  // The last message the host received equals the embedded document's height once the chart has settled.
  const heights = async () => {
    const posted = (await postedHeights(page)).at(-1) ?? null;
    const actual = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    return { posted, actual };
  };
  await expect.poll(async () => { const h = await heights(); return h.posted?.height === h.actual && h.posted.chart; }, { timeout: 30_000 }).toBe(chart);
  const { actual } = await heights();
  expect(actual).toBeGreaterThan(300);
  // The snippet's own height holds the chart where a host strips the script.
  expect(actual).toBeLessThanOrEqual(EMBED_HEIGHTS[chart]);
  // The host resized the iframe to the message: nothing is cut off, nothing scrolls inside the frame.
  await expect.poll(() => frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(0);

  // Tooltip on hover, then the keyboard model: the first mark takes focus and ArrowRight moves on.
  // force: at 360 px the Oct and Dec 2017 dots overlap; the pointer lands on one of them either way.
  // Each step again until it holds: a mark redrawn between being found and being used loses the hover or focus.
  await expect(async () => {
    await card.getByRole(HOVER[chart].role, { name: HOVER[chart].name }).first().hover({ force: true, timeout: 5_000 });
    await expect(card.getByRole('tooltip')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  const label = () => frame.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
  await expect(async () => {
    await card.locator(MARKS).first().focus({ timeout: 5_000 });
    const before = await label();
    expect(before).not.toBeNull();
    await page.keyboard.press('ArrowRight');
    await expect.poll(label, { timeout: 2_000 }).not.toBe(before);
    expect(await label()).not.toBeNull();
    await expect(card.getByRole('tooltip')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  if (chart === 'ev' || width === 360) await page.screenshot({ path: `test-results/embed-${chart}-${width}.png`, fullPage: true });
  // Nothing left showing for the next width's checks to find.
  await frame.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 0);
  await expect(card.getByRole('tooltip')).toHaveCount(0);
}

for (const chart of CHARTS) {
  // One load at a phone's width, then the article reflowed to a desktop's (a page load is most of a test's cost).
  test(`${chart} embedded at 360 px, then 1000 px: no sideways scroll, posts its height, tooltip and keys work`, async ({ page, baseURL }) => {
    const frame = await hostPage(page, `${baseURL}/?chart=${chart}&embed=1`, 360);
    await checkEmbed(page, frame, chart, 360);
    // The chart is laid out again for the wider frame (its viewBox changes), not the 360 px one scaled up, and
    // the host hears the new height.
    const messages = (await postedHeights(page)).length;
    await resizedAndRedrawn(frame.locator(`figure[data-chart="${chart}"] .card-body svg`).first(), async () => {
      await page.setViewportSize({ width: 1040, height: 900 });
      await page.locator('#atlas').evaluate((iframe: HTMLIFrameElement) => (iframe.style.width = '1000px'));
    });
    await expect.poll(async () => (await postedHeights(page)).length).toBeGreaterThan(messages);
    await checkEmbed(page, frame, chart, 1000);
    // The snippet's height holds the chart at 480 px, where the ownership diagram's phone layout is at its widest
    // and so its tallest, and at the narrowest column. Each width waits for the chart laid out again, but the
    // ownership diagram's phone layout is one drawing scaled below 480 px: there it is only scaled.
    for (const width of [480, 320]) {
      const resize = () => page.locator('#atlas').evaluate((iframe: HTMLIFrameElement, w) => (iframe.style.width = `${w}px`), width);
      if (chart === 'ownership' && width === 320) await resize();
      else await resizedAndRedrawn(frame.locator(`figure[data-chart="${chart}"] .card-body svg`).first(), resize);
      const settled = async () => {
        const posted = (await postedHeights(page)).at(-1)?.height;
        const [clientWidth, actual] = await frame.evaluate(() => [document.documentElement.clientWidth, Math.ceil(document.documentElement.getBoundingClientRect().height)]);
        return clientWidth === width && posted === actual ? actual : null;
      };
      await expect.poll(settled, { timeout: 30_000, message: `height settled at ${width} px` }).not.toBeNull();
      expect(await settled()).toBeLessThanOrEqual(EMBED_HEIGHTS[chart]);
    }
  });
}

// An embed is a page of its own, with no dashboard header: its chart's title is the page's heading (axe's
// page-has-heading-one found none, a UX review); on the dashboard and a chart's own page the cards stay h2.
test('an embedded chart is titled by the page’s one h1, the dashboard’s cards by h2', async ({ page }) => {
  await page.goto('/?chart=plants&embed=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(['Plant capacity']);
  await page.goto('/?chart=plants');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(['Alliance Atlas']);
  await expect(page.getByRole('heading', { level: 2, name: 'Plant capacity' })).toBeVisible();
});

test('an embed is light by default on a dark system, and dark when the link asks', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?chart=sales&embed=1');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.goto('/?chart=sales&embed=1&theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('an embed in an iframe taller than its chart shows the card’s colour below it, not the dashboard’s grey page, in both themes', async ({ page }) => {
  for (const theme of ['light', 'dark'] as const) {
    await page.setViewportSize({ width: 360, height: 1400 });
    await page.goto(`/?chart=ev&embed=1&theme=${theme}`);
    const card = page.locator('figure[data-chart="ev"]');
    await expect(card.locator('.card-body svg')).toBeVisible({ timeout: 30_000 });
    const cardColour = await card.evaluate((el) => getComputedStyle(el).backgroundColor);
    // Below the card, the page itself: html and body, which is what the iframe shows past the chart.
    await expect.poll(() => page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor])).toEqual([cardColour, cardColour]);
  }
});

test('an as-of chart’s page is titled for the year it draws, not the filter’s span: ?chart=ownership&at=2017, and the two years compared', async ({ page }) => {
  await page.goto('/?chart=ownership&at=2017');
  await expect(page).toHaveTitle('Who owns whom 2017 — Alliance Atlas', { timeout: 30_000 });
  await page.goto('/?chart=plants&at=2016&vs=2019');
  await expect(page).toHaveTitle('Plant capacity 2016–2019 — Alliance Atlas', { timeout: 30_000 });
});

test('?chart=ev is one card at full width, titled for its years, with a way back to the whole dashboard', async ({ page, baseURL }) => {
  await page.goto('/?chart=ev');
  await expect(page.locator('figure[data-chart]')).toHaveCount(1);
  await expect(page.locator('figure[data-chart="ev"] .card-body svg').first()).toBeVisible();
  await expect(page).toHaveTitle('Electric vehicles 2009–2021 — Alliance Atlas');
  // The header speaks of this one chart, not of "four linked views" it does not show.
  await expect(page.locator('.app-lede')).toHaveText(/^One of the four linked views of the Renault–Nissan–Mitsubishi Alliance, “Electric vehicles: cumulative sales”, on its own page;/);
  const link = page.getByRole('link', { name: 'Open the whole dashboard' });
  // Absolute, on this site (pageBase): a relative path starting with // would name another site.
  await expect(link).toHaveAttribute('href', `${baseURL}/`);
  // Drawn as the buttons beside it, not in the browser's link blue with an underline.
  const looks = (el: Element) => { const style = getComputedStyle(el); return [style.color, style.textDecorationLine]; };
  expect(await link.evaluate(looks)).toEqual(await page.getByRole('button', { name: 'Copy link' }).evaluate(looks));
  // A filter change keeps the page on its chart and the link on the filters.
  await page.getByRole('group', { name: 'Brands' }).getByRole('button', { name: 'Renault' }).click();
  await expect(page).toHaveURL(/\?chart=ev&brands=Nissan,Mitsubishi,AvtoVAZ$/);
  await expect(link).toHaveAttribute('href', `${baseURL}/?brands=Nissan,Mitsubishi,AvtoVAZ`);
  await page.goBack();
  await expect(page).toHaveURL(/\?chart=ev$/);
  await expect(page.locator('figure[data-chart]')).toHaveCount(1);
  const box = await page.locator('figure[data-chart="ev"]').boundingBox();
  expect(box!.width).toBeGreaterThan(1200);
});

test('bad page keys fall back to the dashboard and the notice names each one', async ({ page }) => {
  await page.goto('/?chart=pie&embed=1&theme=sepia&years=2013-2016');
  await expect(page.locator('figure[data-chart]')).toHaveCount(4);
  const notice = page.getByRole('status').filter({ hasText: 'Some link parameters were ignored' });
  await expect(notice).toContainText('“chart=pie” (expected one of sales, ev, ownership or plants)');
  await expect(notice).toContainText('“embed=1” (an embed needs a chart, e.g. chart=ev)');
  await expect(notice).toContainText('“theme=sepia” (expected one of light or dark)');
  await expect(page.getByLabel('From year')).toHaveValue('2013');
});

test('an embedded EV chart that leaves dots out points to the table where it is: Alliance Atlas, not a Show table button it lacks', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/?chart=ev&embed=1');
  const note = page.locator('figure[data-chart="ev"] .ev-thinned-note');
  await expect(note).toHaveText(/without (a dot|dots); Alliance Atlas lists every one in its table\.$/);
  await expect(page.getByRole('button', { name: 'Show table' })).toHaveCount(0);
  await page.goto('/?chart=ev');
  await expect(note).toHaveText(/without (a dot|dots); Show table lists every one\.$/);
  await expect(page.getByRole('button', { name: 'Show table' })).toHaveCount(1);
});

test('an embedded ownership diagram starts at its content, not at the empty rows the page keeps for other years, and its tooltips stay by their marks', async ({ page, baseURL }) => {
  const frame = await hostPage(page, `${baseURL}/?chart=ownership&embed=1`, 360);
  const card = frame.locator('figure[data-chart="ownership"]');
  await expect(card.locator('.ownership-svg')).toBeVisible({ timeout: 30_000 });
  const gap = async () => card.evaluate((figure) => {
    const svg = figure.querySelector('.ownership-svg')!.getBoundingClientRect();
    const nodes = [...figure.querySelectorAll('.ownership-svg g[role="img"] rect')].map((r) => r.getBoundingClientRect().top);
    return Math.min(...nodes) - svg.top;
  });
  // 12 viewBox units of margin above the highest mark (a stake's line may rise above the boxes): well under 40 px.
  await expect.poll(gap).toBeLessThan(40);
  const mitsubishi = card.getByRole('img', { name: /^Mitsubishi Motors\./ });
  await mitsubishi.hover();
  const tooltip = card.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  const [mark, tip] = [await mitsubishi.boundingBox(), await tooltip.boundingBox()];
  // Placed beside the company, above or below it: within 40 px of its box vertically.
  const distance = Math.max(0, (tip?.y ?? 0) - ((mark?.y ?? 0) + (mark?.height ?? 0)), (mark?.y ?? 0) - ((tip?.y ?? 0) + (tip?.height ?? 0)));
  expect(distance).toBeLessThan(40);
});

// A page fetches what it draws: the map outlines (39 KB gzip) only where the map is, preloaded by the guard script
// from the head. A preload of them in the HTML made every embed fetch them, and Chromium warned 3 s after load
// that a preload went unused. The requests say it without waiting for that timer: one request, from the <link>,
// is a preload the app's fetch took; none is no preload at all.
for (const [address, chart, outlines] of [['/?chart=sales&embed=1', 'sales', 0], ['/?chart=plants&embed=1', 'plants', 1], ['/', 'plants', 1]] as const) {
  test(`${address} fetches the map outlines ${outlines ? 'once, from the guard’s preload, which the app’s fetch takes' : 'not at all'}`, async ({ page }) => {
    const fetched: string[] = [];
    const logged: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    page.on('console', (message) => {
      if (fromHarness(message)) return;
      if (message.type() === 'warning' || message.type() === 'error') logged.push(message.text());
    });
    await page.goto(address);
    const card = page.locator(`figure[data-chart="${chart}"]`);
    await expect(card.locator('.card-body svg').first()).toBeVisible({ timeout: 30_000 });
    await expect(card.locator('[aria-busy="true"]')).toHaveCount(0);
    await page.waitForLoadState('load');
    expect(fetched.filter((path) => path.includes('countries-110m'))).toHaveLength(outlines);
    // Requested by the <link> the guard adds, not first by the app's own fetch (which then reuses it). Polled: a
    // resource's timing entry is written once its response has ended, which a busy machine's 'load' can precede
    // (the pre-rendered page draws its map without waiting for them).
    const initiators = () => page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('countries-110m')).map((entry) => (entry as PerformanceResourceTiming).initiatorType));
    await expect.poll(initiators, { timeout: 30_000 }).toEqual(outlines ? ['link'] : []);
    // And the map drew from it: one request, yet the countries are there.
    if (outlines) expect(await card.locator('.plants-countries path').count()).toBeGreaterThan(100);
    expect(logged, 'warnings and errors logged by the load event').toEqual([]);
  });
}

test('an embed keeps its card’s notes: why the Mitsubishi and AvtoVAZ bars start and stop, which plants 2023 leaves out', async ({ page }) => {
  await page.goto('/?chart=sales&embed=1');
  const sales = page.locator('figure[data-chart="sales"] .footnotes');
  await expect(sales).toContainText('No Mitsubishi bar in 2011–2015: The table gives no Mitsubishi figure before 2016', { timeout: 30_000 });
  await expect(sales).toContainText('No AvtoVAZ bar in 2018: The 2018 cell is empty.');
  await page.goto('/?chart=plants&embed=1');
  await expect(page.locator('figure[data-chart="plants"] .footnotes')).toContainText('Not counted in 2023, as the Alliance held no stake in the companies that run them: Togliatti', { timeout: 30_000 });
});

import { expect, test, type Page } from '@playwright/test';
import { chooseTheme, drawn, hydrated, ready } from './ready';

const PHONE = { width: 375, height: 812 };

test.use({ viewport: PHONE });

/**
 * Elements that stick out of the viewport sideways, and elements whose own content is clipped
 * (overflow hidden/clip with content wider than the box). Content inside a deliberate scroll
 * container (overflow-x auto/scroll, e.g. the table view) is allowed to be wider than the page.
 */
async function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${String(el.getAttribute('class')).trim().split(/\s+/).join('.')}` : ''}${el.closest('figure[data-chart]') ? ` in ${el.closest('figure[data-chart]')?.getAttribute('data-chart')}` : ''}`;
    const insideScroller = (el: Element) => {
      for (let node = el.parentElement; node; node = node.parentElement) {
        const overflowX = getComputedStyle(node).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll') return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.closest('[aria-hidden="true"], .visually-hidden, .skip-link')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (!insideScroller(el) && (rect.right > width + 0.5 || rect.left < -0.5)) {
        problems.push(`${describe(el)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} of ${width}px`);
      }
      const clips = /hidden|clip/.test(style.overflowX) && !(el instanceof SVGElement);
      if (clips && el.scrollWidth > el.clientWidth + 1) problems.push(`${describe(el)} clips its content (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return problems.slice(0, 20);
  });
}

// Three looks at one page, then its screenshots in both themes (a page load is most of a test's cost on CI's two cores).
test('at 375 px the page fits: nothing sticks out or scrolls sideways, every chart fits its card, the cards stack in page order, light and dark (test-results/responsive-375-*.png)', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await test.step('nothing sticks out or is clipped, and the page does not scroll sideways', async () => {
    expect(await overflowProblems(page)).toEqual([]);
  });
  await test.step('every figure and its chart fit the viewport', async () => {
    for (const figure of await page.locator('figure[data-chart]').all()) {
      const chart = await figure.getAttribute('data-chart');
      const box = await figure.boundingBox();
      expect(box, `${chart} is laid out`).not.toBeNull();
      expect(box!.x, `${chart} starts inside the viewport`).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, `${chart} ends inside the viewport`).toBeLessThanOrEqual(PHONE.width);
      for (const svg of await figure.locator('.card-body svg').all()) {
        const svgBox = await svg.boundingBox();
        if (!svgBox || svgBox.width === 0) continue;
        expect(svgBox.x + svgBox.width, `${chart} svg fits its card`).toBeLessThanOrEqual(box!.x + box!.width + 0.5);
      }
    }
  });
  await test.step('the cards stack in one column, in page order', async () => {
    const boxes = await page.locator('figure[data-chart]').evaluateAll((figures) =>
      figures.map((f) => {
        const r = f.getBoundingClientRect();
        return { chart: f.getAttribute('data-chart'), left: Math.round(r.left), top: r.top, bottom: r.bottom };
      }),
    );
    expect(new Set(boxes.map((b) => b.left)).size).toBe(1);
    boxes.slice(1).forEach((box, i) => expect(box.top, `${box.chart} sits below ${boxes[i]?.chart}`).toBeGreaterThanOrEqual(boxes[i]!.bottom));
  });
  for (const theme of ['light', 'dark'] as const) {
    await test.step(`screenshot in the ${theme} theme, nothing sticking out`, async () => {
      await chooseTheme(page, theme);
      await page.screenshot({ path: `test-results/responsive-375-${theme}.png`, fullPage: true });
      expect(await overflowProblems(page)).toEqual([]);
    });
  }
});

test('at 375 px the controls stay usable: big enough, on screen, and they work', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  // WCAG 2.2 target size (minimum): 24 × 24 CSS px for every button and field outside the charts.
  const small = await page.locator('button:visible, input:visible, select:visible, a:visible').evaluateAll((els) =>
    els
      .filter((el) => !el.closest('.card-body, .skip-link, .source-list, .footnotes, p'))
      .map((el) => ({ name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName, rect: el.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width < 24 || rect.height < 24)
      .map(({ name, rect }) => `${name}: ${Math.round(rect.width)}×${Math.round(rect.height)}`),
  );
  expect(small).toEqual([]);

  const brands = page.getByRole('group', { name: 'Brands' });
  await brands.getByRole('button', { name: 'Renault' }).click();
  await expect(brands.getByRole('button', { name: 'Renault' })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('spinbutton', { name: 'From year' }).fill('2015');
  await expect(page).toHaveURL(/years=2015-2023/);
  await drawn(page);
  const sales = page.locator('figure[data-chart="sales"]');
  await sales.getByRole('button', { name: 'Show table' }).click();
  await expect(sales.getByRole('table')).toBeVisible();
  expect(await overflowProblems(page)).toEqual([]);
});

test('at 375 px a table that scrolls gives its long texts room: the sales table’s source titles take two lines, not four', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const sales = page.locator('figure[data-chart="sales"]');
  await sales.getByRole('button', { name: 'Show table' }).click();
  const table = sales.getByRole('table');
  await expect(table).toBeVisible();
  // Lines of the tallest body row, from its source cell's height and line height (every row cites a source).
  const lines = await table.evaluate((t) =>
    Math.max(
      ...[...t.querySelectorAll('tbody tr')].map((row) => {
        const cell = row.lastElementChild as HTMLElement;
        const padding = parseFloat(getComputedStyle(cell).paddingTop) + parseFloat(getComputedStyle(cell).paddingBottom);
        return Math.round((cell.getBoundingClientRect().height - padding) / parseFloat(getComputedStyle(cell).lineHeight));
      }),
    ),
  );
  expect(lines).toBeLessThanOrEqual(2);
});

test('at 768 px (tablet) nothing sticks out either', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('/');
  await ready(page);
  expect(await overflowProblems(page)).toEqual([]);
});

test('at 1400 px two cards side by side end their source and action rows on one line, so a short card has no empty band under its buttons', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('/');
  await ready(page);
  const bottoms = await page.locator('figure[data-chart]').evaluateAll((cards) =>
    cards.map((card) => {
      const foot = card.querySelector('.card-foot')?.getBoundingClientRect();
      return { top: Math.round(card.getBoundingClientRect().top), gap: Math.round(card.getBoundingClientRect().bottom - (foot?.bottom ?? 0)) };
    }),
  );
  // Cards in one row share a top; in each, the footer closes the card (only its padding below it).
  expect(bottoms.map((b) => b.top)).toEqual([bottoms[0]?.top, bottoms[0]?.top, bottoms[2]?.top, bottoms[2]?.top]);
  for (const { gap } of bottoms) expect(gap).toBeLessThan(24);
});

test('at 375 px in French a label stays with what it labels: “Télécharger” on the row of its buttons, a target’s wrapped words under its words, not its tag', async ({ page }) => {
  await page.goto('/?lang=fr');
  await hydrated(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('.plants-targets p')).toHaveCount(4);
  for (const figure of await page.locator('figure[data-chart]').all()) {
    const [label, png] = [await figure.locator('.download-label').boundingBox(), await figure.getByRole('button', { name: 'Télécharger en PNG' }).boundingBox()];
    expect(Math.abs(label!.y + label!.height / 2 - (png!.y + png!.height / 2)), 'Télécharger beside PNG').toBeLessThan(4);
  }
  // Every line of a target's words starts at one x, right of every tag: the left edge of each line of the text
  // after the tag (a range over it gives a rect per piece of each line).
  const rows = await page.locator('.plants-targets p').evaluateAll((ps) =>
    ps.map((p) => {
      const tag = p.querySelector('.plants-target-tag')!;
      const range = document.createRange();
      range.setStartAfter(tag);
      range.setEndAfter(p.lastChild!);
      const lineLeft = new Map<number, number>();
      for (const rect of range.getClientRects()) {
        if (rect.width === 0) continue;
        const top = Math.round(rect.top);
        lineLeft.set(top, Math.min(lineLeft.get(top) ?? Infinity, Math.round(rect.left)));
      }
      return { tagRight: tag.getBoundingClientRect().right, lineLefts: [...lineLeft.values()] };
    }),
  );
  // Two targets, each a plan and what was stated by then; some of their words take more than one line here.
  expect(rows.length).toBe(4);
  expect(rows.some((row) => row.lineLefts.length > 1)).toBe(true);
  const lefts = new Set(rows.flatMap((row) => row.lineLefts));
  expect([...lefts], 'one left edge for every line of words').toHaveLength(1);
  expect([...lefts][0]).toBeGreaterThan(Math.max(...rows.map((row) => row.tagRight)));
});

test('at 320 px the sales totals above the bars stand at least 3 px apart, in English and Japanese (they touched, and in Japanese overlapped)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  /** The gaps between neighbouring years' totals, in px (negative: they overlap). */
  const gaps = () =>
    page.locator('figure[data-chart="sales"] .sales-total-label').evaluateAll((labels) =>
      labels
        .map((label) => label.getBoundingClientRect())
        .sort((a, b) => a.left - b.left)
        .flatMap((box, i, boxes) => (i === 0 ? [] : [Math.round((box.left - boxes[i - 1]!.right) * 10) / 10])),
    );
  for (const query of ['/?lang=en', '/?lang=ja']) {
    await page.goto(query);
    await hydrated(page);
    await expect(page.locator('figure[data-chart="sales"] svg.recharts-surface')).toBeVisible({ timeout: 30_000 });
    await drawn(page);
    await expect(page.locator('figure[data-chart="sales"] .sales-total-label')).toHaveCount(8);
    // Polled: the chart measures its width once mounted and draws again at it. 3 px: apart, not just not touching.
    await expect.poll(async () => Math.min(...(await gaps())), { timeout: 15_000, message: `${query}: totals ${JSON.stringify(await gaps())}` }).toBeGreaterThanOrEqual(3);
  }
});

test('at 375 px, while Play runs, its floating bar leaves the page’s foot readable: scrolled to the end, the last line ends above the bar', async ({ page }) => {
  const start = new Date('2026-01-01T09:00:00Z');
  await page.clock.install({ time: start });
  await page.goto('/?years=2011-2018');
  await ready(page);
  // The clock stands still, so Play stays on its first year and its bar stays up.
  await page.clock.pauseAt(new Date(start.getTime() + 120_000));
  await page.locator('.play-button').click();
  const bar = page.locator('.play-controls[data-playing]');
  await expect(bar).toBeVisible();
  await expect
    .poll(async () =>
      page.evaluate(() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        const barTop = document.querySelector('.play-controls[data-playing]')?.getBoundingClientRect().top ?? 0;
        // The lowest text on the page: its last line's box.
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let lowest = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim() || node.parentElement?.closest('.play-controls, [hidden], .visually-hidden, template, script, style')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) if (rect.height > 0) lowest = Math.max(lowest, rect.bottom);
        }
        return Math.round(barTop - lowest);
      }),
    )
    .toBeGreaterThanOrEqual(4);
});

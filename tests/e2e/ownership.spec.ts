import { expect, test, type Page } from '@playwright/test';
import { hydrated, resizedAndRedrawn, downloadFrom } from './ready';

const card = (page: Page) => page.locator('figure[data-chart="ownership"]');
const diagram = (page: Page) => card(page).getByRole('group', { name: /^Ownership diagram as of/ });
const stepper = (page: Page) => card(page).getByRole('group', { name: 'Ownership as of' });
const edgeLabels = (page: Page) => diagram(page).locator('.ownership-edge-label text').allTextContents();

test('stepping the year changes the edge labels', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  await stepper(page).getByRole('button', { name: '2016', exact: true }).click();
  await expect(diagram(page)).toHaveAccessibleName(/as of 2016/);
  // The labels redraw after the click: poll them rather than reading once.
  await expect.poll(() => edgeLabels(page)).toContain('43.4%');
  await stepper(page).getByRole('button', { name: 'Next change: 2021' }).click();
  await stepper(page).getByRole('button', { name: 'Next change: 2022' }).click();
  await stepper(page).getByRole('button', { name: 'Next change: 2023' }).click();
  await expect(stepper(page).getByRole('button', { name: '2023', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => {
    const labels = await edgeLabels(page);
    return { '43.4%': labels.includes('43.4%'), '€600M': labels.includes('€600M') };
  }).toEqual({ '43.4%': false, '€600M': true });
  await stepper(page).getByRole('button', { name: '1999', exact: true }).click();
  await expect.poll(() => edgeLabels(page)).toEqual(['36.8%']);
});

test('the stepper moves the shared year cursor and the URL, not the range', async ({ page }) => {
  await page.goto('/?years=2005-2023');
  await stepper(page).getByRole('button', { name: '2012', exact: true }).click();
  await expect(page).toHaveURL(/years=2005-2023&at=2012$/);
  await expect(card(page).locator('.card-summary')).toHaveText(/^In 2012 Renault held 43\.4% of Nissan/);
});

// One page for the three (a page load is most of a test's cost on CI's two cores).
test('an edge shows its tooltip on keyboard focus and opens its source with Enter; hovering a member highlights its brand in the legend; Download SVG exports the diagram with its arrowheads', async ({ page }) => {
  await page.goto('/?years=1999-2017');
  await test.step('an edge shows its tooltip on keyboard focus and opens its source with Enter', async () => {
    const edge = diagram(page).getByRole('button', { name: 'Renault holds 43.4% of Nissan (voting)' });
    await edge.focus();
    await expect(card(page).getByRole('tooltip')).toContainText('Source: Renault–Nissan–Mitsubishi Alliance');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Renault–Nissan–Mitsubishi Alliance' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });
  await test.step('hovering a member highlights its brand in the legend', async () => {
    await diagram(page).getByRole('img', { name: /^Mitsubishi Motors\./ }).hover();
    await expect(card(page).getByRole('tooltip')).toContainText('Nissan: 34%, voting, since 2016');
    const legend = card(page).getByRole('list', { name: 'Who owns whom legend' });
    await expect(legend.getByRole('button', { name: 'Renault', exact: true })).toHaveClass(/is-dimmed/);
    await expect(legend.getByRole('button', { name: 'Mitsubishi', exact: true })).not.toHaveClass(/is-dimmed/);
  });
  await test.step('Download SVG exports the diagram with its arrowheads', async () => {
    const download = await downloadFrom(page, () => card(page).getByRole('button', { name: 'SVG' }).click());
    const { readFile } = await import('node:fs/promises');
    const text = await readFile((await download.path())!, 'utf8');
    expect([text.includes('<marker'), text.includes('43.4%'), text.includes('Alliance members')]).toEqual([true, true, true]);
  });
});

test('the diagram fits a 375px screen without being cut off', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto('/');
  await hydrated(page);
  const body = card(page).locator('.card-body');
  // The diagram follows its frame's width through a ResizeObserver: poll until it fits (or time out).
  const overhang = async () => {
    const [bodyBox, svgBox] = [await body.boundingBox(), await diagram(page).boundingBox()];
    return Math.max(bodyBox!.x - svgBox!.x, svgBox!.x + svgBox!.width - (bodyBox!.x + bodyBox!.width));
  };
  await expect.poll(overhang).toBeLessThanOrEqual(0.5);
  const smallest = () =>
    diagram(page).evaluate((el) => Math.min(...[...el.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height)));
  await expect.poll(smallest).toBeGreaterThanOrEqual(11);
});

test('the Alliance’s July 2012 investment in Renault Samsung Motors is drawn with its amount, not a percentage, at 375 px too', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto('/?years=2005-2023&at=2012');
  const edge = diagram(page).getByRole('button', { name: 'The Renault–Nissan Alliance invested ₩170B in Renault Korea Motor (no percentage given)' });
  await expect(edge).toBeVisible({ timeout: 30000 });
  await expect.poll(() => edgeLabels(page)).toContain('₩170B');
});

// The Aguascalientes 50:50 joint venture (2014; its end in 2021 inferred): drawn at both widths, every company box
// inside the diagram and clear of the others, both halves reachable by name.
// One page, narrowed from 1400 to 375 px: the diagram is laid out again for the new width.
test('the Alliance–Daimler joint venture in Mexico is drawn in 2014 at 1400 px and at 375 px, its boxes clear of each other', async ({ page }) => {
  await page.goto('/?years=2005-2023&at=2014');
  await hydrated(page);
  const drawnClear = async (width: number) => {
    const jv = diagram(page).getByRole('img', { name: /^Alliance–Daimler joint venture in Mexico\. Held by: Renault–Nissan Alliance: 50%, 2014–2020 \(end inferred\); Daimler: 50%, 2014–2020 \(end inferred\)/ });
    await expect(jv).toBeVisible({ timeout: 30_000 });
    for (const holder of ['The Renault–Nissan Alliance', 'Daimler']) {
      await expect(diagram(page).getByRole('button', { name: `${holder} holds 50% of the Alliance–Daimler joint venture in Mexico (voting rights not stated)` })).toBeVisible();
    }
    // Every box lies inside the diagram and none overlaps another.
    const problems = () =>
      diagram(page).evaluate((el) => {
        const frame = (el.closest('svg') ?? el).getBoundingClientRect();
        const boxes = [...el.querySelectorAll('.ownership-node')].map((node) => node.querySelector('rect:last-of-type')!.getBoundingClientRect());
        const outside = boxes.filter((b) => b.left < frame.left - 0.5 || b.right > frame.right + 0.5 || b.top < frame.top - 0.5 || b.bottom > frame.bottom + 0.5).length;
        const overlapping = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)).length;
        return { outside, overlapping };
      });
    await expect.poll(problems, `${width} px`).toEqual({ outside: 0, overlapping: 0 });
  };
  await drawnClear(1400);
  await resizedAndRedrawn(card(page).locator('svg.ownership-svg'), () => page.setViewportSize({ width: 375, height: 1000 }));
  await drawnClear(375);
});

// One page, narrowed step by step: the stepper's rows are CSS (balanced wrapping), laid out again at each width.
test('at 1400, 1024 and 375 px the stepper\'s "next" arrow stays on the first row, after the years, never wrapped alone, nor is the last year', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  for (const width of [1400, 1024, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const layout = () =>
      stepper(page).evaluate((group) => {
        const [previous, next] = [...group.querySelectorAll(':scope > .year-step')].map((b) => b.getBoundingClientRect()) as [DOMRect, DOMRect];
        const years = [...group.querySelectorAll('.year-stepper-years button')].map((b) => b.getBoundingClientRect());
        const lastRow = Math.max(...years.map((y) => Math.round(y.top)));
        return {
          // Same row as the "previous" arrow and the first year; right of every year button.
          nextOnFirstRow: Math.abs(next.y - previous.y) < 4,
          firstYearOnFirstRow: Math.abs(years[0]!.y - previous.y) < 4,
          nextAfterYears: next.x >= Math.max(...years.map((y) => y.right)),
          // The years wrap balanced: their last row holds more than one (2023 once sat alone under fourteen).
          lastRowHoldsMore: years.filter((y) => Math.round(y.top) === lastRow).length > 1,
        };
      });
    await expect.poll(layout, `${width} px`).toEqual({ nextOnFirstRow: true, firstYearOnFirstRow: true, nextAfterYears: true, lastRowHoldsMore: true });
  }
});

// A company's tooltip lists its stakes in and out: Renault's is ~600 px tall. Focused from the keyboard at the
// foot of the window it ran 34 px past it, its last lines out of sight; it is brought into view as it opens.
test('a tooltip opened by keyboard focus is brought into the window, however tall', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/');
  await hydrated(page);
  // The stakes come first in drawing order, then the companies: End, then back to Renault's box.
  const marks = card(page).locator('.card-body svg [tabindex]');
  await marks.first().focus();
  const labels = await marks.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  const renault = labels.findIndex((label) => label.startsWith('Renault. Holds:'));
  expect(renault).toBeGreaterThan(0);
  await page.keyboard.press('End');
  for (let i = labels.length - 1; i > renault; i -= 1) await page.keyboard.press('ArrowLeft');
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Renault. Holds:'))).toBe(true);
  await expect.poll(() => card(page).getByRole('tooltip').evaluate((tip) => {
    const box = tip.getBoundingClientRect();
    // Within a pixel: the window scrolls by whole pixels, and a tooltip's edge may fall between two (900.14 of 900).
    return { inWindow: box.top >= -1 && box.bottom <= window.innerHeight + 1, tall: box.height > 400 };
  })).toEqual({ inWindow: true, tall: true });
});

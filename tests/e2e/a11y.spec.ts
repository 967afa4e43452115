import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { chooseTheme, ready, downloadFrom, openAllTables } from './ready';
import { pngPixels } from './pngPixels';

/** Axe on the page as it is, in the light theme and then the dark one. */
async function expectAxeCleanInBothThemes(page: Page) {
  for (const theme of ['light', 'dark'] as const) {
    await test.step(`${theme} theme`, async () => {
      await chooseTheme(page, theme);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test.describe('axe: zero serious or critical violations', () => {
  // Every table open: the page with its tables closed holds nothing this one does not (the same charts and
  // controls; the table buttons then say "Show"). One page for both themes: a page load is most of a test's cost.
  test('the dashboard with every table open, light and dark theme', async ({ page }) => {
    test.slow(); // axe walks every table cell, twice
    await page.goto('/');
    await ready(page);
    await openAllTables(page);
    await expect(page.locator('figure[data-chart] table')).toHaveCount(4);
    await expectAxeCleanInBothThemes(page);
  });

  test('the dashboard with no brand selected (every view empty or reduced)', async ({ page }) => {
    await page.goto('/?brands=none');
    await ready(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a cursor outside two charts’ years (a note under each), light and dark theme', async ({ page }) => {
    await page.goto('/?at=2005');
    await ready(page);
    await expect(page.locator('.card-cursor-note')).toHaveCount(2);
    await expectAxeCleanInBothThemes(page);
  });

  test('the error panel shown when the data cannot load', async ({ page }) => {
    await page.route('**/data/alliance.json', (route) => route.fulfill({ status: 404, body: 'missing' }));
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'The data could not be loaded' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('every figure is described and has a table view', () => {
  // One page for the three (a page load is most of a test's cost on CI's two cores); the tables open last.
  test('each figure has a name, a summary, a labelled graphic, and a table view Show table reveals and Hide table removes', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await test.step('each figure has an accessible name and a text summary', async () => {
      for (const figure of await page.locator('figure[data-chart]').all()) {
        const chart = await figure.getAttribute('data-chart');
        const name = await figure.evaluate((el) => {
          const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
          return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim() || (el.getAttribute('aria-label') ?? '');
        });
        const summary = await figure.evaluate((el) => {
          const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
          return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
        });
        expect(name, `${chart} has an accessible name`).not.toBe('');
        expect(summary.length, `${chart} has a summary sentence: "${summary}"`).toBeGreaterThan(20);
        await expect(page.getByRole('figure', { name })).toHaveCount(1);
      }
    });
    await test.step('each chart graphic itself is labelled (svg role=img or a labelled group)', async () => {
      for (const figure of await page.locator('figure[data-chart]').all()) {
        const chart = await figure.getAttribute('data-chart');
        const labelled = await figure.evaluate((el) =>
          [...el.querySelectorAll('.card-body svg')].some((svg) => {
            const hasName = (node: Element) => !!(node.getAttribute('aria-label') || node.getAttribute('aria-labelledby'));
            return (svg.getAttribute('role') === 'img' && hasName(svg)) || hasName(svg) || [...svg.querySelectorAll('[role="group"], [role="list"]')].some(hasName);
          }),
        );
        expect(labelled, `${chart}'s svg has a role and an accessible name`).toBe(true);
      }
    });
    await test.step('Show table reveals a table with a caption, column headers and rows; Hide table removes it', async () => {
      for (const figure of await page.locator('figure[data-chart]').all()) {
        const chart = await figure.getAttribute('data-chart');
        const toggle = figure.getByRole('button', { name: 'Show table' });
        await expect(toggle).toHaveAttribute('aria-expanded', 'false');
        await toggle.click();
        const table = figure.getByRole('table');
        await expect(table, `${chart} shows a table`).toBeVisible();
        await expect(table.locator('caption')).not.toBeEmpty();
        expect(await table.locator('thead th[scope="col"]').count(), `${chart} table has column headers`).toBeGreaterThan(1);
        expect(await table.locator('tbody tr').count(), `${chart} table has rows`).toBeGreaterThan(0);
        await figure.getByRole('button', { name: 'Hide table' }).click();
        await expect(figure.getByRole('table')).toHaveCount(0);
      }
    });
  });

  test('all controls can be reached with the keyboard, and focus is visible', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the charts' })).toBeFocused();
    const seen: string[] = [];
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      // Focus is visible when the focused element looks different from the same element unfocused.
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | SVGElement | null;
        if (!el || el === document.body) return null;
        // The element and its first descendants: SVG marks often show focus by restyling a child.
        const look = () =>
          [el, ...[...el.querySelectorAll('*')].slice(0, 20)]
            .map((node) => {
              const s = getComputedStyle(node);
              return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.stroke, s.strokeWidth, s.strokeOpacity, s.filter, s.backgroundColor, s.textDecorationLine].join('|');
            })
            .join(';');
        const focused = look();
        el.blur();
        const blurred = look();
        el.focus();
        return { label: `${el.tagName}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}`, isVisible: focused !== blurred };
      });
      if (!info) continue;
      expect(info.isVisible, `${info.label} shows a focus indicator`).toBe(true);
      seen.push(info.label);
    }
    expect(seen.some((label) => label.includes('Renault'))).toBe(true);
    expect(seen.some((label) => label.includes('From year') || label.startsWith('INPUT'))).toBe(true);
  });
});

test.describe('dark mode', () => {
  test('follows prefers-color-scheme: dark under Auto', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Auto', exact: true })).toHaveAttribute('aria-pressed', 'true');
  });

  test('follows prefers-color-scheme: light under Auto, and switches live when the system changes', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('the toggle overrides the system setting', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await ready(page);
    await chooseTheme(page, 'light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('button', { name: 'Light' })).toHaveAttribute('aria-pressed', 'true');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(244, 243, 239)');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`exported PNGs use the ${theme} theme shown on screen`, async ({ page }) => {
      await page.goto('/');
      await ready(page);
      await chooseTheme(page, theme);
      const surface = await page.locator('figure[data-chart]').first().evaluate((el) => getComputedStyle(el).backgroundColor);
      for (const figure of await page.locator('figure[data-chart]').all()) {
        const chart = await figure.getAttribute('data-chart');
        const button = figure.getByRole('button', { name: 'Download PNG' });
        if (await button.isDisabled()) continue;
        const download = await downloadFrom(page, () => button.click());
        const bytes = await download.createReadStream().then(async (stream) => {
          const chunks: Buffer[] = [];
          for await (const chunk of stream) chunks.push(chunk as Buffer);
          return Buffer.concat(chunks);
        });
        // Read the corner pixel back through the browser's own PNG decoder.
        const [r, g, b] = (await pngPixels(page, bytes, { x: 2, y: 2, width: 1, height: 1 })).data;
        expect(`rgb(${r}, ${g}, ${b})`, `${chart} PNG background`).toBe(surface);
      }
    });
  }
});

/**
 * Records, in the page, each live region (aria-live, or a role that implies it) whose text changes,
 * with its text after the change: what a screen reader would queue.
 */
function recordAnnouncements() {
  const log: string[] = [];
  (window as unknown as { __announced: string[] }).__announced = log;
  const liveRegion = (node: Node | null) =>
    (node instanceof Element ? node : node?.parentElement)?.closest('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]');
  new MutationObserver((mutations) => {
    const changed = new Set(mutations.map((m) => liveRegion(m.target)).filter((el): el is Element => el !== null && el !== undefined));
    for (const region of changed) log.push(region.textContent ?? '');
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

test('a brand toggle is announced once, in one short sentence', async ({ page }) => {
  await page.addInitScript(recordAnnouncements);
  await page.goto('/');
  await ready(page);
  const announced = () => page.evaluate(() => (window as unknown as { __announced: string[] }).__announced.splice(0));
  await announced(); // what the load itself put in the live regions (the header's counts)
  const nissan = page.getByRole('group', { name: 'Brands' }).getByRole('button', { name: 'Nissan' });
  await nissan.click();
  await expect(page.locator('[data-announcer]')).toHaveText('Nissan off, showing Renault, Mitsubishi and AvtoVAZ.');
  expect(await announced()).toEqual(['Nissan off, showing Renault, Mitsubishi and AvtoVAZ.']);
  await nissan.click();
  await expect(page.locator('[data-announcer]')).toHaveText('Nissan on, all brands shown.');
  expect(await announced()).toEqual(['Nissan on, all brands shown.']);
});

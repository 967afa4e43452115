import { existsSync } from 'node:fs';

/** The system Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** findChromium's path, or an error that says how to get one. */
export function requireChromium() {
  const path = findChromium();
  if (!path) throw new Error('No Chromium found: set CHROMIUM_PATH or install /usr/bin/chromium.');
  return path;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Chromium's own window, which headless pages never show, preloads its omnibox popup as a WebUI page: a
 * renderer that took ~1.5 s of CPU for every page a test or the benchmark opened, a fifth of a dashboard
 * load's CPU (6.1 of 28 s over four loads, measured per process). With these two off it is never started.
 */
const BROWSER_WINDOW_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * The --disable-features switch to launch with: Chromium honours only the last one on its command line, and
 * Playwright passes its own list (features that make automation flaky), so this holds Playwright's list, read
 * from the command line of a browser it launches, and the window's two. It leaves the page as it was.
 */
export async function quietWindowSwitch() {
  const { chromium } = await import('@playwright/test');
  const server = await chromium.launchServer({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
  let playwrights;
  try {
    playwrights = server.process().spawnargs.find((arg) => arg.startsWith('--disable-features='));
  } finally {
    await server.close();
  }
  // Without Playwright's list this switch would turn its features back on: better to stop than run flaky.
  if (!playwrights) throw new Error('quietWindowSwitch: Playwright launched Chromium with no --disable-features to extend');
  return `${playwrights},${BROWSER_WINDOW_FEATURES.join(',')}`;
}

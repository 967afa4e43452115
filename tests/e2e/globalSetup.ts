import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

/**
 * Chromium's own window, which a headless test never sees, preloads its omnibox popup as a WebUI page: a
 * renderer that took ~1.5 s of CPU per test page, a fifth of all the CPU a test's page load costs (measured
 * per process over four loads of the dashboard: 6.1 s of 28 s; with these two off the process is gone).
 * CI's two cores are what the browser suite waits on, so they are turned off. The page is untouched.
 */
const BROWSER_WINDOW_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * Chromium honours only the last --disable-features on its command line, and Playwright passes its own list
 * (features that make tests flaky): the list the test browsers get is Playwright's, read from the command
 * line it launches, with the two above. Set before the workers start, which read it in playwright.config.ts.
 */
export default async function globalSetup() {
  const server = await chromium.launchServer({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  const playwrights = server.process().spawnargs.find((arg) => arg.startsWith('--disable-features='));
  await server.close();
  const features = [playwrights?.slice('--disable-features='.length), ...BROWSER_WINDOW_FEATURES].filter(Boolean);
  process.env.PW_DISABLE_FEATURES = `--disable-features=${features.join(',')}`;
}

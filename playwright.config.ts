import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

// PW_PORT / PW_DIST let several checkouts or builds be tested side by side.
const PORT = Number(process.env.PW_PORT ?? 4173);
const DIST = process.env.PW_DIST ?? 'dist';

export default defineConfig({
  testDir: './tests/e2e',
  // Generous limits: CI's first run shares two cores with other work (a 5 s export wait once timed out there).
  // Every wait polls for the state it needs, so a longer limit only costs time when something is wrong.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: 0,
  workers: 2,
  fullyParallel: true,
  reporter: [['list']],
  globalSetup: './tests/e2e/globalSetup.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    // PW_DISABLE_FEATURES: Playwright's disabled features and two of the browser window's (scripts/chromium.mjs).
    launchOptions: { executablePath: findChromium() ?? undefined, args: [...CHROMIUM_ARGS, ...(process.env.PW_DISABLE_FEATURES ? [process.env.PW_DISABLE_FEATURES] : [])] },
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
    // The page's service worker answers requests itself once it controls a page, past page.route(): the tests that
    // hold back or break a file would stop seeing them. Only the tests of the worker let it in (offline.spec.ts);
    // here the page takes its fallback, the chunks in its module map (src/main.tsx).
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1 --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

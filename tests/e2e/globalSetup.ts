import { quietWindowSwitch } from '../../scripts/chromium.mjs';

/** Read once, before the workers start: each reads PW_DISABLE_FEATURES in playwright.config.ts. */
export default async function globalSetup() {
  process.env.PW_DISABLE_FEATURES = await quietWindowSwitch();
}

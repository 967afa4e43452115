import { findChromium } from './chromium.mjs';

if (!findChromium()) {
  console.error('Browser tests need Chromium: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary).');
  process.exit(1);
}

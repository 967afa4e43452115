/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompileMessages } from './scripts/precompileMessages.ts';
import { prerender } from './scripts/prerenderPlugin.ts';

export default defineConfig({
  plugins: [react(), precompileMessages(), prerender()],
  // Tests and build alike: Recharts gets only the scales the sales chart uses (see rechartsScales.ts).
  resolve: { alias: [{ find: /^victory-vendor\/d3-scale$/, replacement: fileURLToPath(new URL('./src/charts/sales/rechartsScales.ts', import.meta.url)) }] },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    css: false,
    // The first render of a file pays for jsdom and Recharts start-up; a busy CI machine can take seconds.
    testTimeout: 20_000,
  },
});

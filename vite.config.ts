/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompileMessages } from './scripts/precompileMessages.ts';
import { prerender } from './scripts/prerenderPlugin.ts';

export default defineConfig({
  plugins: [react(), precompileMessages(), prerender()],
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

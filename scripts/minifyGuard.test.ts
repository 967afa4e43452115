import { describe, expect, it } from 'vitest';
import { minifyGuard } from './minifyGuard';

describe('minifyGuard', () => {
  it('drops the comments and keeps what the guard does', async () => {
    const source = '/* why */\n(function () {\n  // how\n  var marked = "stale";\n  document.documentElement.dataset.prerender = marked;\n})();\n';
    const minified = await minifyGuard(source);
    expect(minified).not.toMatch(/why|how|\n\s/);
    const dataset: Record<string, string> = {};
    new Function('document', minified)({ documentElement: { dataset } });
    expect(dataset).toEqual({ prerender: 'stale' });
  });
});

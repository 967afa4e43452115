import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Data strings must render as text: raw HTML injection is banned outright.
const RAW_HTML = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render data as text; no dangerouslySetInnerHTML.' },
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No raw HTML assignment.' },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'bench-results', 'reports', '.stryker-tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs', 'scripts/**', 'tests/**', '*.config.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...RAW_HTML],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The page's chunks are imported through reimportable, so a failed download can be tried again on browsers
    // that keep the failure (src/lib/reimportable.ts).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/test/**', 'src/lib/reimportable.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...RAW_HTML,
        {
          selector: "ImportExpression:not(CallExpression[callee.name='reimportable'] > ArrowFunctionExpression > ImportExpression)",
          message: 'Import a chunk as reimportable(() => import(...)), made once per module.',
        },
      ],
    },
  },
);

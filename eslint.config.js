import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layering from ARCHITECTURE.md: shared imports nothing of ours; the renderer never imports electron or server.
const layer = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['**/node_modules', '**/out', 'dist', 'release', '**/test-results', 'playwright-report', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      ...layer([
        { group: ['**/electron/**', 'electron', '**/server/**', '**/cli/**'], message: 'The renderer talks to the desktop only through renderer/platform.' },
      ]),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer([
      { group: ['**/renderer/**', '**/electron/**', '**/server/**', '**/cli/**', 'node:*', 'react', 'dexie', 'electron'], message: 'shared/ is pure domain code.' },
    ]),
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Importing electron downloads its runtime: inject or vi.mock it.' }] }],
    },
  },
);

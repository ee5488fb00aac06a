import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';

// The rooms of the renderer (docs/DESIGN.md, "Rules of the house"): a feature imports the kernel,
// entities, data, platform and shared, never another feature nor the app shell; only app/ (the
// composition root) lists the features; the lower rooms never reach up.
const lower = ['entities', 'kernel', 'data', 'platform'];
const rendererRooms = {
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    'boundaries/elements': [
      { type: 'app', pattern: 'renderer/app' },
      { type: 'feature', pattern: 'renderer/features/*', capture: ['feature'] },
      ...lower.map((room) => ({ type: room, pattern: `renderer/${room}` })),
    ],
  },
  rules: {
    'boundaries/dependencies': ['error', {
      default: 'allow',
      policies: [
        {
          from: { element: { type: 'feature' } },
          disallow: { to: { element: { types: { anyOf: ['feature', 'app'] } } } },
          message: 'A feature imports the kernel, entities, data, platform and shared, never another feature or app/: move what both need into entities/ or kernel/.',
        },
        { from: { element: { type: 'feature' } }, allow: { to: { element: { type: 'feature', captured: { feature: '{{ from.feature }}' } } } } },
        {
          from: { element: { types: { anyOf: lower } } },
          disallow: { to: { element: { types: { anyOf: ['feature', 'app'] } } } },
          message: 'entities, kernel, data and platform sit below the features and the app shell.',
        },
        {
          from: { element: { types: { anyOf: ['kernel', 'data', 'platform'] } } },
          disallow: { to: { element: { type: 'entities' } } },
          message: 'The kernel, data and platform know no entity.',
        },
      ],
    }],
  },
};

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
    // The product's code reads in screenfuls: a component or function past ~150 lines is split into hooks and parts.
    files: ['{renderer,shared,cli,server,electron}/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': ['error', { max: 150, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The browser's own reportError only logs; the kernel's (kernel/feedback/toast) shows the user.
      'no-restricted-globals': ['error', { name: 'reportError', message: "Import reportError from the kernel's feedback/toast: the global one only logs." }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      ...layer([
        { group: ['**/electron/**', 'electron', '**/server/**', '**/cli/**'], message: 'The renderer talks to the desktop only through renderer/platform.' },
      ]),
    },
  },
  { files: ['renderer/**/*.{ts,tsx}'], ...rendererRooms },
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

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Imports no shipped module may make: test runners, Node built-ins, test helpers. */
const NOT_IN_THE_APP = [
  { group: ['vitest', 'vitest/*', '@playwright/*'], message: 'Test runners belong in *.test.ts files.' },
  { group: ['node:*'], message: 'Shipped code runs in the browser: no Node built-ins outside tests, scripts and the CLI.' },
  { group: ['**/tests/**'], message: 'Test helpers are for tests only.' },
];

/** Imports the pure layers (core, io) may not make, at any depth. */
const NOT_IN_PURE_LAYERS = [
  {
    group: ['react', 'react-*', 'd3', 'd3-*', 'zustand', 'zustand/*', 'i18next', 'react-i18next'],
    message: 'core and io are pure: no UI libraries.',
  },
  {
    group: ['**/state', '**/state/**', '**/ui', '**/ui/**', '**/worker', '**/worker/**'],
    message: 'core and io may not depend on state, ui or worker.',
  },
];

/** DOM globals the pure layers may not touch (they run in Node and in Workers). */
const DOM_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'history'].map((name) => ({
  name,
  message: 'core and io run in Node and in Workers: no DOM.',
}));

const TESTS = ['**/*.test.ts', '**/*.test.tsx'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/out', 'bench/out-app'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [...TESTS, 'src/cli/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: NOT_IN_THE_APP }] },
  },
  {
    files: ['src/core/**/*.ts', 'src/io/**/*.ts'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': ['error', { patterns: [...NOT_IN_THE_APP, ...NOT_IN_PURE_LAYERS] }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
);

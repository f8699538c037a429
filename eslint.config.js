// SPDX-License-Identifier: EUPL-1.2
// @ts-check
/**
 * ESLint for the house (`npm run lint`): ESLint's and typescript-eslint's recommended rules, plus
 * the type-aware promise rules (a forgotten `await` on a database call or a transaction is a real
 * bug that tsc does not see), plus React's rules of hooks for the web app. An eslint-disable comment
 * that is no longer needed is an error; by convention each one says why (`-- reason`).
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';


export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'web/dist/**', 'data/**', 'test-results/**', 'web/src/api/schema.d.ts', 'web/openapi.json'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a value left out on purpose (`const { password: _p, ...rest } = row`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Type-aware: each file is checked with the tsconfig that covers it (tsconfig.json, web/tsconfig.json).
    files: ['src/**/*.{ts,tsx}', 'web/src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // React ignores what an event handler returns, so `onClick={async () => ...}` is fine there.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Tests read JSON answers whose shape the assertions check; `any` there is the honest type.
    files: ['**/*.test.ts', 'src/platform/testing.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);

// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/*
 * `npm run lint` runs this with --max-warnings 0, so a warning fails as an error does.
 * Type-aware rules read the same tsconfig as `astro check`, through TypeScript's project service.
 * ESLint's own recommended rules come first; typescript-eslint turns off those TypeScript checks better.
 */
export default defineConfig(
  globalIgnores([
    'dist/',
    '.astro/',
    'test-results/',
    'playwright-report/',
    'blob-report/',
    'coverage/',
    'lighthouse-report/',
  ]),
  js.configs.recommended,
  {
    // Config files and scripts run on Node; TypeScript already knows its globals in .ts files.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // .htmlvalidate.mjs is in the project through the html-validate test that imports it.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `const { title, ...rest } = entry` is how a test drops one field; the dropped name is the point.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // src/ never imports tests/: what the site and its scripts need lives in src/, and tests import it.
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)tests/', message: 'src/ must not import tests/: move what it needs into src/.' }] },
      ],
    },
  },
  // Astro's recommended rules, then its versions of the jsx-a11y rules at their strict level.
  astro.configs.recommended,
  astro.configs['jsx-a11y-strict'],
  {
    // Plain TypeScript cannot type .astro files: without Astro's language server every imported
    // component and every JSX expression is `any`, so the type-aware rules would only report noise
    // (ota-meshi/eslint-plugin-astro#168, #348). `astro check` type-checks these files instead.
    files: ['**/*.astro'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);

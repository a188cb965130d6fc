// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/, bottom to top: a file imports from its own layer and those below, so no two
 * folders import each other (docs/architecture.md, "Layers"). markdown/ sits on lib/ alone; preview/
 * is run by Astro, and nothing in src/ imports it.
 */
const LAYERS = [
  ['consts.ts', 'astro-imports.d.ts', 'lib', 'styles'],
  ['markdown'],
  ['schemas'],
  ['content-checks', 'content.config.ts'],
  ['cms'],
  ['page-data'],
  ['components'],
  ['layouts'],
  ['pages'],
  ['preview'],
];

/**
 * The imports a layer may not use: tests/, and a relative path whose first folder after the dots is
 * above the layer (../cms/config).
 * @param {string[]} layer
 * @param {string[]} above
 * @returns {import('eslint').Linter.Config}
 */
function layerRule(layer, above) {
  const patterns = above.map((name) => ({
    regex: `^(\\./|(\\.\\./)+)${name.replace(/\.ts$/, '').replaceAll('.', '\\.')}(\\.ts)?(/|$)`,
    message: `${layer.join(' and ')} may not import ${name}, a layer above it (LAYERS in eslint.config.js).`,
  }));
  patterns.push({ regex: '(^|/)tests/', message: 'src/ must not import tests/: move what it needs into src/.' });
  return {
    files: layer.map((name) => (name.endsWith('.ts') ? `src/${name}` : `src/${name}/**`)),
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

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
  // Each layer of src/ may import its own layer and those below it, and src/ never imports tests/.
  ...LAYERS.map((layer, index) => layerRule(layer, LAYERS.slice(index + 1).flat())),
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

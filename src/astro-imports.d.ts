/*
 * A .astro import for tools without Astro's language server (ESLint's type-aware rules): a component
 * factory, not `any`. `astro check` resolves the real file first, so this never hides its types.
 */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}

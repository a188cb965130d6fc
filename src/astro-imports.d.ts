/*
 * What a .astro import is to tools that read TypeScript without Astro's language server, such as
 * ESLint's type-aware rules: a component factory instead of an unresolved `any` in tests that
 * render components. `astro check` and editors resolve the real .astro file first, so this
 * fallback never hides a component's own types (Props, exported interfaces) from them.
 */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}

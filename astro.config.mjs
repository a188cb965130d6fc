// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { siteProcessor } from './src/content-checks/mdx-checks.ts';
import { sectionLinksCheck } from './src/content-checks/section-links.ts';
import { productionLikePreview } from './src/preview/preview.ts';
import { resolveCmsBackend } from './src/cms/backend.ts';
import { cmsAdmin } from './src/cms/integration.ts';
import { timelineClasses } from './src/styles/timeline-classes.ts';
import { DEFAULT_SITE_URL, resolveBasePath, resolveSiteUrl } from './src/lib/site-url.ts';

const site = resolveSiteUrl(process.env.SITE_URL);
const base = resolveBasePath(process.env.BASE_PATH);
const root = fileURLToPath(new URL('./', import.meta.url));
// Where the CMS at /admin/ saves: the CMS_ variables (docs/deploying.md); none means local editing only.
const cmsBackend = resolveCmsBackend(process.env);
/** @type {import('./src/content-checks/section-links.ts').SectionLinks} */
const sectionLinks = new Map();

if (!process.env.SITE_URL) {
  // Canonical URLs, Open Graph URLs and the sitemap are absolute: say which origin they name.
  console.warn(
    `[ltc] SITE_URL is not set: canonical URLs and the sitemap use ${DEFAULT_SITE_URL}. ` +
      'Set SITE_URL=https://your.host when building for a real deployment.',
  );
}

export default defineConfig({
  site,
  base,
  // Caches stay inside the project, not in node_modules: test builds run in temporary copies
  // that share one node_modules, and must not read each other's cached content.
  cacheDir: './.astro/cache',
  // Every route is a folder with index.html, so every internal link ends with a slash.
  trailingSlash: 'always',
  // productionLikePreview: `astro preview` redirects /phase-1 to /phase-1/, as the production host does.
  integrations: [
    // The stack's MDX integration. The pages of content/ do not go through it: the content loader
    // compiles each to HTML once, with Sätteri, the compiler @astrojs/mdx uses, so no page is a module
    // of its own to bundle (docs/architecture.md).
    mdx(),
    sitemap(),
    // The CMS at /admin/: its own page and Content-Security-Policy, written beside Astro's pages.
    cmsAdmin(cmsBackend),
    productionLikePreview(),
    // Links to a section (#partners), recorded as the pages compile, checked against the built pages.
    sectionLinksCheck(sectionLinks),
  ],
  markdown: {
    // The pages hold no code; Shiki's inline styles would also break the style-src CSP.
    syntaxHighlight: false,
    // It carries the compiler of the MDX pages to the content loader, which checks each page's text as it
    // compiles it (src/content-checks/mdx-checks.ts).
    processor: siteProcessor({ root, base, sections: sectionLinks }),
  },
  vite: {
    // timelineClasses first: it adds the timeline's grid classes to global.css before Tailwind reads it.
    plugins: [timelineClasses(), tailwindcss()],
    cacheDir: './.astro/vite',
  },
  image: {
    // Pictures in the text (docs/editing.md, "Add a picture") get a srcset of widths and a sizes
    // attribute, so each reader downloads a WebP no wider than the column shows at its pixel ratio.
    layout: 'constrained',
    // Off: Astro's extra <style> for layouts is not the one its CSP hash names (a style-src violation),
    // and Tailwind's preflight already gives every img max-width: 100% and height: auto.
    responsiveStyles: false,
    // With PICTURE_SIZES (src/markdown/pictures.ts), a file at most 1.25 x the shown width x pixel ratio
    // for phones of 320-414 px at 2x and 3x and the 736 px column at 1x and 2x (npm run audit:pictures);
    // Astro adds the picture's width= (736 at most) and twice it.
    breakpoints: [360, 640, 828, 1080, 1280],
  },
  build: {
    // One small stylesheet inlined into each page: the page renders in the first round trip.
    inlineStylesheets: 'always',
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "base-uri 'self'",
        "form-action 'none'",
        "object-src 'none'",
      ],
    },
  },
});

/**
 * Draws public/og-image.png, the picture of link previews, by a screenshot of the HTML below in
 * Chromium. After a change to the site's name or publisher: `npx node tests/make-og-image.ts`,
 * then commit the PNG.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './support/browsers.ts';
import { OG_IMAGE, ogImageText } from '../src/lib/og-image.ts';
import { readSiteContent } from './support/site-content.ts';

const ROOT = join(import.meta.dirname, '..');
const { settings } = readSiteContent(ROOT);
const text = ogImageText(settings.siteName, settings.publisher.name);

const escape = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

// The colours are the design tokens of src/styles/global.css (brand-800, brand-50, accent-600).
const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><style>
  html, body { margin: 0; }
  body {
    width: ${OG_IMAGE.width}px; height: ${OG_IMAGE.height}px; box-sizing: border-box;
    display: flex; flex-direction: column; justify-content: center; gap: 28px; padding: 0 96px;
    background: oklch(97% 0.02 250); color: oklch(36% 0.12 255);
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    border-left: 32px solid oklch(36% 0.12 255);
  }
  .mark { width: 96px; height: 96px; }
  h1 { margin: 0; font-size: 84px; line-height: 1.05; font-weight: 700; letter-spacing: -1px; }
  .rule { width: 160px; height: 10px; background: oklch(60% 0.14 60); }
  p { margin: 0; font-size: 40px; color: oklch(29% 0.09 255); }
</style></head><body>
  <svg class="mark" viewBox="0 0 32 32" aria-hidden="true"><rect width="32" height="32" rx="6" fill="#234a8f"/><path d="M8 9h4v11h8v3H8z" fill="#fff"/></svg>
  <h1>${escape(text.title)}</h1>
  <div class="rule"></div>
  <p>${escape(text.subtitle)}</p>
</body></html>`;

// Playwright's own flags stop Chromium's calls out (updates, sync, first-run pages).
const browser = await chromium.launch({ executablePath: findChromium() });
try {
  const page = await browser.newPage({ viewport: { width: OG_IMAGE.width, height: OG_IMAGE.height } });
  await page.setContent(html);
  const file = join(ROOT, 'public', OG_IMAGE.path);
  await page.screenshot({ path: file });
  console.log(`Wrote ${file}: ${statSync(file).size} bytes.`);
} finally {
  await browser.close();
}

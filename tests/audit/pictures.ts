/**
 * What each reader downloads for the pictures of the fixture site (tests/fixtures/second-site/, whose
 * photos fixture-pictures.ts draws): for every picture at 320, 414 and 1280 px wide and pixel ratios
 * 1, 2 and 3, the file Chromium picked, its format, its width against 1.25 x the shown width x the
 * ratio, width and height on the <img>, the layout shift; then that no served picture holds EXIF GPS
 * data and that no original is in dist/. Figures, not a timed test: it exits 1 when a check fails.
 * Builds a copy of the project and serves it on port 4354 (docs/testing.md, "Ports").
 * Usage: flock /tmp/ltc-ports.lock npm run audit:pictures
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'astro';
import sharp from 'sharp';
import { findChromium } from '../support/browsers.ts';
import { pagesWith } from '../support/site-pages.ts';
import { buildSite, FIXTURE_SITE_ROOT, makeTempSite } from '../support/temp-site.ts';

const PORT = 4354;
/** The screens issue 23 names: phones at 2x and 3x, the desktop at 1x and 2x; the others are printed too. */
const REQUIRED = new Set(['320@2', '320@3', '414@2', '414@3', '1280@1', '1280@2']);
const WIDTHS = [320, 414, 1280];
const RATIOS = [1, 2, 3];

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name));
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const dir = makeTempSite('audit-pictures', FIXTURE_SITE_ROOT);
const failures: string[] = [];
const fail = (what: string) => failures.push(what);
try {
  // Build times, the image cache's too: npm run bench -- --photos P.
  const build = await buildSite(dir, { SITE_URL: `http://localhost:${PORT}` });
  if (!build.ok) throw new Error(build.output);

  const dist = join(dir, 'dist');
  const originals = files(join(dir, 'content')).filter((file) => file.includes('/images/'));
  const shipped = new Set(
    files(dist)
      .filter((file) => extname(file) !== '')
      .map(digest),
  );
  for (const original of originals)
    if (shipped.has(digest(original))) fail(`${original.slice(dir.length + 1)} is in dist/ as it was uploaded`);
  const served = files(join(dist, '_astro')).filter((file) => /\.(webp|avif|jpe?g|png|gif)$/.test(file));
  let withGps = 0;
  for (const file of served) if ((await sharp(file).metadata()).exif !== undefined) withGps++;
  if (withGps > 0) fail(`${withGps} served pictures hold EXIF data`);
  console.log(
    `${originals.length} originals (${kB(originals.reduce((sum, file) => sum + readFileSync(file).length, 0))}): none in dist/ ` +
      `${failures.length === 0 ? 'yes' : 'NO'}; ${served.length} served files, with EXIF (GPS or camera): ${withGps}\n`,
  );

  const pages = pagesWith(dist, '[data-astro-image]');
  const server = await preview({ root: dir, server: { port: PORT, host: 'localhost' }, logLevel: 'warn' });
  const browser = await chromium.launch({ executablePath: findChromium() });
  try {
    for (const path of pages) {
      console.log(`Page ${path}`);
      for (const width of WIDTHS)
        for (const ratio of RATIOS) {
          const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: ratio });
          const page = await context.newPage();
          const sizes = new Map<string, number>();
          page.on('response', async (response) => {
            if (response.request().resourceType() === 'image')
              sizes.set(new URL(response.url()).pathname, (await response.body()).length);
          });
          await page.goto(`http://localhost:${PORT}${path}`, { waitUntil: 'networkidle' });
          // Each picture in view in turn, so the lazy ones load; then the shift of the whole visit.
          const pictures = await page.evaluate(async () => {
            let shift = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) shift += (entry as PerformanceEntry & { value: number }).value;
            }).observe({ type: 'layout-shift', buffered: true });
            const found = [];
            for (const img of document.querySelectorAll<HTMLImageElement>('main img')) {
              img.scrollIntoView();
              await img.decode().catch(() => undefined);
              found.push({
                alt: img.alt.slice(0, 28),
                file: new URL(img.currentSrc).pathname,
                shown: img.getBoundingClientRect().width,
                sized: img.hasAttribute('width') && img.hasAttribute('height'),
                loading: img.loading,
              });
            }
            await new Promise((resolve) => setTimeout(resolve, 300));
            return { found, shift };
          });
          await page.waitForLoadState('networkidle');
          const screen = `${width}@${ratio}`;
          const required = REQUIRED.has(screen);
          for (const picture of pictures.found) {
            // The file's own width (naturalWidth divides it by the density).
            const natural = (await sharp(join(dist, decodeURIComponent(picture.file))).metadata()).width;
            const limit = 1.25 * picture.shown * ratio;
            const format = extname(picture.file).slice(1);
            const ok = natural <= limit && ['webp', 'avif'].includes(format) && picture.sized;
            if (!ok && required) fail(`${path} ${screen} ${picture.alt}: ${picture.file}`);
            console.log(
              `  ${screen.padEnd(7)} ${picture.alt.padEnd(28)} ${format} ${String(natural).padStart(5)} px ` +
                `(limit ${Math.round(limit)}, shown ${Math.round(picture.shown)}) ${kB(sizes.get(picture.file) ?? 0).padStart(9)} ` +
                `${picture.loading.padEnd(5)} width/height ${picture.sized ? 'yes' : 'NO'} ${ok ? 'ok' : required ? 'FAIL' : '(not required)'}`,
            );
          }
          const html = sizes.size === 0 ? 0 : readFileSync(join(dist, path, 'index.html')).length;
          const total = [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0);
          if (pictures.shift > 0) fail(`${path} ${screen}: layout shift ${pictures.shift}`);
          console.log(
            `  ${screen.padEnd(7)} pictures ${kB(total)}, HTML ${kB(html)}, CLS ${pictures.shift.toFixed(3)}`,
          );
          await context.close();
        }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(failures.length === 0 ? '\nAll checks pass.' : `\nFAILED:\n${failures.join('\n')}`);
process.exitCode = failures.length === 0 ? 0 : 1;

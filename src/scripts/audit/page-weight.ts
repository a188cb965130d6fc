/**
 * Page weight audit (`npm run audit:weight`, run by .ci/run after the tests): for every built
 * page, the bytes that must arrive before it can render. Budget: HTML plus render-blocking CSS at
 * most 14 KB gzip, so a page fits in TCP's first round trip (10 packets, RFC 6928), and 0 bytes
 * of JavaScript. Prints a table and exits 1 when a page is over budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, NOT_FOUND_PATH } from '../../../tests/support/site-pages.ts';
import { resolveBasePath } from '../../lib/site-url.ts';
import { ROOT } from '../../../tests/support/temp-site.ts';

const BUDGET = 14 * 1024;
const dist = join(ROOT, 'dist');
const BASE_URL = resolveBasePath(process.env['BASE_PATH']);
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

const rows = builtPages().map((path) => {
  const file = path === NOT_FOUND_PATH ? '404.html' : `${path.slice(1)}index.html`;
  const html = readFileSync(join(dist, file), 'utf8');
  // Stylesheets linked rather than inlined block rendering too: count them with the HTML.
  const sheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const css = sheets.reduce((sum, href) => {
    // The build's base path (BASE_PATH) is not a folder of dist/.
    const local = join(dist, href.replace(BASE_URL, '').replace(/^\/+/, ''));
    if (!existsSync(local)) throw new Error(`${file} links the stylesheet ${href}, but dist has no ${local}.`);
    return sum + gzip(readFileSync(local));
  }, 0);
  const scripts = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)];
  const js =
    scripts.reduce((sum, m) => sum + Buffer.byteLength(m[1] ?? ''), 0) +
    scripts.filter((m) => /src=/.test(m[0])).length;
  const total = gzip(html) + css;
  return {
    page: path,
    html: Buffer.byteLength(html),
    gzip: gzip(html),
    css,
    total,
    js,
    ok: total <= BUDGET && js === 0,
  };
});

console.table(
  rows.map((r) => ({
    page: r.page,
    'HTML bytes': r.html,
    'HTML gzip': r.gzip,
    'linked CSS gzip': r.css,
    'first paint gzip': r.total,
    'JS bytes': r.js,
    budget: r.ok ? 'ok' : 'OVER',
  })),
);
const largest = rows.reduce((a, b) => (b.total > a.total ? b : a));
console.log(
  `Largest page: ${largest.page}, ${largest.total} bytes gzip (budget ${BUDGET}); JavaScript on all pages: ${rows.reduce((s, r) => s + r.js, 0)} bytes.`,
);
const over = rows.filter((r) => !r.ok);
if (over.length > 0) {
  console.error(`Over budget: ${over.map((r) => r.page).join(', ')}`);
  process.exit(1);
}

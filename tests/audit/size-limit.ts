/**
 * The byte budget of the built pages, read by size-limit (`npm run audit`, after a build). Each
 * content page (builtPages in site-pages.ts) with the stylesheets it links (rendering waits for
 * them) weighs at most 14 KiB gzip, so it arrives in TCP's first round trip (10 packets, RFC 6928);
 * the JavaScript files they load weigh 0 bytes, and a page with a script inline stops the audit here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveBasePath } from '../../src/lib/site-url.ts';
import { builtPages, DIST as dist } from '../support/site-pages.ts';

const base = resolveBasePath(process.env['BASE_PATH']);
const pages = builtPages();

/** The files of dist/ that a page links with the given attribute pattern (the base path is no folder of dist/). */
function linked(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => join(dist, match[1]!.replace(base, '')));
}

const scripts: string[] = [];
const checks = pages.map((page) => {
  const html = readFileSync(join(dist, page), 'utf8');
  // JSON-LD is data, not a script the browser runs.
  const inline = /<script(?![^>]*(\bsrc=|application\/ld\+json))[^>]*>/.exec(html);
  if (inline) throw new Error(`dist/${page} has a script inline (${inline[0]}): content pages ship no JavaScript.`);
  scripts.push(...linked(html, /<script[^>]*\bsrc="([^"]+)"/g));
  const sheets = linked(html, /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g);
  return {
    name: `dist/${page} and its stylesheets, gzip`,
    path: [join(dist, page), ...sheets],
    limit: '14 KiB',
    gzip: true,
  };
});

// The picture link previews show, as stored: chat apps and social sites skip a large one (make-og-image.ts).
const ogImage = { name: 'dist/og-image.png', path: [join(dist, 'og-image.png')], limit: '60 KB', brotli: false };

// size-limit refuses a check without files: the JavaScript check is there when a page loads a script.
const js = { name: 'JavaScript loaded by these pages', path: [...new Set(scripts)], limit: '0 B', brotli: false };
export default [...checks, ogImage, ...(scripts.length === 0 ? [] : [js])];

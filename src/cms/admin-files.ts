import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { adminPolicy } from './admin-policy';
import type { CmsBackend } from './backend';
import { cmsConfigYaml, type CmsConfigOptions } from './config';

/*
 * The files of /admin/, from our own copies: the page, the generated config.yml, Sveltia's script
 * and the fonts it uses, all from node_modules (the script of its CDN build, dist/sveltia-cms.js,
 * one file that needs no bundler; the fonts of its npm build, npm/assets/).
 */

/** One file of /admin/: its Content-Type and its bytes. */
type AdminFile = { type: string; body: string | Buffer };

/**
 * Sveltia's three fonts, by the name its stylesheet asks the CDN for, which its npm build ships as
 * npm/assets/<name>-latin-*.woff2 (with a hash in the name) and /admin/fonts/ serves as <name>.woff2.
 * Without material-symbols-outlined, the icons show as words such as "arrow_back".
 */
export const ADMIN_FONTS = ['source-sans-3', 'noto-mono', 'material-symbols-outlined'] as const;

/** The folder of the installed @sveltia/cms package, above npm/: the package exports only its npm build (npm/index.js). */
const SVELTIA = new URL('../', import.meta.resolve('@sveltia/cms'));

/** A file of the installed @sveltia/cms package. */
const sveltiaFile = (path: string) => readFileSync(new URL(path, SVELTIA));

const TEXT = 'text/plain; charset=utf-8';

/** One of Sveltia's font files, whose name carries a content hash. */
function fontAsset(font: string): Buffer {
  const assets = new URL('npm/assets/', SVELTIA);
  const names = readdirSync(assets).filter((name) => name.startsWith(`${font}-latin-`) && name.endsWith('.woff2'));
  if (names.length !== 1) {
    throw new Error(
      `@sveltia/cms: expected one ${font}-latin-*.woff2 in ${fileURLToPath(assets)}, found ${names.length}. Its font files changed: update ADMIN_FONTS in src/cms/admin-files.ts.`,
    );
  }
  return readFileSync(new URL(names[0]!, assets));
}

/** Sveltia's stylesheet asks the Fontsource CDN for each font: https://cdn.jsdelivr.net/fontsource/fonts/<name>[:vf]@<version>/<subset>.woff2. */
const CDN_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[0-9.]+\/[a-z0-9-]+\.woff2/g;

/** Sveltia's check for a newer version asks unpkg for `${UNPKG}/package.json` every hour. */
const UPDATE_CHECK = /`\$\{[\w$]+\}\/package\.json`/g;

/**
 * Sveltia's script, made to ask this site instead of CDNs: each font's CDN address becomes its
 * copy in fonts/ (relative to the page), and the update check reads package.json beside the page,
 * which names the installed version, so it finds no update. A version whose script no longer has
 * these addresses stops the build: the fonts would silently come from the CDN again.
 */
function sveltiaScript(): string {
  const script = String(sveltiaFile('dist/sveltia-cms.js'));
  const asked = [...new Set([...script.matchAll(CDN_FONT)].map((match) => match[1]!))].sort();
  const copies = [...ADMIN_FONTS].sort();
  if (asked.join() !== copies.join()) {
    throw new Error(
      `@sveltia/cms asks the CDN for the fonts ${asked.join(', ')}, and ADMIN_FONTS in src/cms/admin-files.ts has copies of ${copies.join(', ')}: copy each font it asks for, and check how this version loads any it no longer asks for.`,
    );
  }
  const checks = script.match(UPDATE_CHECK)?.length ?? 0;
  if (checks !== 1) {
    throw new Error(
      `@sveltia/cms: expected one update check (\`\${…}/package.json\`) in its script, found ${checks}: check how this version looks for updates.`,
    );
  }
  return script
    .replace(CDN_FONT, (_address, name: string) => `fonts/${name}.woff2`)
    .replace(UPDATE_CHECK, '`package.json`');
}

/**
 * Local editing only (no CMS_BACKEND): Sveltia's git backend needs a sign-in method and shows it as a
 * second button ("Sign In Using Access Token") that no token can pass here (src/cms/backend.ts), so
 * the sign-in screen hides its secondary buttons and offers "Work with Local Repository" alone.
 * tests/e2e/admin.spec.ts fails if another version of Sveltia shows one again.
 */
const LOCAL_ONLY_STYLE = '\n    <style>.buttons > .button.secondary { display: none; }</style>';

/** The admin page: Sveltia builds its interface into the body, and reads config.yml beside the page. */
function adminPage(backend: CmsBackend): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <meta http-equiv="Content-Security-Policy" content="${adminPolicy(backend)}">
    <title>Edit the site</title>${backend.localOnly ? LOCAL_ONLY_STYLE : ''}
    <script src="sveltia-cms.js"></script>
  </head>
  <body></body>
</html>
`;
}

/** Everything /admin/ serves, by path below /admin/ ("" is the page). */
export function adminFiles(options: CmsConfigOptions): Map<string, () => AdminFile> {
  const files = new Map<string, () => AdminFile>([
    ['', () => ({ type: 'text/html; charset=utf-8', body: adminPage(options.backend) })],
    ['config.yml', () => ({ type: 'text/yaml; charset=utf-8', body: cmsConfigYaml(options) })],
    ['sveltia-cms.js', () => ({ type: 'text/javascript; charset=utf-8', body: sveltiaScript() })],
    // What the update check reads: Sveltia's own package.json, the version installed, so it never announces another.
    ['package.json', () => ({ type: 'application/json', body: sveltiaFile('package.json') })],
    ['LICENSE.txt', () => ({ type: TEXT, body: sveltiaFile('LICENSE.txt') })],
  ]);
  for (const font of ADMIN_FONTS) {
    files.set(`fonts/${font}.woff2`, () => ({ type: 'font/woff2', body: fontAsset(font) }));
    // The fonts' licence (SIL Open Font License) travels with them.
    files.set(`fonts/${font}.LICENSE.txt`, () => ({ type: TEXT, body: sveltiaFile(`npm/assets/${font}.LICENSE.txt`) }));
  }
  return files;
}

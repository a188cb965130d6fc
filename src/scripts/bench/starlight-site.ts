/**
 * The yardstick: the same synthetic pages built by Starlight, Astro's documentation theme, as
 * MDX. Starlight is installed once, with the project's Astro version, into a cache folder under
 * the OS temp folder, never into the project. Its search index (Pagefind) is off: the LTC site
 * has no search, so both builds do the same work, MDX pages to HTML.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../../tests/support/temp-site.ts';
import { writePages } from './bench-site.ts';
import type { SyntheticPhase } from './synthetic-phases.ts';

const ASTRO_VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'node_modules', 'astro', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** Where Starlight and its Astro are installed: one folder per Astro version, kept between runs. */
const CACHE = join(tmpdir(), `ltc-bench-starlight-astro-${ASTRO_VERSION}`);

/** Installs Starlight's latest version with the project's Astro into the cache, once; returns Starlight's version. */
export function installStarlight(): string {
  const installed = join(CACHE, 'node_modules', '@astrojs', 'starlight', 'package.json');
  if (!existsSync(installed)) {
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(join(CACHE, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
    console.log(`Installing @astrojs/starlight@latest with astro@${ASTRO_VERSION} into ${CACHE} …`);
    const npm = spawnSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--save-exact', `astro@${ASTRO_VERSION}`, '@astrojs/starlight@latest'],
      { cwd: CACHE, stdio: 'inherit' },
    );
    if (npm.status !== 0) throw new Error(`npm could not install Starlight into ${CACHE}`);
  }
  return (JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version;
}

/** Starlight's astro.mjs, which the build runs. */
export const STARLIGHT_ASTRO = join(CACHE, 'node_modules', 'astro', 'bin', 'astro.mjs');

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  cacheDir: './.astro/cache',
  vite: { cacheDir: './.astro/vite' },
  integrations: [starlight({ title: 'Bench', pagefind: false })],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Makes the cache folder a fresh Starlight site holding the pages in src/content/docs/ and returns
 * it. The site lives next to its node_modules: Starlight's routes import Astro's virtual modules,
 * which fail to resolve from packages linked in from another folder.
 */
export function makeStarlightSite(pages: readonly SyntheticPhase[]): string {
  for (const stale of ['dist', '.astro', 'src']) rmSync(join(CACHE, stale), { recursive: true, force: true });
  writeFileSync(join(CACHE, 'astro.config.mjs'), CONFIG);
  mkdirSync(join(CACHE, 'src'));
  writeFileSync(join(CACHE, 'src', 'content.config.ts'), CONTENT_CONFIG);
  writePages(join(CACHE, 'src', 'content', 'docs'), pages);
  return CACHE;
}

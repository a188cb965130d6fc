import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempSite, ROOT } from '../support/temp-site.ts';
import { syntheticPhases } from './synthetic-phases.ts';

/**
 * Makes a temporary copy of the project whose content/phases/ holds `pages` synthetic phases
 * instead of the real ones. Returns the folder.
 */
export function makeBenchSite(pages: number): string {
  const dir = makeTempSite(`bench-${pages}`);
  isolateCache(dir);
  const realFolder = join(ROOT, 'content', 'phases');
  const templates = readdirSync(realFolder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => readFileSync(join(realFolder, name), 'utf8'));
  const folder = join(dir, 'content', 'phases');
  rmSync(folder, { recursive: true });
  mkdirSync(folder);
  for (const phase of syntheticPhases(templates, pages)) writeFileSync(join(folder, phase.fileName), phase.source);
  return dir;
}

/**
 * Astro keeps its content store in node_modules/.astro/, and node_modules is the project's,
 * linked: a bench site writing thousands of entries there would slow down and confuse the
 * project's own builds. The copy's config is wrapped to keep the cache inside the copy.
 */
function isolateCache(dir: string): void {
  renameSync(join(dir, 'astro.config.mjs'), join(dir, 'astro.site.config.mjs'));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import site from './astro.site.config.mjs';\n\nexport default { ...site, cacheDir: './.bench-cache/' };\n",
  );
}

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempSite, ROOT } from '../support/temp-site.ts';
import { syntheticPhases } from './synthetic-phases.ts';

/**
 * Makes a temporary copy of the project whose content/phases/ holds `pages` synthetic phases
 * instead of the real ones. Returns the folder.
 */
export function makeBenchSite(pages: number): string {
  const dir = makeTempSite(`bench-${pages}`);
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

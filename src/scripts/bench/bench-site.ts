import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempSite, ROOT } from '../../../tests/support/temp-site.ts';
import { syntheticPhases, type SyntheticPhase } from './synthetic-phases.ts';

/** `pages` synthetic phase pages made from the real ones in content/phases/. */
export function benchPages(pages: number): SyntheticPhase[] {
  const realFolder = join(ROOT, 'content', 'phases');
  const templates = readdirSync(realFolder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => readFileSync(join(realFolder, name), 'utf8'));
  return syntheticPhases(templates, pages);
}

/** Writes the pages into `folder`, which is emptied first. */
export function writePages(folder: string, pages: readonly SyntheticPhase[]): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const page of pages) writeFileSync(join(folder, page.fileName), page.source);
}

/**
 * Makes a temporary copy of the project whose content/phases/ holds the given synthetic phases
 * instead of the real ones. Returns the folder.
 */
export function makeBenchSite(pages: readonly SyntheticPhase[]): string {
  const dir = makeTempSite(`bench-${pages.length}`);
  writePages(join(dir, 'content', 'phases'), pages);
  return dir;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './temp-site';

/** Reads the frontmatter of an MDX file, or the whole of a YAML file, of the real content/. */
export function readEntry(path: string): unknown {
  const text = readFileSync(join(ROOT, path), 'utf8');
  if (!path.endsWith('.mdx')) return parse(text);
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match?.[1]) throw new Error(`${path} has no frontmatter`);
  return parse(match[1]);
}

/** The files of one content folder, as project paths. */
export function entriesOf(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).map((name) => `${folder}/${name}`);
}

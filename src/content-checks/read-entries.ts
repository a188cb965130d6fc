import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { listFiles } from './content-folder';
import type { StoredEntry } from './entry-rules';

/*
 * The valid entries of another content folder, for a rule across collections (a label must be
 * unique among the overview and the phases). Each loader stores only its own collection, so
 * the rule reads the other folder's files here: the frontmatter with the parser Astro's MDX
 * integration uses, the fields with the folder's own schema. A file with a mistake is left out:
 * its own loader reports it.
 */

/** The fields of a content file: an MDX file's frontmatter, or a whole YAML file. */
function fieldsOf(path: string): unknown {
  const source = readFileSync(path, 'utf8');
  return extname(path) === '.mdx' ? parseFrontmatter(source).frontmatter : parse(source);
}

/** The entries of `folder` (relative to the project root) whose files have the given endings and pass `schema`. */
export function readEntries(
  root: string,
  folder: string,
  extensions: readonly string[],
  schema: z.ZodType,
): StoredEntry[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  const entries: StoredEntry[] = [];
  for (const file of listFiles(dir).filter((name) => extensions.includes(extname(name)))) {
    let fields: unknown;
    try {
      fields = fieldsOf(join(dir, file));
    } catch {
      continue;
    }
    const result = schema.safeParse(fields);
    if (!result.success) continue;
    entries.push({
      id: basename(file, extname(file)),
      filePath: `${folder}/${file}`,
      data: result.data as StoredEntry['data'],
    });
  }
  return entries;
}

import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import type { z } from 'astro/zod';
import { listFiles } from './content-folder';
import type { StoredEntry } from './entry-rules';

/*
 * The valid entries of another folder of MDX pages, for a rule across collections (a label must
 * be unique among the overview and the phases). Each loader stores only its own collection, so
 * the rule reads the other folder's files here: the frontmatter with the parser Astro's MDX
 * integration uses, the fields with the folder's own schema. A file with a mistake is left out:
 * its own loader reports it. Only MDX folders share a rule, so YAML files are not read.
 */

/** The entries of the MDX files in `folder` (relative to the project root) whose frontmatter passes `schema`. */
export function readEntries(root: string, folder: string, schema: z.ZodType): StoredEntry[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  const entries: StoredEntry[] = [];
  for (const file of listFiles(dir).filter((name) => extname(name) === '.mdx')) {
    let fields: unknown;
    try {
      fields = parseFrontmatter(readFileSync(join(dir, file), 'utf8')).frontmatter;
    } catch {
      continue;
    }
    const result = schema.safeParse(fields);
    if (!result.success) continue;
    entries.push({
      id: basename(file, '.mdx'),
      filePath: `${folder}/${file}`,
      data: result.data as StoredEntry['data'],
    });
  }
  return entries;
}

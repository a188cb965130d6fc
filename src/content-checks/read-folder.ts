import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import type { z } from 'astro/zod';
import { load, YAMLException } from 'js-yaml';
import { folderProblemsIn, listFiles, type FolderRule } from './content-folder.ts';
import { formatYamlError, schemaProblems, sortProblems, type ContentProblem } from './entry-errors.ts';
import type { ProjectPaths, StoredEntry } from './entry-rules.ts';
import { checkMdxFiles, type MdxCapable } from './mdx-checks.ts';

/*
 * The one reader of content/, for the build's loader, the tests and the scripts: js-yaml for YAML files
 * and parseFrontmatter (js-yaml too) for MDX, as Astro's glob loader reads them, so a YAML mistake reads
 * the same everywhere; and every check the loader runs, in its order.
 */

/** A content folder as the loader reads it: its files, their schema and the rules across them. */
export interface ContentFolder<S extends z.ZodType = z.ZodType, Resolved extends object = object> extends FolderRule {
  schema: S;
  checkEntries?: (entries: StoredEntry[], root: string) => ContentProblem[];
  /** A rule across this folder and another, for a file saved under `astro dev` (a build reports it in the other). */
  checkSaved?: (entries: StoredEntry[], root: string) => ContentProblem[];
  /** What the build works out from a valid entry (a download's size and format), stored with its fields. */
  resolve?: (entry: StoredEntry, paths: ProjectPaths) => { data: Resolved } | { problem: ContentProblem };
}

/** A folder's valid entries (with what resolve adds), and every problem, sorted. */
export interface FolderContent {
  entries: StoredEntry[];
  problems: ContentProblem[];
}

/** The fields of a YAML file or of an MDX page's frontmatter. Throws js-yaml's error. */
export function readFields(path: string, source = readFileSync(path, 'utf8')): unknown {
  return extname(path) === '.mdx' ? parseFrontmatter(source).frontmatter : load(source, { filename: path });
}

function yamlProblem(file: string, error: YAMLException, source: string): ContentProblem {
  // js-yaml gives no place for a file of two documents (--- lines in a .yaml card): its first line.
  const line = (error.mark?.line ?? 0) + 1;
  return { file, line, message: formatYamlError(file, error.reason, line, source) };
}

/** The entries whose fields pass the schema, the others' problems, and the files whose fields could be read. */
export function validEntries(root: string, folder: ContentFolder): FolderContent & { readable: string[] } {
  const entries: StoredEntry[] = [];
  const problems: ContentProblem[] = [];
  const readable: string[] = [];
  const dir = join(root, folder.folder);
  for (const name of existsSync(dir) ? listFiles(dir) : []) {
    const file = `${folder.folder}/${name}`;
    const source = readFileSync(join(root, file), 'utf8');
    let fields: unknown;
    try {
      fields = readFields(file, source);
    } catch (error) {
      // By name, as Astro's MDX integration tells it: its js-yaml may be another copy than ours.
      if (!(error instanceof Error && error.name === 'YAMLException')) throw error;
      problems.push(yamlProblem(file, error as YAMLException, source));
      continue;
    }
    readable.push(file);
    const result = folder.schema.safeParse(fields, { reportInput: true });
    if (result.success)
      entries.push({
        id: name.slice(0, -extname(name).length),
        filePath: file,
        data: result.data as StoredEntry['data'],
      });
    else problems.push(...schemaProblems(file, result.error.issues, source));
  }
  return { entries, problems, readable };
}

/** The rules across valid entries, and the entries with what resolve adds. */
export function applyRules(folder: ContentFolder, entries: StoredEntry[], paths: ProjectPaths): FolderContent {
  const problems = folder.checkEntries?.(entries, paths.root) ?? [];
  const resolved = entries.map((entry) => {
    const result = folder.resolve?.(entry, paths);
    if (result === undefined) return entry;
    if ('problem' in result) {
      problems.push(result.problem);
      return entry;
    }
    return { ...entry, data: { ...entry.data, ...result.data } };
  });
  return { entries: resolved, problems };
}

/** The checks that need no compiling; a surprise in the folder's files stops the rest. */
function readChecked(root: string, folder: ContentFolder): FolderContent & { readable: string[] } {
  const folderFound = folderProblemsIn(root, folder);
  if (folderFound.length > 0) return { entries: [], problems: folderFound, readable: [] };
  const read = validEntries(root, folder);
  const rules = applyRules(folder, read.entries, { root, publicDir: join(root, 'public') });
  return { entries: rules.entries, problems: [...read.problems, ...rules.problems], readable: read.readable };
}

/** Reads a folder without compiling its pages: synchronous, for scripts and the rules across folders. */
export function readFolder(root: string, folder: ContentFolder): FolderContent {
  const { entries, problems } = readChecked(root, folder);
  return { entries, problems: sortProblems(problems) };
}

/**
 * Every check the build runs on a folder: readFolder's, then the text of each MDX page whose fields
 * could be read, compiled with the site's Markdown processor (which carries contentLinksPlugin).
 */
export async function checkFolder(root: string, folder: ContentFolder, processor: MdxCapable): Promise<FolderContent> {
  const { entries, problems, readable } = readChecked(root, folder);
  const pages = readable.filter((file) => file.endsWith('.mdx')).map((file) => join(root, file));
  const text = await checkMdxFiles(processor, root, pages);
  return { entries, problems: sortProblems([...problems, ...text]) };
}

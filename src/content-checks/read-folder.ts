import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { extractFrontmatter } from 'astro/markdown';
import type { z } from 'astro/zod';
import { parseDocument, type YAMLError } from 'yaml';
import { folderProblemsIn, listFiles, type FolderRule } from './content-folder.ts';
import { schemaProblems, sortProblems, yamlProblem, type ContentProblem } from './entry-errors.ts';
import type { StoredEntry } from './entry-rules.ts';
import type { PageRenderer, RenderedPage } from './mdx-checks.ts';

/*
 * The one reader of content/, for the build's loader (loader.ts), the tests and the scripts: each file is
 * read and checked once, in readFolder's order. Synchronous: a reload under `astro dev` is never
 * interleaved with another.
 */

/** A content folder as the loader reads it: its files, their schema and the rules across them. */
export interface ContentFolder<S extends z.ZodType = z.ZodType, Resolved extends object = object> extends FolderRule {
  schema: S;
  checkEntries?: (entries: StoredEntry[], root: string) => ContentProblem[];
  /** What the build works out from a valid entry (a download's size and format), stored with its fields. */
  resolve?: (entry: StoredEntry, publicDir: string) => { data: Resolved } | { problem: ContentProblem };
}

/** An entry as read: besides its checked fields, what Astro's store keeps (the page's text, its HTML) and its file's text. */
interface ReadEntry extends StoredEntry {
  body: string;
  source: string;
  rendered?: RenderedPage;
}

/** A folder's valid entries (with what resolve adds), and every problem, sorted. */
export interface FolderContent {
  entries: ReadEntry[];
  problems: ContentProblem[];
}

/**
 * The YAML of a content file and the text after it: an MDX page's frontmatter as Astro finds it, with
 * blank lines above it so that its lines keep their numbers, and the text after its closing ---.
 */
export function splitFile(path: string, source: string): { yaml: string; body: string } {
  if (extname(path) !== '.mdx') return { yaml: source, body: '' };
  const frontmatter = extractFrontmatter(source);
  if (frontmatter === undefined) return { yaml: '', body: source };
  const start = source.indexOf(`---${frontmatter}---`);
  const before = source.slice(0, start).split('\n').length - 1;
  return { yaml: '\n'.repeat(before) + frontmatter, body: source.slice(start + frontmatter.length + 6) };
}

/** The last text read of each file, by path: the phases' rules read the overview too, which is read once. */
const texts = new Map<string, { stamp: string; text: string }>();

/** A file's text, read again only when its size or time of change differ. */
function readText(path: string): string {
  const { mtimeNs, ctimeNs, size, ino } = statSync(path, { bigint: true });
  const stamp = `${mtimeNs}:${ctimeNs}:${size}:${ino}`;
  const known = texts.get(path);
  if (known?.stamp === stamp) return known.text;
  const text = readFileSync(path, 'utf8');
  texts.set(path, { stamp, text });
  return text;
}

type Parsed = { fields: unknown; yaml: string; body: string } | { error: YAMLError };

function parseFile(path: string, source: string): Parsed {
  const { yaml, body } = splitFile(path, source);
  const document = parseDocument(yaml);
  const [error] = document.errors;
  if (error) return { error };
  const fields: unknown = document.contents === null ? undefined : document.toJS();
  // As Astro reads a page: no frontmatter is no fields.
  const page = extname(path) === '.mdx';
  return { fields: !page || (fields !== null && typeof fields === 'object') ? fields : {}, yaml, body: body.trim() };
}

/** The fields of a YAML file or of an MDX page's frontmatter. Throws the YAML parser's error. */
export function readFields(path: string, source = readFileSync(path, 'utf8')): unknown {
  const parsed = parseFile(path, source);
  if ('error' in parsed) throw parsed.error;
  return parsed.fields;
}

/** The entries whose fields pass the schema, and the others' problems. */
export function validEntries(root: string, folder: ContentFolder): FolderContent {
  const entries: ReadEntry[] = [];
  const problems: ContentProblem[] = [];
  const dir = join(root, folder.folder);
  for (const name of existsSync(dir) ? listFiles(dir) : []) {
    const file = `${folder.folder}/${name}`;
    const source = readText(join(root, file));
    const parsed = parseFile(file, source);
    if ('error' in parsed) {
      problems.push(yamlProblem(file, parsed.error, source));
      continue;
    }
    const result = folder.schema.safeParse(parsed.fields, { reportInput: true });
    if (!result.success) {
      problems.push(...schemaProblems(file, result.error.issues, parsed.yaml));
      continue;
    }
    const id = name.slice(0, -extname(name).length);
    const { yaml, body } = parsed;
    entries.push({ id, filePath: file, data: result.data as StoredEntry['data'], yaml, body, source });
  }
  return { entries, problems };
}

/**
 * Every check of a folder, in the build's order: a surprise in the folder's files stops the rest; each
 * file's YAML (a data file, or an MDX page's frontmatter) is parsed with `yaml` and its fields checked
 * against the schema, then the rules across the folder; the text of each page whose fields are right is
 * checked as `render` compiles it (not checked without it). The loader stores the entries only when there
 * is no problem.
 */
export function readFolder(
  root: string,
  folder: ContentFolder,
  publicDir = join(root, 'public'),
  render?: PageRenderer,
): FolderContent {
  const folderFound = folderProblemsIn(root, folder);
  if (folderFound.length > 0) return { entries: [], problems: sortProblems(folderFound) };
  const { entries, problems } = validEntries(root, folder);
  problems.push(...(folder.checkEntries?.(entries, root) ?? []));
  const resolved = entries.map((entry) => {
    const result = folder.resolve?.(entry, publicDir);
    if (result === undefined) return entry;
    if ('problem' in result) {
      problems.push(result.problem);
      return entry;
    }
    return { ...entry, data: { ...entry.data, ...result.data } };
  });
  const rendered = resolved.map((entry) => {
    if (render === undefined || extname(entry.filePath) !== '.mdx') return entry;
    const result = render(entry.filePath, entry.source, entry.data);
    if ('problems' in result) problems.push(...result.problems);
    return 'page' in result ? { ...entry, rendered: result.page } : entry;
  });
  return { entries: rendered, problems: sortProblems(problems) };
}

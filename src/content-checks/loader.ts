import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { assertContentFolder, folderProblems, listFiles, type FolderRule } from './content-folder';
import { setDevProblem } from './dev-problems';
import { formatYamlError, isYamlError, schemaProblems, sortProblems, type ContentProblem } from './entry-errors';
import { sourceOf, type ProjectPaths, type StoredEntry } from './entry-rules';
import { checkMdxFiles } from './mdx-checks';

/** A content folder as the loader reads it: its files, their schema and the rules across them. */
export interface ContentFolder<S extends z.ZodType, Resolved extends object> extends FolderRule {
  /** The fields of one file: the editors' contract. */
  schema: S;
  /** A rule across the folder's valid entries: returns what is wrong. */
  checkEntries?: (entries: StoredEntry[], root: string) => ContentProblem[];
  /**
   * A rule across this folder and another, checked only when `astro dev` reloads a saved file of
   * this folder: in a whole load the other folder's loader reports it with the rest of its mistakes.
   */
  checkSaved?: (entries: StoredEntry[], root: string) => ContentProblem[];
  /**
   * What the build works out from a valid entry (a download's size and format), stored with its
   * fields so that pages only read it; or the problem that stops the build.
   */
  resolve?: (entry: StoredEntry, paths: ProjectPaths) => { data: Resolved } | { problem: ContentProblem };
}

/**
 * A glob loader that first checks the folder (present, not empty, no file it would skip), then
 * reports every mistake of the folder together: the fields of every file, the rules across
 * files, and the text of MDX pages (links, images, tags, headings). Each line starts with the
 * file's path in the project; Astro's "Location:" points at the first mistake's line.
 */
export function contentFolder<S extends z.ZodType, Resolved extends object = object>(
  folder: ContentFolder<S, Resolved>,
): Loader & { schema: z.ZodType<z.output<S> & Resolved> } {
  const { schema } = folder;
  const pattern =
    folder.extensions.length === 1 ? `**/*${folder.extensions[0]}` : `**/*{${folder.extensions.join(',')}}`;
  const inner = glob({ base: `./${folder.folder}`, pattern });
  let watching = false;
  /** The entries kept after their files were deleted under `astro dev` (see keepLastEntry): id and absolute path. */
  const kept = new Map<string, string>();
  return {
    name: 'ltc-content-folder',
    // Astro types the entries from this schema: the store holds its output and what resolve adds.
    schema: schema as z.ZodType<z.output<S> & Resolved>,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const paths = { root, publicDir: fileURLToPath(context.config.publicDir) };
      const inProject = (file: string) => relative(root, file).split('\\').join('/');
      try {
        assertContentFolder(folder, root);
      } catch (error) {
        // Astro's "Location:" would name content-folder.ts: name the file that would be skipped, or the folder.
        const message = error instanceof Error ? error.message : String(error);
        const skipped = /^- (\S+) would not be loaded/m.exec(message)?.[1];
        throw contentError(message, join(root, skipped ?? folder.folder));
      }
      if (context.watcher && !watching) {
        // `astro dev`: a save clears the file's banner first. A file saved back to its last good
        // version is not parsed again (its digest is known), so parseData alone would never clear it.
        watching = true;
        const dir = join(root, folder.folder);
        const saved = (path: string) => {
          if (!path.startsWith(dir)) return;
          clearDevProblem(context, inProject(path));
          keepLastEntry(context, folder, { root, path, kept });
        };
        for (const event of ['add', 'change', 'unlink']) context.watcher.on(event, saved);
      }
      /** The rules across the given valid entries: what is wrong, and what resolve adds to each. */
      const applyRules = (entries: StoredEntry[]) => {
        const problems = folder.checkEntries?.(entries, root) ?? [];
        const resolved = new Map<string, Resolved>();
        for (const entry of entries) {
          const result = folder.resolve?.(entry, paths);
          if (result && 'problem' in result) problems.push(result.problem);
          else if (result) resolved.set(entry.id, result.data);
        }
        return { problems, resolved };
      };
      const problems: ContentProblem[] = [];
      const refused = new Set<string>();
      // True while the folder is read as a whole; false when `astro dev` reloads one saved file.
      let loading = true;
      const parseData: typeof context.parseData = async (entry) => {
        const file = inProject(entry.filePath ?? entry.id);
        // Parsed here, not by Astro, whose message names the collection but not the file or the field.
        const result = await schema.safeParseAsync(entry.data, { reportInput: true });
        let found = result.success ? [] : schemaProblems(file, result.error.issues, sourceOf(entry.filePath));
        if (loading) {
          if (result.success) return result.data as typeof entry.data;
          // Go on with the other files so the message lists every mistake; the entry is dropped below.
          problems.push(...found);
          refused.add(entry.id);
          return entry.data;
        }
        // `astro dev` reloads this file alone: the folder's rules apply to it as in a whole load.
        let resolved: Resolved | undefined;
        if (result.success) {
          const others = storedEntries(context).filter((other) => other.id !== entry.id);
          const entries = [...others, { id: entry.id, filePath: file, data: result.data as StoredEntry['data'] }];
          const rules = applyRules(entries);
          const folderFound = folderProblems(folder, listFiles(join(root, folder.folder)));
          const across = folder.checkSaved?.(entries, root) ?? [];
          found = [...folderFound.map((message) => ({ file, message })), ...rules.problems, ...across];
          resolved = rules.resolved.get(entry.id);
        }
        // The text of a page too, as in a whole load: the banner then names code or a broken link
        // on every page, while Vite refuses to compile this one.
        if (folder.extensions.includes('.mdx'))
          found.push(...(await checkMdxFiles(context.config.markdown.processor, root, [join(root, file)])));
        if (found.length > 0) {
          reportDevProblem(context, file, found);
          throw problemsError(root, found);
        }
        clearDevProblem(context, file);
        return { ...(result.data as typeof entry.data), ...resolved };
      };
      try {
        await inner.load({ ...context, parseData, store: keepingStore(context.store, kept) });
      } catch (error) {
        if (isYamlError(error) && error.loc?.file) {
          const message = formatYamlError(inProject(error.loc.file), error, sourceOf(error.loc.file));
          throw contentError(message, error.loc.file, error.loc.line);
        }
        throw error;
      } finally {
        loading = false;
      }
      // A refused entry must not stay in the store: the next build would take it as already checked.
      for (const id of refused) context.store.delete(id);
      const rules = applyRules(storedEntries(context));
      problems.push(...rules.problems);
      for (const [id, data] of rules.resolved) storeResolved(context, id, data);
      if (folder.extensions.includes('.mdx')) {
        const files = listFiles(join(root, folder.folder)).map((file) => join(root, folder.folder, file));
        problems.push(...(await checkMdxFiles(context.config.markdown.processor, root, files)));
      }
      if (problems.length > 0) throw problemsError(root, problems);
    },
  };
}

/**
 * `astro dev` drops the entry of a deleted file without running the folder's checks, so the
 * last overview page or settings file could vanish and the pages have nothing to show. When a
 * change leaves the folder empty or missing, the last entry is kept, as for a file saved with a
 * mistake, and the banner shows the folder's problem; it is dropped once the folder is right again.
 * `kept` holds the entries kept so far, by id, with their files' absolute paths.
 */
function keepLastEntry(
  context: LoaderContext,
  folder: FolderRule,
  paths: { root: string; path: string; kept: Map<string, string> },
): void {
  const { root, path, kept } = paths;
  const dir = join(root, folder.folder);
  const key = `${folder.folder}/`;
  const problems = folderProblems(folder, existsSync(dir) ? listFiles(dir) : undefined);
  if (problems.length === 0) {
    clearDevProblem(context, key);
    for (const [id, file] of kept) if (!existsSync(file)) context.store.delete(id);
    kept.clear();
    return;
  }
  // The glob loader's own listener, registered after this one, then leaves the entry in the store (keepingStore).
  const entry = context.store.values().find((stored) => stored.filePath && join(root, stored.filePath) === path);
  if (entry) kept.set(entry.id, path);
  const message = `Content problem in ${key}:\n- ${problems.join('\n- ')}`;
  reportDevProblem(context, key, [{ file: key, message }]);
}

/**
 * The store as the glob loader gets it: it does not delete an entry that keepLastEntry keeps, so
 * the last entry of a folder stays without depending on when each listener runs. The entries are
 * deleted by keepLastEntry itself once the folder is right again.
 */
export function keepingStore(store: LoaderContext['store'], kept: ReadonlyMap<string, string>): LoaderContext['store'] {
  return new Proxy(store, {
    get(target, key) {
      if (key === 'delete')
        return (id: string) => {
          if (!kept.has(id)) target.delete(id);
        };
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The collection's entries as the rules read them: id, path in the project, fields. */
function storedEntries(context: LoaderContext): StoredEntry[] {
  return context.store
    .values()
    .map((entry) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data }));
}

/**
 * Stores what resolve found with an entry's fields. It is worked out again on every load (a
 * download may change while its card does not), and the store skips an entry whose file is
 * unchanged, so the entry is replaced.
 */
function storeResolved(context: LoaderContext, id: string, resolved: object): void {
  const entry = context.store.get(id);
  if (!entry) return;
  context.store.delete(id);
  context.store.set({ ...entry, data: { ...entry.data, ...resolved } });
}

/** One error listing every problem, located at the first one's file and line. */
function problemsError(root: string, problems: readonly ContentProblem[]): Error {
  const sorted = sortProblems(problems);
  const [first] = sorted;
  return contentError(
    sorted.map((problem) => problem.message).join('\n'),
    first && join(root, first.file),
    first?.line,
  );
}

/** An error whose location is the editor's file and line, so Astro's "Location:" points there, not here. */
function contentError(message: string, file: string | undefined, line = 1): Error {
  return Object.assign(new Error(message), { loc: { file, line, column: 1 } });
}

/**
 * `astro dev` kept the last good version of a file saved with a mistake: record the mistake for
 * the pages' dev banner, and touch the collection's meta data so the browser reloads to show it.
 */
function reportDevProblem(context: LoaderContext, file: string, problems: readonly ContentProblem[]): void {
  const message = problems.map((problem) => problem.message).join('\n');
  setDevProblem(file, message);
  context.meta.set(`problem:${file}`, message);
}

/** The file was saved without mistakes: clear its banner (the new data reloads the browser). */
function clearDevProblem(context: LoaderContext, file: string): void {
  setDevProblem(file, undefined);
  if (context.meta.has(`problem:${file}`)) context.meta.delete(`problem:${file}`);
}

import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { folderProblemsIn, type FolderRule } from './content-folder.ts';
import { setDevProblem } from './dev-problems.ts';
import { isYamlError, schemaProblems, sortProblems, type ContentProblem } from './entry-errors.ts';
import { sourceOf, type StoredEntry } from './entry-rules.ts';
import { checkMdxFiles } from './mdx-checks.ts';
import { applyRules, checkFolder, type ContentFolder } from './read-folder.ts';

/**
 * A glob loader that checks the folder first (present, not empty, no file it would skip), then reports
 * every mistake of the folder together, each line starting with the file's path in the project.
 */
export function contentFolder<S extends z.ZodType, Resolved extends object = object>(
  folder: ContentFolder<S, Resolved>,
): Loader & { schema: z.ZodType<z.output<S> & Resolved> } {
  const { schema } = folder;
  const pattern =
    folder.extensions.length === 1 ? `**/*${folder.extensions[0]}` : `**/*{${folder.extensions.join(',')}}`;
  const inner = glob({ base: `./${folder.folder}`, pattern });
  let watching = false;
  /** Entries kept after their files were deleted under `astro dev` (keepLastEntry): id and absolute path. */
  const kept = new Map<string, string>();
  return {
    name: 'ltc-content-folder',
    schema: schema as z.ZodType<z.output<S> & Resolved>,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const paths = { root, publicDir: fileURLToPath(context.config.publicDir) };
      const inProject = (file: string) => relative(root, file).split('\\').join('/');
      // Before the glob loader, which would only warn about a missing folder and skip a stray file.
      const folderFound = folderProblemsIn(root, folder);
      if (folderFound.length > 0) throw problemsError(root, folderFound);
      if (context.watcher && !watching) {
        // `astro dev`: a save clears the file's banner first; a file saved back to its last good version
        // is not parsed again (its digest is known), so parseData alone would never clear it.
        watching = true;
        const dir = join(root, folder.folder);
        const saved = (path: string) => {
          if (!path.startsWith(dir)) return;
          clearDevProblem(context, inProject(path));
          keepLastEntry(context, folder, { root, path, kept });
        };
        for (const event of ['add', 'change', 'unlink']) context.watcher.on(event, saved);
      }
      const refused = new Set<string>();
      // False when `astro dev` reloads one saved file.
      let loading = true;
      const parseData: typeof context.parseData = async (entry) => {
        const file = inProject(entry.filePath ?? entry.id);
        // Parsed here, not by Astro, whose message names the collection but not the file or the field.
        const result = await schema.safeParseAsync(entry.data, { reportInput: true });
        if (loading) {
          if (result.success) return result.data as typeof entry.data;
          // Kept for now: checkFolder below names its mistakes with the folder's others.
          refused.add(entry.id);
          return entry.data;
        }
        let found = result.success ? [] : schemaProblems(file, result.error.issues, sourceOf(entry.filePath));
        let resolved: Resolved | undefined;
        if (result.success) {
          const others = context.store
            .values()
            .filter((other) => other.id !== entry.id)
            .map((other) => ({ id: other.id, filePath: other.filePath ?? other.id, data: other.data }));
          const entries = [...others, { id: entry.id, filePath: file, data: result.data as StoredEntry['data'] }];
          const rules = applyRules(folder, entries, paths);
          const across = folder.checkSaved?.(entries, root) ?? [];
          found = [...folderProblemsIn(root, folder), ...rules.problems, ...across];
          resolved = rules.entries.find((other) => other.id === entry.id)?.data as Resolved | undefined;
        }
        // The text too: the banner then names code or a broken link, while Vite refuses to compile the page.
        if (folder.extensions.includes('.mdx'))
          found.push(...(await checkMdxFiles(context.config.markdown.processor, root, [join(root, file)])));
        if (found.length > 0) {
          reportDevProblem(context, file, found);
          throw problemsError(root, found);
        }
        clearDevProblem(context, file);
        return { ...(result.data as typeof entry.data), ...resolved };
      };
      let unreadable: Error | undefined;
      try {
        await inner.load({ ...context, parseData, store: keepingStore(context.store, kept) });
      } catch (error) {
        // A file that is not valid YAML stops the glob loader: checkFolder names it with the folder's other mistakes.
        if (!isYamlError(error)) throw error;
        unreadable = error;
      } finally {
        loading = false;
      }
      // A refused entry must not stay in the store: the next build would take it as already checked.
      for (const id of refused) context.store.delete(id);
      const { entries, problems } = await checkFolder(root, folder, context.config.markdown.processor);
      if (problems.length > 0) throw problemsError(root, problems);
      if (unreadable !== undefined) throw unreadable;
      // Astro's parse refused a file the reader passed: never drop a page without a word.
      if (refused.size > 0)
        throw new Error(
          `${folder.folder}: the build could not read ${[...refused].join(', ')}, but found no mistake in it.`,
        );
      if (folder.resolve) storeResolved(context, entries);
    },
  };
}

/**
 * `astro dev` drops a deleted file's entry without the folder's checks, so the last overview page or
 * settings file could vanish. While the folder is empty or missing the entry is kept and the banner
 * shows the folder's problem.
 */
function keepLastEntry(
  context: LoaderContext,
  folder: FolderRule,
  paths: { root: string; path: string; kept: Map<string, string> },
): void {
  const { root, path, kept } = paths;
  const key = `${folder.folder}/`;
  const problems = folderProblemsIn(root, folder);
  if (problems.length === 0) {
    clearDevProblem(context, key);
    for (const [id, file] of kept) if (!existsSync(file)) context.store.delete(id);
    kept.clear();
    return;
  }
  // The glob loader's own listener then leaves the entry in the store (keepingStore).
  const entry = context.store.values().find((stored) => stored.filePath && join(root, stored.filePath) === path);
  if (entry) kept.set(entry.id, path);
  reportDevProblem(context, key, problems);
}

/** The store as the glob loader gets it: it does not delete what keepLastEntry keeps, whichever listener runs first. */
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

/**
 * Stores each entry with what resolve found, worked out on every load (a download may change while
 * its card does not): the store skips an entry whose file is unchanged, so the entry is replaced.
 */
function storeResolved(context: LoaderContext, entries: readonly StoredEntry[]): void {
  const byFile = new Map(entries.map((entry) => [entry.filePath, entry.data]));
  for (const stored of context.store.values()) {
    const data = stored.filePath === undefined ? undefined : byFile.get(stored.filePath);
    if (data === undefined) continue;
    context.store.delete(stored.id);
    context.store.set({ ...stored, data });
  }
}

/** One error listing every problem, so Astro's "Location:" points at the first one's file and line. */
function problemsError(root: string, problems: readonly ContentProblem[]): Error {
  const sorted = sortProblems(problems);
  const [first] = sorted;
  const loc = { file: first && join(root, first.file), line: first?.line ?? 1, column: 1 };
  return Object.assign(new Error(sorted.map((problem) => problem.message).join('\n')), { loc });
}

/** For the dev banner; touching the collection's meta data makes the browser reload to show it. */
function reportDevProblem(context: LoaderContext, file: string, problems: readonly ContentProblem[]): void {
  const messages = problems.map((problem) => problem.message);
  setDevProblem(file, messages);
  context.meta.set(`problem:${file}`, messages.join('\n'));
}

function clearDevProblem(context: LoaderContext, file: string): void {
  setDevProblem(file, undefined);
  if (context.meta.has(`problem:${file}`)) context.meta.delete(`problem:${file}`);
}

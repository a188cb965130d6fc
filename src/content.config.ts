import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { assertContentFolder, listFiles, type FolderRule } from './lib/content-folder';
import { setDevProblem } from './lib/dev-problems';
import { formatYamlError, isYamlError, schemaProblems, sortProblems, type ContentProblem } from './lib/entry-errors';
import { downloadsExist, sourceOf, uniqueOrder, type StoredEntry } from './lib/entry-rules';
import { checkMdxFiles } from './lib/mdx-checks';
import { overviewSchema } from './schemas/overview';
import { phaseSchema } from './schemas/phase';
import { resourceSchema } from './schemas/resource';
import { settingsSchema } from './schemas/settings';

/*
 * The contract with editors: every folder under content/ is one collection, every file in it
 * one entry, and every entry is checked against its schema when the site is built.
 */

/** A rule across the entries of a collection, given the valid ones; returns what is wrong. */
type EntriesCheck = (entries: StoredEntry[], root: string) => ContentProblem[];

/**
 * A glob loader that first checks the folder (present, not empty, no file it would skip), then
 * reports every mistake of the folder together: the fields of every file, the rules across
 * files, and the text of MDX pages (links, images, tags, headings). Each line starts with the
 * file's path in the project; Astro's "Location:" points at the first mistake's line.
 */
function contentFolder(rule: FolderRule, schema: z.ZodType, checkEntries?: EntriesCheck): Loader {
  const pattern = rule.extensions.length === 1 ? `**/*${rule.extensions[0]}` : `**/*{${rule.extensions.join(',')}}`;
  const inner = glob({ base: `./${rule.folder}`, pattern });
  let watching = false;
  return {
    name: 'ltc-content-folder',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const inProject = (file: string) => relative(root, file).split('\\').join('/');
      try {
        assertContentFolder(rule, root);
      } catch (error) {
        // Astro's "Location:" would name content-folder.ts: name the file that would be skipped, or the folder.
        const message = error instanceof Error ? error.message : String(error);
        const skipped = /^- (\S+) would not be loaded/m.exec(message)?.[1];
        throw contentError(message, join(root, skipped ?? rule.folder));
      }
      if (context.watcher && !watching) {
        // `astro dev`: a save clears the file's banner first. A file saved back to its last good
        // version is not parsed again (its digest is known), so parseData alone would never clear it.
        watching = true;
        const folder = join(root, rule.folder);
        const saved = (path: string) => {
          if (path.startsWith(folder)) clearDevProblem(context, inProject(path));
        };
        for (const event of ['add', 'change', 'unlink']) context.watcher.on(event, saved);
      }
      const problems: ContentProblem[] = [];
      const refused = new Set<string>();
      // True while the folder is read as a whole; false when `astro dev` reloads one saved file.
      let loading = true;
      const parseData: typeof context.parseData = async (entry) => {
        const file = inProject(entry.filePath ?? entry.id);
        // Astro's message names the collection, not the file: parse again to say which field of which file.
        const result = await schema.safeParseAsync(entry.data, { reportInput: true });
        if (result.success) {
          if (!loading) clearDevProblem(context, file);
          return context.parseData(entry);
        }
        const found = schemaProblems(file, result.error.issues, sourceOf(entry.filePath));
        if (loading) {
          // Go on with the other files so the message lists every mistake; the entry is dropped below.
          problems.push(...found);
          refused.add(entry.id);
          return entry.data;
        }
        reportDevProblem(context, file, found);
        throw problemsError(root, found);
      };
      try {
        await inner.load({ ...context, parseData });
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
      const valid = context.store
        .values()
        .map((entry) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data }));
      problems.push(...(checkEntries?.(valid, root) ?? []));
      if (rule.extensions.includes('.mdx')) {
        const files = listFiles(join(root, rule.folder)).map((file) => join(root, rule.folder, file));
        problems.push(...(await checkMdxFiles(context.config.markdown.processor, root, files)));
      }
      if (problems.length > 0) throw problemsError(root, problems);
    },
  };
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

export const collections = {
  overview: defineCollection({
    loader: contentFolder(
      { folder: 'content/overview', extensions: ['.mdx'], entryName: 'overview page', exactlyOne: true },
      overviewSchema,
    ),
    schema: overviewSchema,
  }),
  phases: defineCollection({
    loader: contentFolder(
      { folder: 'content/phases', extensions: ['.mdx'], entryName: 'phase page' },
      phaseSchema,
      (entries, root) => uniqueOrder(entries, 'phase', root),
    ),
    schema: phaseSchema,
  }),
  resources: defineCollection({
    loader: contentFolder(
      { folder: 'content/resources', extensions: ['.yaml', '.yml'], entryName: 'resource card' },
      resourceSchema,
      (entries, root) => [...uniqueOrder(entries, 'resource card', root), ...downloadsExist(entries, root)],
    ),
    schema: resourceSchema,
  }),
  site: defineCollection({
    loader: contentFolder(
      { folder: 'content/site', extensions: ['.yaml', '.yml'], entryName: 'settings file', exactlyOne: true },
      settingsSchema,
    ),
    schema: settingsSchema,
  }),
};

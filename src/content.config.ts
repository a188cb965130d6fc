import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { assertContentFolder, listFiles, type FolderRule } from './lib/content-folder';
import { formatSchemaIssues, formatYamlError, isYamlError } from './lib/entry-errors';
import { resolveResourceLink } from './lib/downloads';
import { checkMdxFiles } from './lib/mdx-checks';
import { sortByOrder } from './lib/phases';
import { overviewSchema } from './schemas/overview';
import { phaseSchema } from './schemas/phase';
import { resourceSchema } from './schemas/resource';
import { settingsSchema } from './schemas/settings';

/*
 * The contract with editors: every folder under content/ is one collection, every file in it
 * one entry, and every entry is checked against its schema when the site is built.
 */

/** A rule across the entries of a collection, given them as stored, with paths in the project. */
type EntriesCheck = (entries: { id: string; filePath: string; data: Record<string, unknown> }[], root: string) => void;

/**
 * A glob loader that first checks the folder (present, not empty, no file it would skip),
 * reports every mistake in a file with the file's path in the project on the first line, and
 * compiles the text of MDX pages so a broken link, image or tag is reported here too.
 */
function contentFolder(rule: FolderRule, schema: z.ZodType, checkEntries?: EntriesCheck): Loader {
  const pattern = rule.extensions.length === 1 ? `**/*${rule.extensions[0]}` : `**/*{${rule.extensions.join(',')}}`;
  const inner = glob({ base: `./${rule.folder}`, pattern });
  return {
    name: 'ltc-content-folder',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const inProject = (file: string) => relative(root, file).split('\\').join('/');
      assertContentFolder(rule, root);
      const parseData: typeof context.parseData = async (entry) => {
        // Astro's message names the collection, not the file: parse again to say which field of which file.
        const result = await schema.safeParseAsync(entry.data, { reportInput: true });
        if (!result.success) {
          throw contentError(
            formatSchemaIssues(inProject(entry.filePath ?? entry.id), result.error.issues),
            entry.filePath,
          );
        }
        return context.parseData(entry);
      };
      try {
        await inner.load({ ...context, parseData });
      } catch (error) {
        if (isYamlError(error) && error.loc?.file) {
          throw contentError(formatYamlError(inProject(error.loc.file), error), error.loc.file, error.loc.line);
        }
        throw error;
      }
      // Rules across entries (unique order, downloads that exist) run here too, so they are
      // reported with the other content mistakes, before the pages are built.
      checkEntries?.(
        context.store
          .values()
          .map((entry) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data })),
        root,
      );
      if (rule.extensions.includes('.mdx')) {
        const files = listFiles(join(root, rule.folder)).map((file) => join(root, rule.folder, file));
        const problems = await checkMdxFiles(context.config.markdown.processor, root, files);
        const [first] = problems;
        if (first) throw contentError(problems.map((problem) => problem.message).join('\n'), first.path);
      }
    },
  };
}

/** Two entries with one order would be ordered silently by file name: stop, naming both files. */
function assertUniqueOrder(entries: Parameters<EntriesCheck>[0], what: string): void {
  sortByOrder(
    entries.map((entry) => ({ ...entry, data: { order: Number(entry.data['order']) } })),
    what,
  );
}

/** An error whose location is the editor's file, so Astro's "Location:" points there, not here. */
function contentError(message: string, file: string | undefined, line = 1): Error {
  return Object.assign(new Error(message), { loc: { file, line, column: 1 } });
}

export const collections = {
  overview: defineCollection({
    loader: contentFolder(
      { folder: 'content/overview', extensions: ['.mdx'], entryName: 'overview page' },
      overviewSchema,
    ),
    schema: overviewSchema,
  }),
  phases: defineCollection({
    loader: contentFolder(
      { folder: 'content/phases', extensions: ['.mdx'], entryName: 'phase page' },
      phaseSchema,
      (entries) => assertUniqueOrder(entries, 'phase'),
    ),
    schema: phaseSchema,
  }),
  resources: defineCollection({
    loader: contentFolder(
      { folder: 'content/resources', extensions: ['.yaml', '.yml'], entryName: 'resource card' },
      resourceSchema,
      (entries, root) => {
        assertUniqueOrder(entries, 'resource card');
        for (const entry of entries)
          resolveResourceLink(String(entry.data['href']), join(root, 'public'), entry.filePath);
      },
    ),
    schema: resourceSchema,
  }),
  site: defineCollection({
    loader: contentFolder(
      { folder: 'content/site', extensions: ['.yaml', '.yml'], entryName: 'settings file' },
      settingsSchema,
    ),
    schema: settingsSchema,
  }),
};

import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { assertContentFolder, type FolderRule } from './lib/content-folder';
import { overviewSchema } from './schemas/overview';
import { phaseSchema } from './schemas/phase';
import { resourceSchema } from './schemas/resource';
import { settingsSchema } from './schemas/settings';

/*
 * The contract with editors: every folder under content/ is one collection, every file in it
 * one entry, and every entry is checked against its schema when the site is built.
 */

/** A glob loader that first checks the folder: present, not empty, no file it would skip. */
function contentFolder(rule: FolderRule): Loader {
  const pattern = rule.extensions.length === 1 ? `**/*${rule.extensions[0]}` : `**/*{${rule.extensions.join(',')}}`;
  const inner = glob({ base: `./${rule.folder}`, pattern });
  return {
    name: 'ltc-content-folder',
    load: async (context) => {
      assertContentFolder(rule, fileURLToPath(context.config.root));
      await inner.load(context);
    },
  };
}

export const collections = {
  overview: defineCollection({
    loader: contentFolder({ folder: 'content/overview', extensions: ['.mdx'], entryName: 'overview page' }),
    schema: overviewSchema,
  }),
  phases: defineCollection({
    loader: contentFolder({ folder: 'content/phases', extensions: ['.mdx'], entryName: 'phase page' }),
    schema: phaseSchema,
  }),
  resources: defineCollection({
    loader: contentFolder({ folder: 'content/resources', extensions: ['.yaml', '.yml'], entryName: 'resource card' }),
    schema: resourceSchema,
  }),
  site: defineCollection({
    loader: contentFolder({ folder: 'content/site', extensions: ['.yaml', '.yml'], entryName: 'settings file' }),
    schema: settingsSchema,
  }),
};

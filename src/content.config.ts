import { defineCollection } from 'astro:content';
import { resolveLink, uniqueOrder } from './content-checks/entry-rules';
import { contentFolder } from './content-checks/loader';
import { overviewSchema } from './schemas/overview';
import { phaseSchema } from './schemas/phase';
import { resourceSchema } from './schemas/resource';
import { settingsSchema } from './schemas/settings';

/*
 * The contract with editors: every folder under content/ is one collection, every file in it
 * one entry, and every entry is checked against its schema when the site is built. The loader
 * (src/content-checks/loader.ts) checks each folder, then its files, then the rules across them.
 */

export const collections = {
  overview: defineCollection({
    loader: contentFolder({
      folder: 'content/overview',
      extensions: ['.mdx'],
      entryName: 'overview page',
      exactlyOne: true,
      schema: overviewSchema,
    }),
  }),
  phases: defineCollection({
    loader: contentFolder({
      folder: 'content/phases',
      extensions: ['.mdx'],
      entryName: 'phase page',
      namesAreAddresses: true,
      schema: phaseSchema,
      checkEntries: (entries, root) => uniqueOrder(entries, 'phase', root),
    }),
  }),
  resources: defineCollection({
    loader: contentFolder({
      folder: 'content/resources',
      extensions: ['.yaml', '.yml'],
      entryName: 'resource card',
      schema: resourceSchema,
      checkEntries: (entries, root) => uniqueOrder(entries, 'resource card', root),
      resolve: resolveLink,
    }),
  }),
  site: defineCollection({
    loader: contentFolder({
      folder: 'content/site',
      extensions: ['.yaml', '.yml'],
      entryName: 'settings file',
      exactlyOne: true,
      schema: settingsSchema,
    }),
  }),
};

import { defineCollection } from 'astro:content';
import { resolveLink, uniqueLabels, uniqueOrder } from './content-checks/entry-rules';
import { contentFolder } from './content-checks/loader';
import { readEntries } from './content-checks/read-entries';
import { overviewSchema } from './schemas/overview';
import { phaseSchema } from './schemas/phase';
import { resourceSchema } from './schemas/resource';
import { settingsSchema } from './schemas/settings';

/*
 * The contract with editors: every folder under content/ is one collection, every file in it
 * one entry, and every entry is checked against its schema when the site is built. The loader
 * (src/content-checks/loader.ts) checks each folder, then its files, then the rules across them.
 * The overview and the phases share the navigation, so the phases' rules read the overview's label.
 */

const OVERVIEW = { folder: 'content/overview', extensions: ['.mdx'], schema: overviewSchema };
const PHASES = { folder: 'content/phases', extensions: ['.mdx'], schema: phaseSchema };

/** The valid entries of a folder that is not the loader's own. */
const entriesOf = (folder: typeof OVERVIEW | typeof PHASES, root: string) =>
  readEntries(root, folder.folder, folder.schema);

export const collections = {
  overview: defineCollection({
    loader: contentFolder({
      ...OVERVIEW,
      entryName: 'overview page',
      exactlyOne: true,
      // The phases' loader reports a clash in a build; this shows one saved in the overview under `astro dev`.
      checkSaved: (entries, root) => uniqueLabels(entries, entriesOf(PHASES, root), root),
    }),
  }),
  phases: defineCollection({
    loader: contentFolder({
      ...PHASES,
      entryName: 'phase page',
      namesAreAddresses: true,
      checkEntries: (entries, root) => [
        ...uniqueOrder(entries, 'phase', root),
        ...uniqueLabels(entries, entriesOf(OVERVIEW, root), root),
      ],
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

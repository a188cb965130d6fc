import { overviewSchema } from '../schemas/overview.ts';
import { phaseSchema } from '../schemas/phase.ts';
import { resourceSchema } from '../schemas/resource.ts';
import { settingsSchema } from '../schemas/settings.ts';
import type { ContentProblem } from './entry-errors.ts';
import { resolveLink, uniqueLabels, type StoredEntry } from './entry-rules.ts';
import { validEntries, type ContentFolder } from './read-folder.ts';

/* The four folders of content/: the overview and the phases share the navigation, so the phases' loader compares their labels. */

export const OVERVIEW = {
  folder: 'content/overview',
  extensions: ['.mdx'],
  entryName: 'overview page',
  exactlyOne: true,
  schema: overviewSchema,
} satisfies ContentFolder;

export const PHASES = {
  folder: 'content/phases',
  extensions: ['.mdx'],
  entryName: 'phase page',
  namesAreAddresses: true,
  schema: phaseSchema,
  checkEntries: (entries: StoredEntry[], root: string): ContentProblem[] =>
    uniqueLabels(entries, validEntries(root, OVERVIEW).entries),
} satisfies ContentFolder;

export const RESOURCES = {
  folder: 'content/resources',
  extensions: ['.yaml', '.yml'],
  entryName: 'resource card',
  schema: resourceSchema,
  resolve: resolveLink,
} satisfies ContentFolder;

export const SITE = {
  folder: 'content/site',
  extensions: ['.yaml', '.yml'],
  entryName: 'settings file',
  exactlyOne: true,
  schema: settingsSchema,
} satisfies ContentFolder;

export const FOLDERS = { overview: OVERVIEW, phases: PHASES, resources: RESOURCES, site: SITE };

import { getCollection, type CollectionEntry } from 'astro:content';
import { inOrder } from '../content-checks/order';
import type { SiteEntries } from './page-data';

/*
 * Reads the collections for the pages. The content loader (src/content.config.ts) has checked
 * every rule and resolved every link when the pages are built: the pages trust the entries.
 */

/** The folder of each collection that holds exactly one file. */
const ONLY_FILE = { site: 'content/site/', overview: 'content/overview/' } as const;

/**
 * The entry of a folder that holds exactly one file: the loader refuses a build without it, and
 * under `astro dev` keeps the last one when its file is deleted (keepLastEntry in loader.ts).
 * Should an entry still be missing, the page stops with the folder's name rather than reading
 * a field of undefined.
 */
async function onlyEntry<C extends keyof typeof ONLY_FILE>(collection: C): Promise<CollectionEntry<C>> {
  const [entry] = await getCollection(collection);
  // Not reached by an editor's mistake (the loader stops first), so the guide does not quote it.
  if (entry === undefined)
    throw new Error(
      `${ONLY_FILE[collection]} has no file, so the pages have nothing to show: put the folder's file back (see "A content folder is empty or missing" in docs/editing.md).`,
    );
  return entry;
}

/** Every collection, phases and cards in their order, with the site's root URL; the full entries, for render(). */
export async function readSite() {
  const [settings, overview, phases, resources] = await Promise.all([
    onlyEntry('site'),
    onlyEntry('overview'),
    getCollection('phases'),
    getCollection('resources'),
  ]);
  return {
    root: new URL(import.meta.env.BASE_URL, import.meta.env.SITE),
    settings: settings.data,
    overview,
    phases: inOrder(phases),
    resources: inOrder(resources),
  } satisfies SiteEntries;
}

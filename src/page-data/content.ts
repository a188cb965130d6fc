import { getCollection, type CollectionEntry } from 'astro:content';
import { siteEntries } from './page-data';

/** The entry of a folder of one file; the loader keeps it, so a missing one is no editor's mistake. */
async function onlyEntry<C extends 'site' | 'overview'>(collection: C): Promise<CollectionEntry<C>> {
  const [entry] = await getCollection(collection);
  if (entry) return entry;
  throw new Error(
    `content/${collection}/ has no file, so the pages have nothing to show: put the folder's file back (see "A content folder is empty or missing" in docs/editing.md).`,
  );
}

/**
 * The collections for the pages, phases and cards in order: the loader has checked them. `site` is
 * Astro.site: import.meta.env.SITE would take a SITE variable of the environment.
 */
export async function readSite(site: URL | undefined) {
  const [settings, overview, phases, resources] = await Promise.all([
    onlyEntry('site'),
    onlyEntry('overview'),
    getCollection('phases'),
    getCollection('resources'),
  ]);
  const root = new URL(import.meta.env.BASE_URL, site);
  return siteEntries({ root, settings: settings.data, overview, phases, resources });
}

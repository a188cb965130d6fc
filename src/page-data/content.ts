import { getCollection, type CollectionEntry } from 'astro:content';
import { inOrder } from '../content-checks/order';
import type { SiteEntries } from './page-data';

/**
 * The entry of a folder that holds exactly one file. The loader refuses a build without it and,
 * under `astro dev`, keeps the last one when its file is deleted (keepLastEntry in loader.ts); should
 * it still be missing, the page names the folder rather than reading a field of undefined.
 */
async function onlyEntry<C extends 'site' | 'overview'>(collection: C): Promise<CollectionEntry<C>> {
  const [entry] = await getCollection(collection);
  if (entry) return entry;
  // Not reached by an editor's mistake (the loader stops first), so the guide does not quote it.
  throw new Error(
    `content/${collection}/ has no file, so the pages have nothing to show: put the folder's file back (see "A content folder is empty or missing" in docs/editing.md).`,
  );
}

/**
 * Reads the collections for the pages: whole entries (a page renders its own), phases and cards in
 * their order. The content loader has checked every rule and resolved every link: the pages trust them.
 * `site` is Astro.site (SITE_URL); import.meta.env.SITE would take a SITE variable of the environment.
 */
export async function readSite(site: URL | undefined) {
  const [settings, overview, phases, resources] = await Promise.all([
    onlyEntry('site'),
    onlyEntry('overview'),
    getCollection('phases'),
    getCollection('resources'),
  ]);
  const root = new URL(import.meta.env.BASE_URL, site);
  return {
    root,
    settings: settings.data,
    overview,
    phases: inOrder(phases),
    resources: inOrder(resources),
  } satisfies SiteEntries;
}

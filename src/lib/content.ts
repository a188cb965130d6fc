import { getCollection, type CollectionEntry } from 'astro:content';
import { resolveResourceLink, type ResolvedLink } from './downloads';
import { sortByOrder, sortPhases } from './phases';

/*
 * Reads the collections for the pages and enforces the rules that span entries (one settings
 * file, one overview, unique phase order). Each rule throws a message naming the files.
 */

export type Phase = CollectionEntry<'phases'>;
export type Resource = CollectionEntry<'resources'> & { link: ResolvedLink };

/** The project's public/ folder, where /downloads/ files live (set in astro.config.mjs). */
const PUBLIC_DIR = __LTC_PUBLIC_DIR__;

async function single<C extends 'site' | 'overview'>(collection: C, folder: string): Promise<CollectionEntry<C>> {
  const entries = await getCollection(collection);
  const [entry, ...extra] = entries;
  if (!entry || extra.length > 0) {
    const files = entries.map((e) => e.filePath).join(', ');
    throw new Error(
      `${folder}/ must hold exactly one file, but it holds ${entries.length}${files ? `: ${files}` : ''}.`,
    );
  }
  return entry;
}

/** The site-wide settings from content/site/. */
export async function getSettings() {
  return (await single('site', 'content/site')).data;
}

/** The overview page from content/overview/. */
export async function getOverview() {
  return single('overview', 'content/overview');
}

let sortedPhases: Promise<Phase[]> | undefined;

/**
 * The phases in their order; throws when two share an order. Every page lists the phases, so a
 * build sorts them once; `astro dev` reads them afresh so that an edit shows without a restart.
 */
export async function getPhases(): Promise<Phase[]> {
  if (import.meta.env.DEV) return sortPhases(await getCollection('phases'));
  sortedPhases ??= getCollection('phases').then(sortPhases);
  return sortedPhases;
}

/** The resource cards in their order, with their links checked and described. */
export async function getResources(): Promise<Resource[]> {
  const entries = await getCollection('resources');
  return sortByOrder(entries, 'resource card').map((entry) => ({
    ...entry,
    link: resolveResourceLink(entry.data.href, PUBLIC_DIR, entry.filePath ?? `content/resources/${entry.id}`),
  }));
}

import { getCollection, type CollectionEntry } from 'astro:content';
import { inOrder } from '../content-checks/order';

/*
 * Reads the collections for the pages. The content loader (src/content.config.ts) has checked
 * every rule and resolved every link when the pages are built: the pages trust the entries.
 */

export type Phase = CollectionEntry<'phases'>;
export type Resource = CollectionEntry<'resources'>;

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

/** The site-wide settings from content/site/. */
export async function getSettings() {
  return (await onlyEntry('site')).data;
}

/** The overview page from content/overview/. */
export async function getOverview() {
  return onlyEntry('overview');
}

let sortedPhases: Promise<Phase[]> | undefined;

/**
 * The phases in their order. Every page lists the phases, so a build sorts them once; `astro dev`
 * reads them afresh so that an edit shows without a restart.
 */
export async function getPhases(): Promise<Phase[]> {
  if (import.meta.env.DEV) return inOrder(await getCollection('phases'));
  sortedPhases ??= getCollection('phases').then(inOrder);
  return sortedPhases;
}

/** The resource cards in their order, each with its link as the loader resolved it. */
export async function getResources(): Promise<Resource[]> {
  return inOrder(await getCollection('resources'));
}

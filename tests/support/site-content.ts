import { join } from 'node:path';
import { listFiles } from '../../src/content-checks/content-folder.ts';
import type { StoredEntry } from '../../src/content-checks/entry-rules.ts';
import { OVERVIEW, PHASES, RESOURCES, SITE } from '../../src/content-checks/folders.ts';
import { readFolder, type ContentFolder } from '../../src/content-checks/read-folder.ts';
import { siteEntries, type SiteEntries } from '../../src/page-data/page-data.ts';

export { readFields } from '../../src/content-checks/read-folder.ts';

/*
 * What the pages of a site are built from, read by the build's own reader (read-folder.ts): the
 * same parsers, schemas (defaults filled in), rules and download check. Tests take their expected
 * values from here, never from today's wording, so an editor's change cannot break them.
 */

/** The files of one content folder, sorted, without hidden files. */
export function contentFiles(dir: string, folder: string): string[] {
  // The build's own listing: no hidden file, and not the pictures of images/.
  return listFiles(join(dir, 'content', folder)).map((name) => join(dir, 'content', folder, name));
}

/** A folder's entries; throws with the build's message when it has a mistake. */
function entriesOf(dir: string, folder: ContentFolder): StoredEntry[] {
  const { entries, problems } = readFolder(dir, folder);
  if (problems.length > 0) throw new Error(problems.map((problem) => problem.message).join('\n'));
  return entries;
}

/** Reads the content of a site whose folder holds content/ and public/: the entries the pages get, phases and cards in order. */
export function readSiteContent(dir: string) {
  const [settings, overview, phases, resources] = [SITE, OVERVIEW, PHASES, RESOURCES].map((folder) =>
    entriesOf(dir, folder),
  );
  return siteEntries({
    settings: settings![0]!.data,
    overview: overview![0],
    phases,
    resources,
  } as unknown as SiteContent);
}

export type SiteContent = Omit<SiteEntries, 'root'>;
/** A phase: its id is its file name without .mdx, the page's address /id/. */
export type PhaseEntry = SiteContent['phases'][number];

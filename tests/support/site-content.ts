import { join } from 'node:path';
import { listFiles } from '../../src/content-checks/content-folder.ts';
import { OVERVIEW, PHASES, RESOURCES, SITE } from '../../src/content-checks/folders.ts';
import { readFolder } from '../../src/content-checks/read-folder.ts';
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

/** Reads the content of a site whose folder holds content/ and public/: the entries the pages get, phases and cards in order. */
export function readSiteContent(dir: string) {
  const [settings, overview, phases, resources] = [SITE, OVERVIEW, PHASES, RESOURCES].map((folder) => {
    const { entries, problems } = readFolder(dir, folder);
    // A folder with a mistake: the build's message.
    if (problems.length > 0) throw new Error(problems.map((problem) => problem.message).join('\n'));
    return entries;
  });
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

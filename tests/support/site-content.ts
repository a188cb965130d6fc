import { join } from 'node:path';
import { listFiles } from '../../src/content-checks/content-folder.ts';
import type { ResolvedLink } from '../../src/content-checks/downloads.ts';
import type { StoredEntry } from '../../src/content-checks/entry-rules.ts';
import { OVERVIEW, PHASES, RESOURCES, SITE } from '../../src/content-checks/folders.ts';
import { cardsInOrder, phasesInOrder } from '../../src/content-checks/order.ts';
import { readFolder, type ContentFolder } from '../../src/content-checks/read-folder.ts';
import type { OverviewData } from '../../src/schemas/overview.ts';
import type { PhaseData } from '../../src/schemas/phase.ts';
import type { ResourceData } from '../../src/schemas/resource.ts';
import type { SettingsData } from '../../src/schemas/settings.ts';

export { readFields } from '../../src/content-checks/read-folder.ts';

/*
 * What the pages of a site are built from, read by the build's own reader (read-folder.ts): the
 * same parsers, schemas (defaults filled in), rules and download check. Tests take their expected
 * values from here, never from today's wording, so an editor's change cannot break them.
 */

export interface PhaseEntry {
  /** The file name without .mdx: the page's address, /id/. */
  id: string;
  data: PhaseData;
}

export interface ResourceEntry {
  id: string;
  data: ResourceData;
  link: ResolvedLink;
}

export interface SiteContent {
  settings: SettingsData;
  overview: OverviewData;
  /** In their order. */
  phases: PhaseEntry[];
  /** In their order. */
  resources: ResourceEntry[];
}

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

/** Reads the content of a site whose folder holds content/ and public/. */
export function readSiteContent(dir: string): SiteContent {
  const [settings] = entriesOf(dir, SITE);
  const [overview] = entriesOf(dir, OVERVIEW);
  return {
    settings: settings!.data as SettingsData,
    overview: overview!.data as OverviewData,
    phases: phasesInOrder(entriesOf(dir, PHASES) as unknown as PhaseEntry[]),
    resources: cardsInOrder(
      entriesOf(dir, RESOURCES).map(({ id, data: { link, ...data } }) => ({
        id,
        data: data as ResourceData,
        link: link as ResolvedLink,
      })),
    ),
  };
}

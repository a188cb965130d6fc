import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';
import { resolveResourceLink, type ResolvedLink } from '../../src/content-checks/downloads.ts';
import { sortByOrder } from '../../src/content-checks/order.ts';
import { overviewSchema, type OverviewData } from '../../src/schemas/overview.ts';
import { phaseSchema, type PhaseData } from '../../src/schemas/phase.ts';
import { resourceSchema, type ResourceData } from '../../src/schemas/resource.ts';
import { settingsSchema, type SettingsData } from '../../src/schemas/settings.ts';

/*
 * What the pages of a site are built from, read the way the build reads it: the same schemas
 * (defaults filled in), the same ordering and the same download check. Tests take their expected
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

/** The fields of a YAML file, or of an MDX file's frontmatter. */
export function readFields(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  if (extname(file) !== '.mdx') return parse(text);
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match?.[1]) throw new Error(`${file} has no frontmatter`);
  return parse(match[1]);
}

/** The files of one content folder, sorted, without hidden files. */
export function contentFiles(dir: string, folder: string): string[] {
  return readdirSync(join(dir, 'content', folder))
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => join(dir, 'content', folder, name));
}

function only(files: string[], folder: string): string {
  const [file, ...extra] = files;
  if (!file || extra.length > 0) throw new Error(`content/${folder}/ must hold exactly one file`);
  return file;
}

const entryId = (file: string) => basename(file, extname(file));

/** Reads the content of a site whose folder holds content/ and public/ (the project by default). */
export function readSiteContent(dir: string): SiteContent {
  const phases = contentFiles(dir, 'phases').map((file) => ({
    id: entryId(file),
    filePath: file,
    data: phaseSchema.parse(readFields(file)),
  }));
  const resources = contentFiles(dir, 'resources').map((file) => {
    const data = resourceSchema.parse(readFields(file));
    return { id: entryId(file), filePath: file, data, link: resolveResourceLink(data.href, join(dir, 'public'), file) };
  });
  return {
    settings: settingsSchema.parse(readFields(only(contentFiles(dir, 'site'), 'site'))),
    overview: overviewSchema.parse(readFields(only(contentFiles(dir, 'overview'), 'overview'))),
    phases: sortByOrder(phases, 'phase'),
    resources: sortByOrder(resources, 'resource card'),
  };
}

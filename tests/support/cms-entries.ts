import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cmsCollections } from '../../src/cms/collections.ts';
import type { CmsField } from '../../src/cms/form-fields.ts';
import { FIXTURE_SITE_NAME, ROOT } from './temp-site.ts';

/** The two content sets: the real one and the fixture (tests/support/sites.ts). */
export const CONTENT_ROOTS = [
  { name: 'content/', root: ROOT },
  { name: FIXTURE_SITE_NAME, root: join(ROOT, 'tests', 'fixtures', FIXTURE_SITE_NAME) },
];

/** One file the CMS edits, with the form that edits it. */
export interface CmsEntry {
  collection: string;
  /** Absolute path. */
  file: string;
  fields: CmsField[];
  format: 'yaml' | 'yaml-frontmatter';
}

/** Every file of a content set that the CMS configuration made for it can open. */
export function cmsEntries(root: string): CmsEntry[] {
  return cmsCollections(root).flatMap((collection) => {
    const files = collection.files as { file: string; fields: CmsField[]; format: CmsEntry['format'] }[] | undefined;
    if (files) {
      return files.map((file) => ({ collection: collection.name, ...file, file: join(root, file.file) }));
    }
    const folder = join(root, collection.folder as string);
    return readdirSync(folder)
      .filter((name) => name.endsWith(`.${collection.extension as string}`))
      .sort()
      .map((name) => ({
        collection: collection.name,
        file: join(folder, name),
        fields: collection.fields as CmsField[],
        format: collection.format as CmsEntry['format'],
      }));
  });
}

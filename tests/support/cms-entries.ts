import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Field } from '@sveltia/cms';
import { cmsCollections } from '../../src/cms/collections.ts';
import type { FormField } from '../../src/cms/form-fields.ts';

/** Every file of a content set that the CMS configuration made for it can open, with the form that edits it. */
export function cmsEntries(root: string) {
  return cmsCollections(root).flatMap((collection) => {
    const entry = (file: string, fields: Field[]) => ({
      collection: collection.name,
      file,
      fields: fields as FormField[],
    });
    if ('files' in collection) return collection.files.map((file) => entry(join(root, file.file), file.fields));
    const folder = join(root, collection.folder);
    return readdirSync(folder)
      .filter((name) => name.endsWith(`.${collection.extension}`))
      .sort()
      .map((name) => entry(join(folder, name), collection.fields));
  });
}

/** One file the CMS edits (its absolute path), with the form that edits it. */
export type CmsEntry = ReturnType<typeof cmsEntries>[number];

/** Every text a value holds, at any depth: the texts of a file's fields, or of a new value. */
export const textsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value ? Object.values(value).flatMap(textsIn) : [];

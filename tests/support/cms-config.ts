import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Collection } from '@sveltia/cms';
import { parse } from 'yaml';
import type { FormField } from '../../src/cms/form-fields.ts';

/*
 * The CMS configuration as the built admin serves it (dist/admin/config.yml, generated from the
 * schemas by src/cms/config.ts). The browser tests find fields by the labels written there and
 * expect the messages written there, so they follow the generator rather than repeat it.
 */

/** Every field of a form by the name the editing guide uses: years.start, partners[].name. */
export function formPaths(fields: FormField[], prefix = ''): Map<string, FormField> {
  const paths = new Map<string, FormField>();
  for (const field of fields) {
    const path = prefix + field.name;
    paths.set(path, field);
    const inner = field.widget === 'list' ? `${path}[].` : `${path}.`;
    if ('fields' in field) for (const entry of formPaths(field.fields as FormField[], inner)) paths.set(...entry);
  }
  return paths;
}

/** The configuration the built admin at dir/dist/admin/ loads. */
export class CmsConfig {
  readonly collections: Collection[];

  constructor(distDir: string) {
    const file = join(distDir, 'admin', 'config.yml');
    this.collections = (parse(readFileSync(file, 'utf8')) as { collections: Collection[] }).collections;
  }

  /** A collection by its name (overview, phases, resources, site). */
  collection(name: string): Collection {
    const found = this.collections.find((collection) => collection.name === name);
    if (!found) throw new Error(`the CMS configuration has no collection "${name}"`);
    return found;
  }

  /** A field by its path (of a files collection's first file): years.start, partners[].name. */
  field(collection: string, path: string): FormField {
    const found = this.collection(collection);
    const field = formPaths(('files' in found ? found.files[0]!.fields : found.fields) as FormField[]).get(path);
    if (!field) throw new Error(`the CMS collection "${collection}" has no field ${path}`);
    return field;
  }

  label(collection: string, path: string): string {
    return this.field(collection, path).label!;
  }

  /** The message a field's pattern shows for a value it refuses. */
  patternMessage(collection: string, path: string): string {
    const field = this.field(collection, path);
    if (!('pattern' in field && field.pattern)) throw new Error(`the CMS field ${collection}.${path} has no pattern`);
    return field.pattern[1];
  }
}

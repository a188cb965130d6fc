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

  /** A field by its path from the collection (a files collection's first file): ['years', 'start']. */
  field(collection: string, ...path: string[]): FormField {
    const found = this.collection(collection);
    let current = ('files' in found ? (found.files[0]?.fields ?? []) : found.fields) as FormField[];
    let field: FormField | undefined;
    for (const name of path) {
      field = current.find((candidate) => candidate.name === name);
      if (!field) throw new Error(`the CMS collection "${collection}" has no field ${path.join('.')}`);
      current = 'fields' in field ? (field.fields as FormField[]) : [];
    }
    return field!;
  }

  label(collection: string, ...path: string[]): string {
    return this.field(collection, ...path).label ?? path.at(-1)!;
  }

  /** The message a field's pattern shows for a value it refuses. */
  patternMessage(collection: string, ...path: string[]): string {
    const field = this.field(collection, ...path);
    if (!('pattern' in field && field.pattern))
      throw new Error(`the CMS field ${collection}.${path.join('.')} has no pattern`);
    return field.pattern[1];
  }
}

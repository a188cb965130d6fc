import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CmsField } from '../../src/cms/form-fields.ts';

/*
 * The CMS configuration as the built admin serves it (dist/admin/config.yml, generated from the
 * schemas by src/cms/config.ts). The browser tests find fields by the labels written there and
 * expect the messages written there, so they follow the generator rather than repeat it.
 */

/** A collection: a folder of entries, or a list of single files. */
export interface CmsCollection {
  name: string;
  label: string;
  identifier_field?: string;
  folder?: string;
  fields?: CmsField[];
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
}

/** The configuration the built admin at dir/dist/admin/ loads. */
export class CmsConfig {
  readonly collections: CmsCollection[];

  constructor(distDir: string) {
    const file = join(distDir, 'admin', 'config.yml');
    this.collections = (parse(readFileSync(file, 'utf8')) as { collections: CmsCollection[] }).collections;
  }

  /** A collection by its name (overview, phases, resources, site). */
  collection(name: string): CmsCollection {
    const found = this.collections.find((collection) => collection.name === name);
    if (!found) throw new Error(`the CMS configuration has no collection "${name}"`);
    return found;
  }

  /** A field by its path from the collection (a files collection's first file): ['years', 'start']. */
  field(collection: string, ...path: string[]): CmsField {
    const { fields, files } = this.collection(collection);
    let current: CmsField[] = fields ?? files?.[0]?.fields ?? [];
    let found: CmsField | undefined;
    for (const name of path) {
      found = current.find((field) => field.name === name);
      if (!found) throw new Error(`the CMS collection "${collection}" has no field ${path.join('.')}`);
      current = found.fields ?? [];
    }
    return found!;
  }

  label(collection: string, ...path: string[]): string {
    return this.field(collection, ...path).label;
  }

  /** The message a field's pattern shows for a value it refuses. */
  patternMessage(collection: string, ...path: string[]): string {
    const pattern = this.field(collection, ...path).pattern;
    if (!pattern) throw new Error(`the CMS field ${collection}.${path.join('.')} has no pattern`);
    return pattern[1];
  }
}

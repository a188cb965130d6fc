import { extname } from 'node:path';
import { parse, stringify } from 'yaml';
import { YAML_OUTPUT } from '../../src/cms/config';
import type { FormField } from '../../src/cms/form-fields';
import { splitFile } from '../../src/content-checks/read-folder';
import type { CmsEntry } from './cms-entries';

/*
 * What Sveltia CMS writes when an editor opens an entry and saves it, in Node: the steps of its
 * save path (@sveltia/cms 0.221.1: src/lib/services/contents/file/parse.js, draft/save/changes.js,
 * draft/save/serialize.js and file/format.js), so that a unit test can hold the CMS's saves to
 * changing only what the editor changed. The browser test of the admin checks the same in Sveltia itself.
 */

/** Sveltia's formatYAML with the configuration's output.yaml options. */
export function cmsYaml(value: unknown): string {
  return stringify(value, null, {
    indent: YAML_OUTPUT.indent_size,
    indentSeq: YAML_OUTPUT.indent_sequences,
    lineWidth: 0,
    defaultKeyType: 'PLAIN',
    defaultStringType: 'PLAIN',
    singleQuote: true,
  }).trim();
}

/** Nothing, an empty text, or an empty list or group (an object without keys). */
const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (typeof value === 'object' && !Object.keys(value).length);

/** The values in the order of the form's fields, trimmed, with empty optional fields left out. */
function arrange(value: Record<string, unknown>, fields: FormField[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (!(field.name in value)) continue;
    let item = value[field.name];
    if (typeof item === 'string') item = item.trim();
    // A group's keys and those of a list's items take the order of their own fields.
    if ('fields' in field && typeof item === 'object' && item !== null) {
      const inner = field.fields as FormField[];
      item = Array.isArray(item)
        ? item.map((entry: unknown) => arrange(entry as Record<string, unknown>, inner))
        : arrange(item as Record<string, unknown>, inner);
    }
    if (!field.required && isEmpty(item)) continue;
    out[field.name] = item;
  }
  // Keys the form does not know are kept after the known ones, as Sveltia keeps them.
  for (const key of Object.keys(value)) if (!(key in out) && !fields.some((f) => f.name === key)) out[key] = value[key];
  return out;
}

/** The text Sveltia writes for a file the CMS edits, opened, its fields set to `changes`, and saved. */
export function cmsResave(
  text: string,
  { file, fields }: Pick<CmsEntry, 'file' | 'fields'>,
  changes: Record<string, unknown> = {},
): string {
  // The fields and the MDX text as the build splits them (arrange trims the text, as Sveltia does).
  const { yaml, body } = splitFile(file, text.trim().replace(/\r\n?/g, '\n'));
  const page = extname(file) === '.mdx';
  const saved = arrange({ ...(parse(yaml) as object), ...(page ? { body } : {}), ...changes }, fields);
  if (!page) return `${cmsYaml(saved)}\n`;
  const { body: after, ...head } = saved;
  return `---\n${cmsYaml(head)}\n---\n${typeof after === 'string' && after ? `\n${after}\n` : ''}`;
}

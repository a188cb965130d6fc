import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { FormField } from '../../src/cms/form-fields.ts';
import { cmsEntries } from './cms-entries.ts';
import { ROOT } from './temp-site.ts';

/*
 * The field tables of docs/editing.md, written from the fields of the CMS forms (src/cms/collections.ts,
 * made from the schemas): the same names, labels, hints and required fields, so that the guide and
 * the form say the same. Each table stands between `<!-- fields:phases -->` (the collection's name)
 * and `<!-- /fields -->`; the prose around it is the guide's own. `npm run docs:fields` rewrites them;
 * tests/unit/editing-guide.test.ts fails while the guide differs.
 */

export const GUIDE = new URL('../../docs/editing.md', import.meta.url);

/** A "## " section of the guide, failing when the guide no longer has it. */
export function guideSection(heading: string): string {
  const guide = readFileSync(GUIDE, 'utf8');
  const start = guide.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`docs/editing.md has no "## ${heading}" section`);
  const end = guide.indexOf('\n## ', start + 1);
  return guide.slice(start, end === -1 ? undefined : end);
}

const TABLE = /(<!-- fields:([\w-]+) -->\n)[\s\S]*?(\n<!-- \/fields -->)/g;

/** Where a field is: at the top, in each item of a list ("partner"), or in a group that may be left out ("source"). */
type Within = { list?: string; optionalGroup?: string };

function required(field: FormField, within: Within): string {
  if (!field.required) return 'optional';
  if (field.widget === 'list' && (field.min ?? 0) > 0) return 'required (at least one)';
  if (within.list) return `required in each ${within.list}`;
  if (within.optionalGroup) return `required when \`${within.optionalGroup}\` is given`;
  return 'required';
}

/** One row per field and per field inside it, in the form's order. */
function rows(fields: readonly FormField[], prefix: string, within: Within): string[][] {
  return fields.flatMap((field) => {
    const name = `${prefix}${field.name}`;
    const row = [`\`${name}\``, field.label ?? '', required(field, within), field.hint ?? ''];
    if (!('fields' in field) || !field.fields) return [row];
    const inside = field.fields as FormField[];
    if (field.widget === 'list') return [row, ...rows(inside, `${name}[].`, { list: field.name.replace(/s$/, '') })];
    return [row, ...rows(inside, `${name}.`, field.required ? within : { optionalGroup: name })];
  });
}

const HEADINGS = ['Field', 'Label in the form', 'Required?', 'What it is for'];

/** The Markdown table of a form's fields (Prettier aligns it). */
function fieldTable(fields: readonly FormField[]): string {
  const lines = [HEADINGS, HEADINGS.map(() => '---'), ...rows(fields, '', {})];
  return lines.map((cells) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`).join('\n');
}

/** The guide's text with every field table written from its form, formatted as `npm run lint` expects. */
export async function withFieldTables(guide: string): Promise<string> {
  // The form fields of each collection by its name, without the MDX text.
  const forms = new Map(
    cmsEntries(ROOT).map(({ collection, fields }) => [collection, fields.filter((f) => f.widget !== 'markdown')]),
  );
  const missing = [...forms.keys()].filter((name) => !guide.includes(`<!-- fields:${name} -->`));
  if (missing.length > 0)
    throw new Error(`docs/editing.md has no table for ${missing.map((name) => `<!-- fields:${name} -->`).join(', ')}`);
  const text = guide.replace(TABLE, (_all, open: string, name: string, close: string) => {
    const fields = forms.get(name);
    if (!fields) throw new Error(`docs/editing.md: <!-- fields:${name} --> names no collection of the CMS`);
    return `${open}\n${fieldTable(fields)}\n${close}`;
  });
  const options = await resolveConfig(GUIDE);
  // The guide is Markdown: the Astro plugin of the config formats none of it, and loading it (the Astro
  // compiler) is most of this function's time.
  return format(text, { ...options, plugins: [], filepath: GUIDE.pathname });
}

if (import.meta.main) {
  writeFileSync(GUIDE, await withFieldTables(readFileSync(GUIDE, 'utf8')));
  console.log('docs/editing.md: field tables written from the CMS forms (src/schemas/).');
}

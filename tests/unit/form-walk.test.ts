import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import type { FormField } from '../../src/cms/form-fields';
import { CARD_ORDER, PHASE_ORDER } from '../../src/content-checks/order';
import { FOLDERS } from '../../src/content-checks/folders';
import { splitFile } from '../../src/content-checks/read-folder';
import { EMAIL_ADDRESS } from '../../src/lib/mailto';
import { spanOf, titleWithYears } from '../../src/lib/timeline';
import { notFoundPage, overviewPage, phasePage } from '../../src/page-data/page-data';
import { cmsEntries, textsIn, type CmsEntry } from '../support/cms-entries';
import { SITES } from '../support/sites';
import { checkSiteFolder, setFields } from '../support/mistakes';
import { readFields, readSiteContent } from '../support/site-content';
import { copyContentSet } from '../support/temp-site';

/*
 * The form promises that a value it accepts builds. For every field of every entry of both content
 * sets, as the generated CMS configuration describes them (src/cms/, so a new schema field is walked
 * without a word here), one plausible new value that the field's own form rules accept is written
 * to a copy of the content; every check the build runs then passes (checkSiteFolder, each folder), and
 * the new value is in the data the pages get. Values are made in order from a counter: deterministic.
 */

type Data = Record<string, unknown>;

/** One edit: a field of a file and its new value; its path is dotted (years.start, sources.1.title), or body for the MDX text. */
type FieldEdit = { entry: CmsEntry; path: string; value: unknown; field: FormField };

/** The fields of a group, or of each item of a list of groups. */
const inner = (field: FormField) => ('fields' in field ? (field.fields as FormField[]) : undefined);

/** The field of each item of a list: its one field, or a group of its fields. */
const itemField = (field: FormField): FormField =>
  'field' in field ? (field.field as FormField) : { name: field.name, widget: 'object', fields: inner(field)! };

let counter = 0;

/** True when the form takes the value: required, pattern, lengths, limits, options, list sizes. */
function accepts(field: FormField, value: unknown): boolean {
  const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  if (empty) return !field.required;
  switch (field.widget) {
    case 'number':
      return (
        Number.isInteger(value) && (field.min ?? -Infinity) <= Number(value) && Number(value) <= (field.max ?? Infinity)
      );
    case 'select':
      return (field.options as unknown[]).includes(value);
    case 'object':
      return inner(field)!.every((child) => accepts(child, (value as Data)[child.name]));
    case 'list': {
      const items = value as unknown[];
      const inRange = items.length >= (field.min ?? 0) && items.length <= (field.max ?? Infinity);
      return inRange && items.every((item) => accepts(itemField(field), item));
    }
    default: {
      // Sveltia checks the trimmed text (src/lib/services/contents/draft/validate/fields.js).
      const text = (value as string).trim();
      const pattern = field.pattern && new RegExp(field.pattern[0]);
      const { minlength = 0, maxlength = Infinity } = field as { minlength?: number; maxlength?: number };
      return (pattern?.test(text) ?? true) && text.length >= minlength && text.length <= maxlength;
    }
  }
}

/** The values to try for a field, from its current one (undefined: the field is absent), best first. */
function candidates(field: FormField, current: unknown, n: number): unknown[] {
  switch (field.widget) {
    case 'number': {
      const value = typeof current === 'number' ? current : (field.min ?? 1);
      // A year (its minimum is a year) one earlier; a count or a position one more.
      return (field.min ?? 0) > 1 ? [value - 1, value + 1] : [value + 1, value - 1];
    }
    case 'select':
      return (field.options as unknown[]).filter((option) => option !== current);
    case 'object':
      return [
        Object.fromEntries(
          inner(field)!.map((child) => [child.name, newValue(child, (current as Data)?.[child.name])]),
        ),
      ];
    case 'list': {
      // One more item, made from the last (or from nothing), each of its fields given a new value.
      const items = (current ?? []) as unknown[];
      return [[...items, newValue(itemField(field), items.at(-1))]];
    }
    case 'markdown':
      return [`${String(current).trimEnd()}\n\nForm walk ${n}: a new paragraph.\n`];
    default: {
      const text = typeof current === 'string' ? current : undefined;
      return [
        // A new address where there was one: in a sentence, or a whole web address.
        text?.replace(EMAIL_ADDRESS, `form-walk-${n}@example.org`),
        text?.startsWith('https://') ? `https://www.example.org/form-walk/${n}/` : undefined,
        text === undefined ? undefined : `${text} walked ${n}`,
        `Form walk ${n}`,
        `https://www.example.org/form-walk/${n}/`,
        `Write to form-walk-${n}@example.org.`,
      ];
    }
  }
}

/** A new value for a field, from its current one, that the form accepts. */
function newValue(field: FormField, current: unknown): unknown {
  const found = candidates(field, current, ++counter).find(
    (value) => value !== undefined && value !== current && accepts(field, value),
  );
  if (found === undefined)
    throw new Error(`no new value the form accepts for ${field.name} (now ${JSON.stringify(current)})`);
  return found;
}

/**
 * One edit per field of the entry; a group's fields and a list's items each get their own. A group
 * left out or a list of groups gets one edit that fills in all of its fields, so every field of the
 * form is edited in every content set.
 */
function fieldEdits(entry: CmsEntry, field: FormField, current: unknown, path: string): FieldEdit[] {
  const fields = inner(field);
  if (field.widget === 'object' && current !== undefined) {
    return fields!.flatMap((child) => fieldEdits(entry, child, (current as Data)[child.name], `${path}.${child.name}`));
  }
  const edit = { entry, path, value: newValue(field, current), field };
  if (field.widget !== 'list' || !fields) return [edit];
  const each = ((current ?? []) as Data[]).flatMap((item, index) =>
    fields.flatMap((child) => fieldEdits(entry, child, item[child.name], `${path}.${index}.${child.name}`)),
  );
  return [edit, ...each];
}

/** Every edit of a content set, in the configuration's order. */
function editsOf(root: string): FieldEdit[] {
  return cmsEntries(root).flatMap((entry) => {
    // An MDX page's text, below its frontmatter, is its body field.
    const { body } = splitFile(entry.file, readFileSync(entry.file, 'utf8'));
    const fields: Data = { ...(readFields(entry.file) as Data), body };
    return entry.fields.flatMap((field) => fieldEdits(entry, field, fields[field.name], field.name));
  });
}

/** Every check the build runs, folder by folder, and the data of every page when they pass. */
function build(dir: string): { problems: string[]; pages?: string } {
  const problems = (Object.keys(FOLDERS) as (keyof typeof FOLDERS)[]).flatMap((folder) =>
    checkSiteFolder(dir, folder).problems.map((problem) => problem.message),
  );
  if (problems.length > 0) return { problems };
  const site = { ...readSiteContent(dir), root: new URL('https://www.example.org/') };
  const pages = [overviewPage(site), ...site.phases.map(({ id }) => phasePage(site, id)), notFoundPage(site)];
  return { problems, pages: JSON.stringify(pages) };
}

/** Walks every field of one content set; returns the edits tried and what failed. */
function walk(root: string): { edits: number; failed: string[] } {
  const dir = copyContentSet(root);
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const failed: string[] = [];
  const before = build(dir);
  expect(before.problems).toEqual([]);
  const edits = editsOf(root);
  for (const edit of edits) {
    const where = `${edit.entry.file.slice(root.length + 1)}: ${edit.path} = ${JSON.stringify(edit.value)}`;
    const file = join(dir, edit.entry.file.slice(root.length));
    const original = readFileSync(file, 'utf8');
    // The text of a page replaces all that follows its frontmatter.
    const { body } = splitFile(file, original);
    if (edit.field.widget === 'markdown')
      writeFileSync(file, original.slice(0, original.length - body.length) + String(edit.value));
    else setFields(file, { [edit.path]: edit.value });
    const after = build(dir);
    // What the pages must show of the file's numbers, as a reader sees them: a phase's years in its heading,
    // "… (2014-15)". A card's order shows only as the cards' order (src/content-checks/order.ts).
    const { title, years } = readFields(file) as { title: string; years: { start: number; count: number } };
    const yearsEdited = edit.entry.collection === 'phases' && edit.path.startsWith('years.');
    const shown = yearsEdited ? [titleWithYears(title, spanOf(years))] : [];
    writeFileSync(file, original);
    if (after.problems.length > 0) {
      failed.push(`${where}: ${after.problems.join(' | ')}`);
      continue;
    }
    // The text of a page is rendered by Astro from the file, which the checks above compiled.
    if (edit.field.widget === 'markdown') continue;
    // The texts, options and addresses of the new value, each of which the pages must show.
    const texts = [...textsIn(edit.value), ...shown];
    const missing = texts.filter((text) => !after.pages!.includes(JSON.stringify(text).slice(1, -1)));
    if (missing.length > 0) failed.push(`${where}: the pages do not get ${missing.join(', ')}`);
    // A position the pages do not show can leave its entry where it stood: then nothing changes.
    const samePlace = ([...PHASE_ORDER, ...CARD_ORDER] as string[]).includes(edit.path) && shown.length === 0;
    if (after.pages === before.pages && !samePlace) failed.push(`${where}: the pages do not change`);
  }
  return { edits: edits.length, failed };
}

it('every field of both content sets, given a new value its form accepts, builds and the pages get it', () => {
  const results = SITES.map(({ name, contentRoot }) => ({ name, ...walk(contentRoot) }));
  const tried = results.map(({ name, edits }) => `${edits} in ${name}`).join(', ');
  console.log(`The form walk tried ${results.reduce((sum, { edits }) => sum + edits, 0)} edits (${tried}).`);
  expect(results.flatMap(({ failed }) => failed)).toEqual([]);
  expect(results.every(({ edits }) => edits > 0)).toBe(true);
}, 60_000);

import type { z } from 'astro/zod';
import { describeFound } from '../schemas/fields';

/*
 * Astro reports a schema mistake as "phases → phase-1 data does not match collection schema"
 * and names the file only as an absolute path further down; an unknown field even shows as
 * "****". Editors need the file's path in the project on the first line, then the field and
 * the message, so these functions turn the mistakes into lines of that shape.
 */

/**
 * Names a field the way the editing guide's reference does: `years.start`, `sources[].url`,
 * with the item of a list counted from 1 so it matches what an editor sees: "(item 2)".
 */
export function fieldName(path: readonly PropertyKey[]): string {
  let name = '';
  const items: number[] = [];
  for (const key of path) {
    if (typeof key === 'number') {
      name += '[]';
      items.push(key + 1);
    } else {
      name += name === '' ? String(key) : `.${String(key)}`;
    }
  }
  const where = items.length > 0 ? ` (item ${items.join(', item ')})` : '';
  return `${name || 'the file'}${where}`;
}

/** The text of one issue; Zod's own wording only where a schema field set none of its own. */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    const expected = issue.expected === 'array' ? 'a list (lines that start with "- ")' : issue.expected;
    return `expected ${expected}, but found ${describeFound(issue.input)}.`;
  }
  return issue.message;
}

/**
 * Turns schema issues into one line each: "content/phases/phase-2.mdx: years.end: the end
 * year (2013) is before …". An unknown field is named by itself rather than by its parent.
 */
export function formatSchemaIssues(file: string, issues: readonly z.core.$ZodIssue[]): string {
  const lines: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) lines.push(`${file}: ${fieldName([...issue.path, key])}: ${issue.message}`);
    } else {
      lines.push(`${file}: ${fieldName(issue.path)}: ${issueMessage(issue)}`);
    }
  }
  return lines.join('\n');
}

/** What an error thrown while reading a file may carry: js-yaml's reason and Astro's location. */
export interface ReadError {
  name?: string;
  message: string;
  reason?: string;
  loc?: { file?: string; line?: number; column?: number };
}

/** Says where the YAML is: the frontmatter of an MDX file, or the whole of a YAML file. */
function yamlPart(file: string): string {
  return file.endsWith('.mdx') ? 'the frontmatter (between the --- lines)' : 'the file';
}

/**
 * Turns a YAML error (from js-yaml, possibly wrapped by Astro) into a message that names the
 * file and line, and says how the usual mistakes are fixed.
 */
export function formatYamlError(file: string, error: ReadError): string {
  const reason = error.reason ?? error.message.replace(/^[\s\S]*failed to parse: /, '');
  const line = error.loc?.line ? `, line ${error.loc.line}` : '';
  return (
    `${file}${line}: ${yamlPart(file)} is not valid YAML: ${reason.split('\n')[0]}.\n` +
    'Each field is written "name: value" at the start of its line. A value that contains a colon ' +
    'followed by a space (": ") must be in double quotes, such as title: "Phase 1: Libraries Transforming Communities". ' +
    'Items of a list start with "- " and are indented under their field.'
  );
}

/** True when an error is a YAML error, either js-yaml's own or Astro's wrapper around one. */
export function isYamlError(error: unknown): error is ReadError {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'YAMLException' ||
    error.name === 'DataCollectionEntryParseError' ||
    /failed to parse: /.test(error.message)
  );
}

/**
 * Turns an MDX syntax error ("39:1: Expected a closing tag for `<div>` (39:1)
 * (mdx-jsx:unexpected-character)") into a message that names the file and the line.
 */
export function formatMdxSyntaxError(file: string, message: string): string {
  const position = /^(\d+):(\d+):\s*/.exec(message);
  const reason = message
    .slice(position?.[0].length ?? 0)
    .replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '')
    .replace(/\s*\([\w-]+:[\w-]+\)\s*$/, '')
    .split('\n')[0];
  const line = position ? `, line ${position[1]}` : '';
  return (
    `${file}${line}: the page text is not valid MDX: ${reason}\n` +
    'In MDX, every tag such as <div> needs its closing tag </div>, and a tag with nothing inside ends with />, such as <br />. ' +
    'To show the characters < or { as text, write \\< or \\{.'
  );
}

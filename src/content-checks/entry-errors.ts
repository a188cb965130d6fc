import type { z } from 'astro/zod';
import { describeFound } from '../schemas/fields.ts';
import { fieldLine } from './field-lines.ts';
import { firstBracesLine, UNREADABLE_BRACES } from './mdx-code.ts';

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
  const itemNumbers = items.length > 0 ? ` (item ${items.join(', item ')})` : '';
  return `${name || 'the file'}${itemNumbers}`;
}

/** The text of one issue; Zod's own wording only where a schema field set none of its own. */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    const expected = issue.expected === 'array' ? 'a list (lines that start with "- ")' : issue.expected;
    return `expected ${expected}, but found ${describeFound(issue.input)}.`;
  }
  return issue.message;
}

/** One mistake in a content file: the message for the editor and, when known, the line it is on. */
export interface ContentProblem {
  /** The file's path in the project: content/phases/phase-2.mdx. */
  file: string;
  /** The 1-based line of the mistake in the file; undefined for a field that is missing. */
  line?: number | undefined;
  /** The message, starting with the file's path. */
  message: string;
}

/**
 * Turns schema issues into one problem each: "content/phases/phase-2.mdx: years.end: the end
 * year (2013) is before …". An unknown field is named by itself rather than by its parent.
 * Given the file's text, each problem also carries the line the field is written on.
 */
export function schemaProblems(file: string, issues: readonly z.core.$ZodIssue[], source = ''): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (path: readonly PropertyKey[], text: string) =>
    problems.push({ file, line: fieldLine(source, path), message: `${file}: ${fieldName(path)}: ${text}` });
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add([...issue.path, key], issue.message);
    } else {
      add(issue.path, issueMessage(issue));
    }
  }
  return problems;
}

/**
 * Problems sorted as an editor reads them: by file, then by line, fields that are missing (no
 * line) at the end of their file. Sorting makes the message the same whatever order the files loaded in.
 */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  const lineOf = (problem: ContentProblem) => problem.line ?? Number.MAX_SAFE_INTEGER;
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || lineOf(a) - lineOf(b));
}

/** Says where the YAML is: the frontmatter of an MDX file, or the whole of a YAML file. */
function yamlPart(file: string): string {
  return file.endsWith('.mdx') ? 'the frontmatter (between the --- lines)' : 'the file';
}

/** What a line "name: value" needs to be valid YAML, when its value holds a quote mark or ": ". */
interface LineFix {
  /** The field's name. */
  field: string;
  /** What in the value YAML misreads. */
  cause: 'quote' | 'colon';
  /** The line as it should be written, with its indentation. */
  fixed: string;
}

/**
 * The usual reason a "name: value" line is not valid YAML, and the line written so that it is:
 * a value with a quote mark or ": " inside goes in single quotes (title: 'the "Test" phase'), the
 * style the browser editor writes. Undefined when the line has neither.
 */
export function fixYamlLine(line: string): LineFix | undefined {
  const match = /^(\s*(?:- )?)([A-Za-z_][\w.-]*):\s+(.*?)\s*$/.exec(line);
  if (!match) return undefined;
  const [, indent = '', field = '', value = ''] = match;
  const wrapped = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0];
  const inner = wrapped ? value.slice(1, -1) : value;
  if (inner.includes('"')) return { field, cause: 'quote', fixed: `${indent}${field}: '${inner.replace(/'/g, "''")}'` };
  if (wrapped && value[0] === "'" && inner.includes("'"))
    return { field, cause: 'quote', fixed: `${indent}${field}: "${inner}"` };
  if (inner.includes(': '))
    return { field, cause: 'colon', fixed: `${indent}${field}: '${inner.replace(/'/g, "''")}'` };
  return undefined;
}

/** The first line of a YAML error when the line's fix is known: what is wrong and the line to write. */
function fixedLineMessage(location: string, fix: LineFix): string {
  return fix.cause === 'quote'
    ? `${location}: the value of ${fix.field} has a quote mark inside it, which ends the value too early: write the line as ${fix.fixed.trim()} (single quotes around the value; or keep double quotes and write each " inside it as \\").`
    : `${location}: the value of ${fix.field} contains a colon followed by a space (": "), which starts a new field: write the line as ${fix.fixed.trim()} (the value in single quotes; write a ' inside it as '').`;
}

/**
 * Turns js-yaml's reason for refusing a file, and its line, into a message that says how the
 * usual mistakes are fixed: a value with a quote mark or ": " inside is named as such, with the
 * line (read from the file's text) written as it should be.
 */
export function formatYamlError(file: string, reason: string, line: number, source: string): string {
  const fix = fixYamlLine(source.split(/\r?\n/)[line - 1] ?? '');
  if (fix) return fixedLineMessage(`${file}, line ${line}`, fix);
  return (
    `${file}, line ${line}: ${yamlPart(file)} is not valid YAML: ${reason.split('\n')[0]}.\n` +
    'Each field is written "name: value" at the start of its line. A value that contains a colon ' +
    'followed by a space (": ") must be in single quotes, such as title: \'Phase 1: Libraries Transforming Communities\'. ' +
    'Items of a list start with "- " and are indented under their field.'
  );
}

/** True when an error is a YAML error, either js-yaml's own or Astro's wrapper around one. */
export function isYamlError(error: unknown): error is Error {
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
export function formatMdxSyntaxError(file: string, message: string, source?: string): string {
  const position = /^(\d+):(\d+):\s*/.exec(message);
  const text = position && source !== undefined ? source.split(/\r?\n/)[Number(position[1]) - 1] : undefined;
  if (text?.includes('<!--')) {
    // MDX has no HTML comments; its own hint is buried after "Unexpected character `!`".
    return (
      `${file}, line ${position?.[1]}: an HTML comment (<!-- … -->) is not allowed in MDX: write a note for editors as {/* your note */}, which the page does not show.\n` +
      'MDX pages are not HTML: a note that visitors must not see goes between {/* and */}, on its own line or inside a paragraph.'
    );
  }
  if (/\bin expression\b|parse expression\b/.test(message)) {
    // "Could not parse expression with oxc: Expected `,`…" speaks of code, which editors do not write.
    // MDX gives no position for an attribute's braces (<a title={/* note */}>): find the line in the text.
    const line = position?.[1] ?? (source === undefined ? undefined : firstBracesLine(source));
    return `${file}${line === undefined ? '' : `, line ${line}`}: ${UNREADABLE_BRACES}`;
  }
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

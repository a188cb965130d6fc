import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { YAMLError } from 'yaml';
import { describeFound } from '../schemas/fields.ts';
import { fieldLine } from './field-lines.ts';
import { UNREADABLE_BRACES } from './mdx-code.ts';

/*
 * Astro reports a schema mistake as "phases → phase-1 data does not match collection schema", the
 * file as an absolute path further down: editors need the file, the field and the message on one line.
 */

/** Names a field as the editing guide does: `years.start`, `sources[].url (item 2)`, items counted from 1. */
export function fieldName(path: readonly PropertyKey[]): string {
  const name = path.map((key) => (typeof key === 'number' ? '[]' : `.${String(key)}`)).join('');
  const items = path.filter((key) => typeof key === 'number').map((key) => key + 1);
  return `${name.replace(/^\./, '') || 'the file'}${items.length > 0 ? ` (item ${items.join(', item ')})` : ''}`;
}

// Zod's own wording only where a schema field set none of its own.
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    const expected = issue.expected === 'array' ? 'a list (lines that start with "- ")' : issue.expected;
    return `expected ${expected}, but found ${describeFound(issue.input)}.`;
  }
  return issue.message;
}

/** One mistake in a content file (its path in the project), at its line unless a field is missing. */
export interface ContentProblem {
  file: string;
  line?: number | undefined;
  /** Starts with the file's path. */
  message: string;
}

/** One error listing every problem, so Astro's "Location:" points at the first one's file and line. */
export function problemsError(root: string, problems: readonly ContentProblem[]): Error {
  const [first] = problems;
  const loc = { file: first && join(root, first.file), line: first?.line ?? 1, column: 1 };
  return Object.assign(new Error(problems.map((problem) => problem.message).join('\n')), { loc });
}

/** One problem per schema issue, at the field's line in the file's `yaml`; an unknown field is named, not its parent. */
export function schemaProblems(file: string, issues: readonly z.core.$ZodIssue[], yaml = ''): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (path: readonly PropertyKey[], text: string) =>
    problems.push({ file, line: fieldLine(yaml, path), message: `${file}: ${fieldName(path)}: ${text}` });
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add([...issue.path, key], issue.message);
    } else {
      add(issue.path, issueMessage(issue));
    }
  }
  return problems;
}

/** A problem at a line of a file (none: the file as a whole), its message starting with both. */
export function problemAt(file: string, line: number | undefined, text: string): ContentProblem {
  return { file, line, message: `${file}${line === undefined ? '' : `, line ${line}`}: ${text}` };
}

/** Problems by file, then line (missing fields last): the same message whatever order the files loaded in. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  const lineOf = (problem: ContentProblem) => problem.line ?? Number.MAX_SAFE_INTEGER;
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || lineOf(a) - lineOf(b));
}

/** What in a "name: value" line YAML misreads, and the line as it should be written (with its indentation). */
interface LineFix {
  field: string;
  cause: 'quote' | 'colon';
  fixed: string;
}

/**
 * The usual reason a "name: value" line is not valid YAML: a quote mark or ": " in the value, which
 * then goes in single quotes (title: 'the "Test" phase'), as the CMS writes it.
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
  // Within quotes a colon is text.
  if (!wrapped && inner.includes(': '))
    return { field, cause: 'colon', fixed: `${indent}${field}: '${inner.replace(/'/g, "''")}'` };
  return undefined;
}

function fixedLineMessage(fix: LineFix): string {
  return fix.cause === 'quote'
    ? `the value of ${fix.field} has a quote mark inside it, which ends the value too early: write the line as ${fix.fixed.trim()} (single quotes around the value; or keep double quotes and write each " inside it as \\").`
    : `the value of ${fix.field} contains a colon followed by a space (": "), which starts a new field: write the line as ${fix.fixed.trim()} (the value in single quotes; write a ' inside it as '').`;
}

/* The YAML parser's words for the mistakes an editor makes most, where its own speak of "mappings". */
const YAML_REASONS: Record<string, string> = {
  BAD_INDENT: 'a line is indented more or less than the fields beside it',
  DUPLICATE_KEY: 'a field is written twice',
  MULTIPLE_DOCS: 'a --- line inside it starts a second document',
};

/** The YAML parser's reason for refusing a file as a problem that says how to fix it, with the line to write when known. */
export function yamlProblem(file: string, error: YAMLError, source: string): ContentProblem {
  const line = error.linePos?.[0].line ?? 1;
  const fix = fixYamlLine(source.split(/\r?\n/)[line - 1] ?? '');
  if (fix) return problemAt(file, line, fixedLineMessage(fix));
  const said = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  const reason = YAML_REASONS[error.code] ?? said.charAt(0).toLowerCase() + said.slice(1);
  return problemAt(
    file,
    line,
    `${file.endsWith('.mdx') ? 'the frontmatter (between the --- lines)' : 'the file'} is not valid YAML: ${reason}.\n` +
      'Each field is written "name: value" at the start of its line. A value that contains a colon ' +
      'followed by a space (": ") must be in single quotes, such as title: \'Phase 1: Libraries Transforming Communities\'. ' +
      'Items of a list start with "- " and are indented under their field.',
  );
}

/* MDX has no HTML comments; its own hint is buried after "Unexpected character `!`". */
const HTML_COMMENT =
  'an HTML comment (<!-- … -->) is not allowed in MDX: write a note for editors as {/* your note */}, which the page does not show.\n' +
  'MDX pages are not HTML: a note that visitors must not see goes between {/* and */}, on its own line or inside a paragraph.';

const MDX_ADVICE =
  'In MDX, every tag such as <div> needs its closing tag </div>, and a tag with nothing inside ends with />, such as <br />. ' +
  'To show the characters < or { as text, write \\< or \\{.';

/** An MDX syntax error ("39:1: Expected a closing tag for `<div>` (39:1) (mdx-jsx:…)") as a problem at its line. */
export function mdxSyntaxProblem(file: string, message: string, source = ''): ContentProblem {
  const position = /^(\d+):\d+:\s*/.exec(message);
  const line = position ? Number(position[1]) : undefined;
  const text = line === undefined ? '' : (source.split(/\r?\n/)[line - 1] ?? '');
  if (text.includes('<!--')) return problemAt(file, line, HTML_COMMENT);
  // CommonMark's autolink, <https://…>: MDX reads < as a tag and stops at the colon.
  const autolink = /<((?:https?:\/\/|mailto:)?[^\s<>]*[:@][^\s<>]*)>/.exec(text)?.[1];
  if (autolink !== undefined) {
    const address = autolink.includes(':') ? autolink : `mailto:${autolink}`;
    return problemAt(
      file,
      line,
      `the address <${autolink}> is written between < and >, which MDX reads as a tag: write the address alone, ${autolink}, and it becomes a link by itself, or give it words, [ALA](${address}).`,
    );
  }
  // "Could not parse expression with oxc" speaks of code.
  if (/\bin expression\b|parse expression\b/.test(message)) return problemAt(file, line, UNREADABLE_BRACES);
  const reason = message
    .slice(position?.[0].length ?? 0)
    .replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/g, '')
    .replace(/\s*\([\w-]+:[\w-]+\)\s*$/, '')
    .split('\n')[0];
  return problemAt(file, line, `the page text is not valid MDX: ${reason}\n${MDX_ADVICE}`);
}

/*
 * What MDX adds to Markdown, and this site refuses: code. In MDX, {…} in the text or in a tag's
 * attribute is a JavaScript expression that the build runs and prints into the page
 * ({process.env.PATH} would publish the build machine's environment), and a line that starts
 * with import or export is a JavaScript statement the build runs with its own rights. Pages
 * hold Markdown and the tags raw-html.ts allows, nothing more: every such piece of code is
 * refused while the page is compiled, before any of it runs. A note for editors, written
 * {/* … *\/}, is the one kind of braces allowed: it holds no code and the page does not show it.
 */

/** How much of a piece of code a message quotes: enough to find it in the line. */
const QUOTED_LENGTH = 60;

/** Code as a message quotes it: on one line, shortened when long. */
function quoted(code: string): string {
  const line = code.replace(/\s+/g, ' ').trim();
  return line.length > QUOTED_LENGTH ? `${line.slice(0, QUOTED_LENGTH - 1)}…` : line;
}

/**
 * True when what is written between braces is only notes for editors ({/* … *\/}), which hold
 * no code. The text is cut at the first closing mark of each note, as JavaScript reads it, so
 * "/* a *\/ x" keeps the code x and is no note. Empty braces ({}) are no note.
 */
export function isEditorNote(expression: string): boolean {
  const withoutNotes = expression.replace(/\/\*[\s\S]*?\*\//g, '');
  return withoutNotes !== expression && withoutNotes.trim() === '';
}

/** The message for code between braces in the text of a page: {process.env.PATH}. */
export function codeInBraces(expression: string): string {
  return `{${quoted(expression)}} is code between braces, which this site does not allow (the build would run it and print its result on the page): to show a brace as text, write \\{ instead of {; for a note that visitors do not see, write {/* your note */}; to show a number or a name, write it as words.`;
}

/**
 * The message for braces whose inside is not even valid code ({ hello world }, a { never
 * closed, or a note inside a tag, <a title={/* … *\/}>): MDX stops before the page is compiled,
 * so the text cannot be quoted.
 */
export const UNREADABLE_BRACES =
  'the text has braces { } that MDX reads as code, which this site does not allow: to show a brace as text, write \\{ instead of {; for a note that visitors do not see, write {/* your note */} outside any tag (a note inside a tag, such as <a title={/* … */}>, is not allowed).';

/**
 * The line of the first braces MDX reads as code in an MDX file's text, for a parse error that
 * comes without a position: the first attribute written ={ (a note there is refused too), else
 * the first { that is not written \{ and does not start a note. Undefined when no line has one.
 */
export function firstBracesLine(source: string): number | undefined {
  const lines = source.split(/\r?\n/);
  // The text starts after the frontmatter, whose values may hold braces.
  const close = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  const text = lines.map((line, index) => (index <= close ? '' : line));
  const attribute = text.findIndex((line) => /=\s*\{/.test(line));
  const braces = text.findIndex((line) => /(?<!\\)\{/.test(line.replace(/\{\/\*.*?\*\/\}/g, '')));
  const index = attribute === -1 ? braces : attribute;
  return index === -1 ? undefined : index + 1;
}

/**
 * The code between braces in the alt text of the Markdown images of some lines of text
 * (![{process.env.PATH}](/images/map.png)): MDX reads it as code, though it ends up in the
 * alt text rather than in the page. A brace written \{ and a note for editors are no code.
 */
export function codeInAltText(text: string): string[] {
  const codes: string[] = [];
  for (const [, alt = ''] of text.matchAll(/!\[((?:\\.|[^\\\]])*)\]\(/g))
    for (const [, code = ''] of alt.matchAll(/(?<!\\)\{([^{}]*)\}/g)) if (!isEditorNote(code)) codes.push(code);
  return codes;
}

/** The message for code between braces as the value of a tag's attribute: <a href={link}>. */
function codeInAttribute(tag: string, attribute: string, expression: string): string {
  return `the attribute ${attribute}={${quoted(expression)}} on <${tag}> is code between braces, which this site does not allow: write its value as text between double quotes, such as ${attribute}="…".`;
}

/** The message for code between braces among a tag's attributes: <a {...props}>. */
function codeAmongAttributes(tag: string, expression: string): string {
  return `{${quoted(expression)}} in the tag <${tag}> is code between braces, which this site does not allow: remove it, and write each attribute as name="value", such as title="…".`;
}

/** The message for a line that starts with import or export: a JavaScript statement. */
export function codeLine(line: string): string {
  return `the line "${quoted(line)}" is code (a line of the text that starts with import or export), which this site does not allow, since the build would run it: remove the line; if it is a sentence, start it with a capital letter (Import, Export) or another word.`;
}

/** The message for a fragment, <> … </>: a tag with no name, which JSX has and HTML does not. */
export const FRAGMENT =
  'the empty tags <> and </> are not HTML, which this site does not allow: remove them and keep the text between them.';

/** A line of a block of import and export statements that starts a statement, and its number in the file. */
interface CodeLine {
  /** The 1-based line in the file. */
  line: number;
  /** The line as written. */
  text: string;
}

/**
 * The lines of a block of import/export statements (MDX reads consecutive ones as one block)
 * that start a statement, so each gets its own message at its own line.
 */
export function statementLines(block: string, firstLine: number): CodeLine[] {
  const lines = block
    .split('\n')
    .map((text, index) => ({ line: firstLine + index, text }))
    .filter(({ text }) => /^(import|export)\b/.test(text));
  // MDX starts such a block only at a line that starts with import or export.
  return lines.length > 0 ? lines : [{ line: firstLine, text: block.split('\n')[0] ?? '' }];
}

/**
 * An attribute of an MDX tag as Sätteri gives it: a name with text (mdxJsxAttribute, value a
 * string), a name with code (value an object holding the code), or code among the attributes
 * (mdxJsxExpressionAttribute). The one shape every check of tags reads.
 */
export interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** The message for a note for editors as the value of a tag's attribute: <a title={/* note *\/}>. */
function noteInTag(tag: string, attribute: string): string {
  return `the attribute ${attribute}={/* … */} on <${tag}> holds a note for editors, and notes are not allowed inside a tag: write the note after the tag, such as <${tag} …>…</${tag}> {/* your note */}, and the attribute's value as text, such as ${attribute}="…".`;
}

/**
 * The code in a tag's attributes (href={x}, {...props}), one message each. A note inside a tag
 * is refused too: MDX reads one only in some places (elsewhere it stops with UNREADABLE_BRACES),
 * so the rule is simply that notes stay outside tags. {/* … *\/} among the attributes never
 * gets here: MDX cannot read it.
 */
export function attributeCodeProblems(tag: string, attributes: readonly MdxAttribute[]): string[] {
  const problems: string[] = [];
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(codeAmongAttributes(tag, typeof attribute.value === 'string' ? attribute.value : ''));
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      const code = (attribute.value as { value?: unknown }).value;
      const text = typeof code === 'string' ? code : '';
      const name = attribute.name ?? '';
      problems.push(isEditorNote(text) ? noteInTag(tag, name) : codeInAttribute(tag, name, text));
    }
  }
  return problems;
}

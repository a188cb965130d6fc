import type { MdxJsxAttributeUnion } from 'satteri';

/*
 * What MDX adds to Markdown, and this site refuses: code. {…} is an expression the build runs and
 * prints ({process.env.PATH} would publish the build machine's environment); an import or export line
 * is a statement it runs. A note for editors, {/* … *\/}, is the one kind of braces allowed.
 */

/** How much of a piece of code a message quotes: enough to find it in the line. */
const QUOTED_LENGTH = 60;

function quoted(code: string): string {
  const line = code.replace(/\s+/g, ' ').trim();
  return line.length > QUOTED_LENGTH ? `${line.slice(0, QUOTED_LENGTH - 1)}…` : line;
}

/** True when braces hold only notes for editors, each ending at its first *\/ as in JavaScript; {} is no note. */
export function isEditorNote(expression: string): boolean {
  const withoutNotes = expression.replace(/\/\*[\s\S]*?\*\//g, '');
  return withoutNotes !== expression && withoutNotes.trim() === '';
}

export function codeInBraces(expression: string): string {
  return `{${quoted(expression)}} is code between braces, which this site does not allow (the build would run it and print its result on the page): to show a brace as text, write \\{ instead of {; for a note that visitors do not see, write {/* your note */}; to show a number or a name, write it as words.`;
}

/** For braces MDX cannot even parse ({ hello world }, a { never closed, <a title={/* … *\/}>): nothing to quote. */
export const UNREADABLE_BRACES =
  'the text has braces { } that MDX reads as code, which this site does not allow: to show a brace as text, write \\{ instead of {; for a note that visitors do not see, write {/* your note */} outside any tag (a note inside a tag, such as <a title={/* … */}>, is not allowed).';

/** The code between braces in the alt text of Markdown images (![{process.env.PATH}](/images/map.png)). */
export function codeInAltText(text: string): string[] {
  const codes: string[] = [];
  for (const [, alt = ''] of text.matchAll(/!\[((?:\\.|[^\\\]])*)\]\(/g))
    for (const [, code = ''] of alt.matchAll(/(?<!\\)\{([^{}]*)\}/g)) if (!isEditorNote(code)) codes.push(code);
  return codes;
}

export function codeLine(line: string): string {
  return `the line "${quoted(line)}" is code (a line of the text that starts with import or export), which this site does not allow, since the build would run it: remove the line; if it is a sentence, start it with a capital letter (Import, Export) or another word.`;
}

export const FRAGMENT =
  'the empty tags <> and </> are not HTML, which this site does not allow: remove them and keep the text between them.';

/** The lines that start a statement in a block of import/export lines (MDX reads consecutive ones as one). */
export function statementLines(block: string, firstLine: number): { line: number; text: string }[] {
  const lines = block
    .split('\n')
    .map((text, index) => ({ line: firstLine + index, text }))
    .filter(({ text }) => /^(import|export)\b/.test(text));
  // MDX starts such a block only at a line that starts with import or export.
  return lines.length > 0 ? lines : [{ line: firstLine, text: block.split('\n')[0] ?? '' }];
}

/**
 * The code in a tag's attributes (href={x}, {...props}). A note inside a tag is refused too: MDX reads
 * one only in some places (elsewhere UNREADABLE_BRACES), so notes simply stay outside tags.
 */
export function attributeCodeProblems(tag: string, attributes: readonly MdxJsxAttributeUnion[]): string[] {
  return attributes.flatMap((attribute) => {
    if (attribute.type === 'mdxJsxExpressionAttribute')
      return `{${quoted(attribute.value)}} in the tag <${tag}> is code between braces, which this site does not allow: remove it, and write each attribute as name="value", such as title="…".`;
    if (typeof attribute.value !== 'object' || attribute.value === null) return [];
    const { name } = attribute;
    const code = attribute.value.value;
    return isEditorNote(code)
      ? `the attribute ${name}={/* … */} on <${tag}> holds a note for editors, and notes are not allowed inside a tag: write the note after the tag, such as <${tag} …>…</${tag}> {/* your note */}, and the attribute's value as text, such as ${name}="…".`
      : `the attribute ${name}={${quoted(code)}} on <${tag}> is code between braces, which this site does not allow: write its value as text between double quotes, such as ${name}="…".`;
  });
}

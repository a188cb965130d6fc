import type { HastNode } from 'satteri';

/*
 * Headings and links need words (WCAG 2.4.4, 2.4.6): an empty heading is announced as one and breaks
 * the outline; a link with no words cannot be seen and has no name. A picture counts by its alt text.
 */

const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

function wordsOf(node: Readonly<HastNode>): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.tagName === 'img') return textOf(node.properties.alt);
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img')
    return textOf(node.attributes.find((attribute) => 'name' in attribute && attribute.name === 'alt')?.value);
  // Code between braces has no children: no words (and is refused by itself, see mdx-code.ts).
  return 'children' in node ? node.children.map(wordsOf).join(' ') : '';
}

/** True when a heading or a link holds a letter or a digit, in its text or its pictures' alt text. */
export function hasWords(node: Readonly<HastNode>): boolean {
  return /[\p{L}\p{N}]/u.test(wordsOf(node));
}

/** `depth` is the heading's level (2 for ##). */
export function wordlessHeading(depth: number): string {
  const marks = '#'.repeat(depth);
  // A level-1 heading is refused too (the title is the page's only one): suggest a level-2 one.
  const example = `${'#'.repeat(Math.max(depth, 2))} Partners`;
  const write = depth > 1 ? `write its words after the ${marks}` : 'write ## and its words';
  return `the heading "${marks}" has no words, so a screen reader would announce an empty heading: ${write}, such as ${example}, or remove the line.`;
}

/** `tag` when the link is written <a href="…"></a>. */
export function wordlessLink(href: string, tag = false): string {
  const example = tag ? `<a href="${href}">About LTC</a>` : `[About LTC](${href})`;
  const where = tag ? 'between <a …> and </a>' : 'between the square brackets';
  return `the link to "${href}" has no words, so visitors cannot see it and a screen reader reads no name for it: write the words a visitor clicks ${where}, such as ${example} (a picture in a link counts only by its alt text).`;
}

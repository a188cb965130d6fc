/**
 * Which lines of ALA's source page no longer appear in the content. Editors may reword ALA's text on
 * purpose, so this is an audit they run (`npm run check:source`), not a test that blocks a change.
 */

/** Folds the differences the brief allows: quotes, dashes, Markdown emphasis, spacing, "the the". */
export function normalise(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\*\*/g, '')
    .replace(/\bthe the\b/g, 'the')
    .replace(/\s+/g, ' ');
}

/** The source's lines, without list bullets and blank lines. */
export function sourceLines(source: string): string[] {
  return source
    .split('\n')
    .map((line) => line.replace(/^\s*•\s*/, '').trim())
    .filter((line) => line !== '');
}

/** The lines of the source that are not in any of the texts, in the source's order. */
export function missingLines(source: string, texts: readonly string[]): string[] {
  const site = normalise(texts.join('\n'));
  return sourceLines(source).filter((line) => !site.includes(normalise(line)));
}

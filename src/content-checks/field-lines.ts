/*
 * Where a field is written in a YAML file or in the frontmatter of an MDX file, so that an
 * error about it can point Astro's "Location:" line (and an editor's cursor) at that line
 * instead of line 1. A light reading of the YAML editors write (fields at the start of their
 * line, nested fields indented, list items starting with "- "), not a YAML parser: when the
 * field cannot be found the caller falls back to line 1.
 */

/** The lines that hold fields: the frontmatter of an MDX file (between the --- lines), or all of a YAML file. */
function fieldRegion(source: string): { lines: string[]; first: number; end: number } {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return { lines, first: 0, end: lines.length };
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  return { lines, first: 1, end: close === -1 ? lines.length : close };
}

/** How far a line's field is indented; the "- " of a list item counts as indentation. */
function indentOf(line: string): number {
  return /^[\s-]*/.exec(line.replace(/^(\s*)- /, '$1  '))?.[0].length ?? 0;
}

const isContent = (line: string) => line.trim() !== '' && !line.trim().startsWith('#');

/**
 * The 1-based line of the field at `path` (["years", "end"], ["sources", 1, "url"]), or
 * undefined when it is not written in the file (a missing field).
 */
export function fieldLine(source: string, path: readonly PropertyKey[]): number | undefined {
  const { lines, first, end } = fieldRegion(source);
  let from = first;
  let to = end;
  let parentIndent = -1;
  let found: number | undefined;
  for (const key of path) {
    if (typeof key === 'number') {
      // The n-th "- " item among the lines of the block, at the block's own indentation.
      const items = [];
      let itemIndent: number | undefined;
      for (let index = from; index < to; index++) {
        const line = lines[index] ?? '';
        if (!isContent(line)) continue;
        const match = /^(\s*)- /.exec(line);
        itemIndent ??= match ? match[1]!.length : undefined;
        if (match && match[1]!.length === itemIndent) items.push(index);
      }
      const start = items[key];
      if (start === undefined) return found;
      found = start + 1;
      from = start;
      to = items[key + 1] ?? to;
      // The item's first field is on its "- " line: it counts as indented past the dash.
      parentIndent = (itemIndent ?? 0) + 1;
      continue;
    }
    const name = String(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^[\\s-]*${name}\\s*:`);
    let index = from;
    for (; index < to; index++) {
      const line = (lines[index] ?? '').replace(/^(\s*)- /, '$1  ');
      if (pattern.test(line) && indentOf(line) > parentIndent) break;
    }
    if (index >= to) return found;
    found = index + 1;
    const indent = indentOf(lines[index] ?? '');
    // The field's own block: the lines below it that are indented further.
    let blockEnd = index + 1;
    while (blockEnd < to && (!isContent(lines[blockEnd] ?? '') || indentOf(lines[blockEnd] ?? '') > indent)) blockEnd++;
    from = index + 1;
    to = blockEnd;
    parentIndent = indent;
  }
  return found;
}

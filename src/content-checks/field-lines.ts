import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/*
 * Where a field is written in a YAML file or in the frontmatter of an MDX file, so that an
 * error about it can point Astro's "Location:" line (and an editor's cursor) at that line
 * instead of line 1. The YAML parser gives each key's exact position, so a key-like line inside
 * a block scalar, a quoted key or a list item whose fields start on the next line are placed
 * where they really are, not where a scan of the text would guess.
 */

/**
 * The YAML of a file with its line numbers kept: all of a YAML file, or the frontmatter of an
 * MDX file (between the --- lines), with the first --- line left blank so that line 2 stays line 2.
 */
function yamlPart(source: string): string {
  const lines = source.split('\n');
  if (lines[0]?.trim() !== '---') return source;
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  return ['', ...lines.slice(1, close === -1 ? undefined : close)].join('\n');
}

/** The child of a map or list at one step of a path, and the offset where that step is written. */
function step(node: unknown, key: PropertyKey): { node: unknown; offset: number | undefined } | undefined {
  if (typeof key === 'number') {
    if (!isSeq(node)) return undefined;
    const item = node.items[key];
    if (item === undefined) return undefined;
    return { node: item, offset: (item as Node | null)?.range?.[0] };
  }
  if (!isMap(node)) return undefined;
  const pair = node.items.find((candidate) => isScalar(candidate.key) && String(candidate.key.value) === String(key));
  if (pair === undefined) return undefined;
  return { node: pair.value, offset: (pair.key as Node).range?.[0] };
}

/**
 * The 1-based line of the field at `path` (["years", "end"], ["sources", 1, "url"]) in the
 * file's text. For a field that is not written, the line of its nearest written parent; for a
 * missing top-level field (or text that holds no fields), undefined.
 */
export function fieldLine(source: string, path: readonly PropertyKey[]): number | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlPart(source), { lineCounter });
  let node: unknown = document.contents;
  let found: number | undefined;
  for (const key of path) {
    const next = step(node, key);
    if (next === undefined) return found;
    if (next.offset !== undefined) found = lineCounter.linePos(next.offset).line;
    node = next.node;
  }
  return found;
}

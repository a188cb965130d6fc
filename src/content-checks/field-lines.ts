import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/*
 * Where a field is written, so Astro's "Location:" points at its line. The YAML parser gives each key's
 * exact position: a key-like line in a block scalar or a quoted key is placed where it really is.
 */

function step(node: unknown, key: PropertyKey): { node: unknown; offset: number | undefined } | undefined {
  if (typeof key === 'number') {
    const item = isSeq(node) ? node.items[key] : undefined;
    return item === undefined ? undefined : { node: item, offset: (item as Node | null)?.range?.[0] };
  }
  const named = (candidate: { key: unknown }) => isScalar(candidate.key) && String(candidate.key.value) === String(key);
  const pair = isMap(node) ? node.items.find(named) : undefined;
  return pair === undefined ? undefined : { node: pair.value, offset: (pair.key as Node).range?.[0] };
}

/**
 * The line of the field at `path` (["sources", 1, "url"]), or of its nearest written parent, in a file's
 * YAML as splitFile gives it (read-folder.ts); undefined for none.
 */
export function fieldLine(yaml: string, path: readonly PropertyKey[]): number | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter });
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

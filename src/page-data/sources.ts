import type { Source } from '../schemas/fields';

/** Each address once: two cards may share their source page. */
export function uniqueByUrl(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((source) => !seen.has(source.url) && seen.add(source.url));
}

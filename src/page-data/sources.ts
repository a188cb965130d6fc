import type { Source } from '../schemas/fields';

/** Each source once: two cards may cite one page. One address under two names is listed under both, as written. */
export function distinctSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = JSON.stringify([source.title, source.url]);
    return !seen.has(key) && seen.add(key);
  });
}

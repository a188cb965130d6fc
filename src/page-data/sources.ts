import type { Source } from '../schemas/fields';

/** Each source once: two cards may cite one page. One address under two names is listed under both, as written. */
export function distinctSources(sources: readonly Source[]): Source[] {
  return [...new Map(sources.map((source) => [JSON.stringify([source.title, source.url]), source])).values()];
}

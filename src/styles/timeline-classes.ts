import type { Plugin } from 'vite';
import { MAX_TIMELINE_COLUMNS } from '../lib/timeline.ts';

/**
 * Tailwind writes a class only when it finds its whole name in a file it scans, and the timeline makes
 * its grid classes from numbers (`sm:col-start-${n}`, Timeline.astro). This Vite plugin appends them to
 * global.css before Tailwind reads it, made from MAX_TIMELINE_COLUMNS, so that the cap is written once.
 */
export function timelineClasses(): Plugin {
  const n = MAX_TIMELINE_COLUMNS;
  const source = `@source inline('{,sm:}grid-cols-{1..${n}} {,sm:}col-start-{1..${n}} {,sm:}col-end-{2..${n + 1}}');`;
  return {
    name: 'ltc:timeline-classes',
    // Before @tailwindcss/vite, which is 'pre' too and comes after it in astro.config.mjs.
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/styles\/global\.css(\?|$)/.test(id)) return;
      // A line added at the end: the map of the lines above is unchanged.
      return { code: `${code}\n${source}\n`, map: null };
    },
  };
}

/**
 * The timeline's geometry: one grid column per year, from the first start to the last end,
 * each phase a span of whole columns. Pure, so the drawing rules are unit-tested.
 */

/** What the timeline needs of a phase. */
export interface Span {
  start: number;
  end: number;
}

/** Where a phase sits on the year grid (CSS grid lines, 1-based, end exclusive). */
export interface Placement {
  columnStart: number;
  columnEnd: number;
}

/** The years shown on the axis, one per column, inclusive. */
export function axisYears(spans: readonly Span[]): number[] {
  if (spans.length === 0) return [];
  const first = Math.min(...spans.map((span) => span.start));
  const last = Math.max(...spans.map((span) => span.end));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The grid lines a span covers on an axis that starts at firstYear. */
export function placement(span: Span, firstYear: number): Placement {
  return { columnStart: span.start - firstYear + 1, columnEnd: span.end - firstYear + 2 };
}

/** "2014-15" or "2016-18" or "2014", as ALA writes year ranges. */
export function yearRange(span: Span): string {
  if (span.start === span.end) return String(span.start);
  const sameCentury = Math.floor(span.start / 100) === Math.floor(span.end / 100);
  return `${span.start}-${sameCentury ? String(span.end).slice(-2) : span.end}`;
}

/**
 * The years a title names in parentheses, as ALA writes them: "(2014-15)", "(2016-2018)" or
 * "(2014)"; the last such group counts. Undefined when the title names none.
 */
export function yearsInTitle(title: string): Span | undefined {
  const matches = [...title.matchAll(/\((\d{4})(?:\s*[-–]\s*(\d{2}|\d{4}))?\)/g)];
  const last = matches.at(-1);
  if (!last) return undefined;
  const start = Number(last[1]);
  const written = last[2];
  if (written === undefined) return { start, end: start };
  // "15" after 2014 is 2015: the end year keeps the start's century, or the next one when it would go back.
  let end = written.length === 4 ? Number(written) : Math.floor(start / 100) * 100 + Number(written);
  if (end < start && written.length === 2) end += 100;
  return { start, end };
}

/** The id of the timeline's heading on the overview, the target of "All phases". */
export const TIMELINE_ID = 'timeline-heading';

/** The longest axis drawn on a phone too (about 50 px a year at 320 px); longer ones from 640 px on. */
export const PHONE_TIMELINE_YEARS = 6;

/** The longest axis the stylesheet has column classes for. */
export const MAX_TIMELINE_YEARS = 24;

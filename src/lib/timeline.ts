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

/** The id of the timeline's heading on the overview, the target of "All phases". */
export const TIMELINE_ID = 'timeline-heading';

/** The longest axis drawn on a phone too (about 50 px a year at 320 px); longer ones from 640 px on. */
export const PHONE_TIMELINE_YEARS = 6;

/** The longest axis the stylesheet has column classes for. */
export const MAX_TIMELINE_YEARS = 24;

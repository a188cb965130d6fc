/*
 * The timeline's grid: each column one year or, for a long span, a few (2, 5, 10 …), so that decades
 * still fit with a readable year over every column.
 */

/** What the timeline needs of a phase. */
export interface Span {
  start: number;
  end: number;
}

/** The years a column may stand for; 50 fits any span of the schema's years (1900-2100). */
const STEPS = [1, 2, 5, 10, 20, 25, 50];

/** The most columns an axis has: about 48 px each from the sm breakpoint (640 px) on, room for a year. */
export const MAX_TIMELINE_COLUMNS = 12;

/** The most columns drawn on a phone too (about 44 px each at 320 px); longer axes from 640 px on. */
export const PHONE_TIMELINE_COLUMNS = 6;

/**
 * The axis of the spans: its first year, the years a column stands for (the shortest step that fits,
 * starting at a multiple of it: 1980, 1985 …) and each column's first year.
 */
export function timelineAxis(spans: readonly Span[]): { first: number; step: number; ticks: number[] } {
  if (spans.length === 0) return { first: 0, step: 1, ticks: [] };
  const from = Math.min(...spans.map((span) => span.start));
  const to = Math.max(...spans.map((span) => span.end));
  const fits = (step: number) => Math.floor((to - Math.floor(from / step) * step) / step) + 1 <= MAX_TIMELINE_COLUMNS;
  // Beyond the schema's years no listed step may fit: then a step that does.
  const step = STEPS.find(fits) ?? Math.ceil((to - from + 1) / (MAX_TIMELINE_COLUMNS - 1));
  const first = step === 1 ? from : Math.floor(from / step) * step;
  const columns = Math.floor((to - first) / step) + 1;
  return { first, step, ticks: Array.from({ length: columns }, (_, i) => first + i * step) };
}

/** The CSS grid lines (1-based, end exclusive) of every column that holds one of the span's years. */
export function placement(span: Span, axis: { first: number; step: number }) {
  return {
    columnStart: Math.floor((span.start - axis.first) / axis.step) + 1,
    columnEnd: Math.floor((span.end - axis.first) / axis.step) + 2,
  };
}

/** "2014-15" or "2016-18" or "2014", as ALA writes year ranges. */
export function yearRange(span: Span): string {
  if (span.start === span.end) return String(span.start);
  const sameCentury = Math.floor(span.start / 100) === Math.floor(span.end / 100);
  return `${span.start}-${sameCentury ? String(span.end).slice(-2) : span.end}`;
}

/** The years a phase ran, first and last: years: { start: 2014, count: 2 } is 2014 to 2015. */
export function spanOf(years: { start: number; count: number }): Span {
  return { start: years.start, end: years.start + years.count - 1 };
}

/** A phase's heading and page title: its title, then its years as ALA writes them, "… (2014-15)". */
export function titleWithYears(title: string, span: Span): string {
  return `${title} (${yearRange(span)})`;
}

/** The id of the timeline's heading on the overview, the target of "All phases". */
export const TIMELINE_ID = 'timeline-heading';

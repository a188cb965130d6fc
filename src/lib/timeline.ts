/**
 * The timeline's geometry: a grid of columns from the first start to the last end, each column
 * one year or, for a long span, a few (2, 5, 10 … years), so that decades still fit with a
 * readable year over every column; each phase a span of whole columns. Pure, so the drawing
 * rules are unit-tested.
 */

/** What the timeline needs of a phase. */
export interface Span {
  start: number;
  end: number;
}

/** Where a phase sits on the axis (CSS grid lines, 1-based, end exclusive). */
export interface Placement {
  columnStart: number;
  columnEnd: number;
}

/** The axis: its first year, the years one column stands for, and the first year of each column. */
export interface Axis {
  /** The first year of the first column. */
  first: number;
  /** How many years a column stands for: 1, or 2, 5, 10 … on a long span. */
  step: number;
  /** The first year of each column, in order: its label on the axis. */
  ticks: number[];
}

/** The years a column may stand for, shortest first; 50 fits any span of the schema's years (1900-2100). */
const STEPS = [1, 2, 5, 10, 20, 25, 50];

/** The most columns an axis has: about 48 px each from the sm breakpoint (640 px) on, room for a year. */
export const MAX_TIMELINE_COLUMNS = 12;

/** The most columns drawn on a phone too (about 44 px each at 320 px); longer axes from 640 px on. */
export const PHONE_TIMELINE_COLUMNS = 6;

/**
 * The axis of the given spans: one column per year when they fit in MAX_TIMELINE_COLUMNS,
 * otherwise the shortest step that fits, starting at a multiple of it (1980, 1985 …).
 */
export function timelineAxis(spans: readonly Span[]): Axis {
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

/** The grid lines a span covers: every column that holds one of its years. */
export function placement(span: Span, axis: Pick<Axis, 'first' | 'step'>): Placement {
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

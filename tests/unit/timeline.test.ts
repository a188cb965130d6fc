import { describe, expect, it } from 'vitest';
import {
  MAX_TIMELINE_COLUMNS,
  placement,
  timelineAxis,
  spanOf,
  titleWithYears,
  yearRange,
  type Span,
} from '../../src/lib/timeline';

/** The axis of spans written as [start, end]. */
const axisOf = (...spans: [number, number][]) => timelineAxis(spans.map(([start, end]) => ({ start, end })));

describe('timelineAxis', () => {
  it('has one column per year from the first start to the last end when they fit, and none without phases', () => {
    expect(axisOf([2016, 2018], [2014, 2015])).toEqual({ first: 2014, step: 1, ticks: [2014, 2015, 2016, 2017, 2018] });
    expect(axisOf().ticks).toEqual([]);
  });

  it('gives decades a column of several years, starting at a round year, so each column keeps room for its year', () => {
    expect(axisOf([1980, 2015], [2016, 2018])).toEqual({
      first: 1980,
      step: 5,
      ticks: [1980, 1985, 1990, 1995, 2000, 2005, 2010, 2015],
    });
    expect(axisOf([2003, 2019])).toMatchObject({ first: 2002, step: 2 });
  });

  it('draws any span of the years the schema allows (1900-2100) in at most MAX_TIMELINE_COLUMNS columns', () => {
    const spans: Span[] = [{ start: 1900, end: 2100 }];
    for (let from = 1900; from <= 2100; from += 7)
      for (let to = from; to <= 2100; to += 11) spans.push({ start: from, end: to });
    for (const span of spans) {
      const axis = timelineAxis([span]);
      expect(axis.ticks.length, `${span.start}-${span.end}`).toBeLessThanOrEqual(MAX_TIMELINE_COLUMNS);
      expect(axis.first).toBeLessThanOrEqual(span.start);
      expect(axis.first + axis.ticks.length * axis.step - 1).toBeGreaterThanOrEqual(span.end);
    }
    expect(axisOf([1900, 2100])).toMatchObject({ first: 1900, step: 20 });
  });
});

describe('placement', () => {
  // On the axis above, each phase's bar: tests/components/timeline.test.ts.
  it('covers every column that holds one of the years of the span, both ends included', () => {
    expect(placement({ start: 2017, end: 2017 }, { first: 2014, step: 1 })).toEqual({ columnStart: 4, columnEnd: 5 });
    const decades = { first: 1980, step: 5 };
    expect(placement({ start: 1980, end: 2015 }, decades)).toEqual({ columnStart: 1, columnEnd: 9 });
    expect(placement({ start: 2016, end: 2018 }, decades)).toEqual({ columnStart: 8, columnEnd: 9 });
    expect(placement({ start: 1984, end: 1985 }, decades)).toEqual({ columnStart: 1, columnEnd: 3 });
  });
});

describe("a phase's years", () => {
  // The ranges of two years and more in one century, 2014-15 and 2016-18: the component test's links.
  it('run from the first year for the number of years, the first included, and follow the title as ALA writes them', () => {
    expect(spanOf({ start: 2014, count: 2 })).toEqual({ start: 2014, end: 2015 });
    expect(spanOf({ start: 2020, count: 1 })).toEqual({ start: 2020, end: 2020 });
    expect(yearRange({ start: 2017, end: 2017 })).toBe('2017');
    expect(yearRange({ start: 1999, end: 2001 })).toBe('1999-2001');
    expect(titleWithYears('Phase 1: Libraries Transforming Communities', { start: 2014, end: 2015 })).toBe(
      'Phase 1: Libraries Transforming Communities (2014-15)',
    );
  });
});

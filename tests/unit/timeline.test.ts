import { describe, expect, it } from 'vitest';
import { axisYears, placement, yearRange, yearsInTitle } from '../../src/lib/timeline';

describe('axisYears', () => {
  it('runs from the first start to the last end, one entry per year', () => {
    expect(
      axisYears([
        { start: 2016, end: 2018 },
        { start: 2014, end: 2015 },
      ]),
    ).toEqual([2014, 2015, 2016, 2017, 2018]);
  });

  it('is empty without phases', () => {
    expect(axisYears([])).toEqual([]);
  });
});

describe('placement', () => {
  it('covers the columns of each year of the span, both ends included', () => {
    expect(placement({ start: 2014, end: 2015 }, 2014)).toEqual({ columnStart: 1, columnEnd: 3 });
    expect(placement({ start: 2016, end: 2018 }, 2014)).toEqual({ columnStart: 3, columnEnd: 6 });
    expect(placement({ start: 2017, end: 2017 }, 2014)).toEqual({ columnStart: 4, columnEnd: 5 });
  });
});

describe('yearRange', () => {
  it('writes ranges as ALA does', () => {
    expect(yearRange({ start: 2014, end: 2015 })).toBe('2014-15');
    expect(yearRange({ start: 2016, end: 2018 })).toBe('2016-18');
    expect(yearRange({ start: 2017, end: 2017 })).toBe('2017');
    expect(yearRange({ start: 1999, end: 2001 })).toBe('1999-2001');
  });
});

describe('yearsInTitle', () => {
  it("reads ALA's year ranges in parentheses", () => {
    expect(yearsInTitle('Phase 1: Libraries Transforming Communities (2014-15)')).toEqual({ start: 2014, end: 2015 });
    expect(yearsInTitle('Phase 2 (2016–2018)')).toEqual({ start: 2016, end: 2018 });
    expect(yearsInTitle('Phase 9 (2099-01)')).toEqual({ start: 2099, end: 2101 });
    expect(yearsInTitle('A one-year phase (2020)')).toEqual({ start: 2020, end: 2020 });
  });

  it('finds none in a title without years in parentheses', () => {
    expect(yearsInTitle('About Libraries Transforming Communities (LTC)')).toBeUndefined();
    expect(yearsInTitle('Phase 3')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import Timeline from '../../src/components/Timeline.astro';
import { renderToDocument } from './render';

const items = [
  {
    label: 'Phase 1',
    title: 'Phase 1: Libraries Transforming Communities (2014-15)',
    years: { start: 2014, end: 2015 },
    href: '/phase-1/',
  },
  {
    label: 'Phase 2',
    title: 'Phase 2: Models for Change (2016-18)',
    years: { start: 2016, end: 2018 },
    href: '/phase-2/',
  },
];

describe('Timeline', () => {
  it('is an ordered list with one linked item per phase, in order', async () => {
    const doc = await renderToDocument(Timeline, { items, siteShortName: 'LTC' });
    const entries = [...doc.querySelectorAll('ol > li')];
    expect(entries).toHaveLength(2);
    expect(entries.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(['/phase-1/', '/phase-2/']);
    expect(entries[0]?.textContent).toContain('Phase 1');
    expect(entries[0]?.textContent).toContain('2014-15');
    expect(entries[1]?.textContent).toContain('2016-18');
  });

  it('gives each link the phase title for screen readers', async () => {
    const doc = await renderToDocument(Timeline, { items, siteShortName: 'LTC' });
    expect(doc.querySelector('ol > li a')?.textContent).toBe(
      'Phase 1 2014-15: Phase 1: Libraries Transforming Communities (2014-15)',
    );
  });

  it('draws a year axis from the first start to the last end, hidden from screen readers', async () => {
    const doc = await renderToDocument(Timeline, { items, siteShortName: 'LTC' });
    const axis = doc.querySelector('section > div > [aria-hidden="true"]')!;
    expect([...axis.querySelectorAll('span')].map((span) => span.textContent)).toEqual([
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
    ]);
    expect(axis.classList.contains('grid-cols-5')).toBe(true);
  });

  it("spans each phase's bar over the columns of its years, hidden from screen readers", async () => {
    const doc = await renderToDocument(Timeline, { items, siteShortName: 'LTC' });
    const [first, second] = [...doc.querySelectorAll('ol > li a [aria-hidden="true"] > span')];
    expect([...first!.classList]).toEqual(expect.arrayContaining(['col-start-1', 'col-end-3']));
    expect([...second!.classList]).toEqual(expect.arrayContaining(['col-start-3', 'col-end-6']));
  });
});

/** The axis labels, each phase's bar classes and the axis's classes of a rendered timeline. */
async function drawn(phases: typeof items) {
  const doc = await renderToDocument(Timeline, { items: phases, siteShortName: 'LTC' });
  const axis = doc.querySelector('section > div > [aria-hidden="true"]')!;
  return {
    doc,
    axis,
    ticks: [...axis.querySelectorAll('span')].map((span) => span.textContent),
    bars: [...doc.querySelectorAll('ol > li a [aria-hidden="true"]')].map((row) => ({
      row: [...row.classList],
      bar: [...row.querySelector('span')!.classList],
    })),
  };
}

describe('Timeline with a long axis', () => {
  const long = [
    { label: 'Phase 1', title: 'Phase 1', years: { start: 2000, end: 2003 }, href: '/phase-1/' },
    { label: 'Phase 2', title: 'Phase 2', years: { start: 2010, end: 2019 }, href: '/phase-2/' },
  ];

  it('draws the axis and the bars only from the sm breakpoint on, so phones get the names and years in words', async () => {
    const { axis, bars, doc } = await drawn(long);
    expect([...axis.classList]).toEqual(expect.arrayContaining(['hidden', 'sm:grid', 'sm:grid-cols-10']));
    expect(bars[0]?.row).toEqual(expect.arrayContaining(['hidden', 'sm:grid', 'sm:grid-cols-10']));
    expect(bars[0]?.bar).toEqual(expect.arrayContaining(['sm:col-start-1', 'sm:col-end-3']));
    expect(bars[1]?.bar).toEqual(expect.arrayContaining(['sm:col-start-6', 'sm:col-end-11']));
    expect(doc.querySelector('ol')!.className).not.toMatch(/grid-cols/);
  });

  it('draws decades as a ruler of round years, each phase still named with its own years', async () => {
    const decades = [
      { label: 'Phase 1', title: 'Phase 1', years: { start: 1980, end: 2015 }, href: '/phase-1/' },
      { label: 'Phase 2', title: 'Phase 2 (2016-18)', years: { start: 2016, end: 2018 }, href: '/phase-2/' },
    ];
    const { ticks, bars, doc } = await drawn(decades);
    expect(ticks).toEqual(['1980', '1985', '1990', '1995', '2000', '2005', '2010', '2015']);
    expect(bars.map((b) => b.bar.filter((c) => c.includes('col-')))).toEqual([
      ['sm:col-start-1', 'sm:col-end-9'],
      ['sm:col-start-8', 'sm:col-end-9'],
    ]);
    expect([...doc.querySelectorAll('ol > li a')].map((a) => a.textContent)).toEqual([
      'Phase 1 1980-2015: Phase 1',
      'Phase 2 2016-18: Phase 2 (2016-18)',
    ]);
  });

  it('draws two centuries in at most 12 columns', async () => {
    const { ticks } = await drawn([{ label: 'All', title: 'All', years: { start: 1900, end: 2100 }, href: '/all/' }]);
    expect(ticks).toHaveLength(11);
    expect([ticks[0], ticks.at(-1)]).toEqual(['1900', '2100']);
  });
});

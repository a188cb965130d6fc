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
    const axis = doc.querySelector('[aria-hidden="true"]')!;
    expect([...axis.querySelectorAll('span')].map((span) => span.textContent)).toEqual([
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
    ]);
    expect(axis.classList.contains('grid-cols-5')).toBe(true);
  });

  it('spans each phase over the columns of its years', async () => {
    const doc = await renderToDocument(Timeline, { items, siteShortName: 'LTC' });
    const [first, second] = [...doc.querySelectorAll('ol > li')];
    expect([...first!.classList]).toEqual(expect.arrayContaining(['col-start-1', 'col-end-3']));
    expect([...second!.classList]).toEqual(expect.arrayContaining(['col-start-3', 'col-end-6']));
  });
});

describe('Timeline with a long axis', () => {
  const long = [
    { label: 'Phase 1', title: 'Phase 1', years: { start: 2000, end: 2003 }, href: '/phase-1/' },
    { label: 'Phase 2', title: 'Phase 2', years: { start: 2010, end: 2019 }, href: '/phase-2/' },
  ];

  it('draws the year grid only from the sm breakpoint on, so phones get a stacked list', async () => {
    const doc = await renderToDocument(Timeline, { items: long, siteShortName: 'LTC' });
    const axis = doc.querySelector('[aria-hidden="true"]')!;
    expect([...axis.classList]).toEqual(expect.arrayContaining(['hidden', 'sm:grid', 'sm:grid-cols-20']));
    const [first, second] = [...doc.querySelectorAll('ol > li')];
    expect([...first!.classList]).toEqual(expect.arrayContaining(['sm:col-start-1', 'sm:col-end-5']));
    expect([...second!.classList]).toEqual(expect.arrayContaining(['sm:col-start-11', 'sm:col-end-21']));
    expect(doc.querySelector('ol')!.classList.contains('grid-cols-20')).toBe(false);
  });
});

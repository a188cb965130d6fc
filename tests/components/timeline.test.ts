import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import Timeline from '../../src/components/Timeline.astro';

const phase = (n: number, start: number, end: number) => ({
  label: `Stage ${n}`,
  title: `Stage ${n}: its title`,
  years: { start, end },
  href: `/stage-${n}/`,
});

/** The rendered timeline's phase links, its axis's classes and labels, and each bar's classes: elements, not substrings. */
async function drawn(items: ReturnType<typeof phase>[]) {
  const container = await AstroContainer.create();
  const html = await container.renderToString(Timeline, { props: { phases: items, siteShortName: 'ASN' } });
  const doc = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
  const axis = doc.querySelector('section > div > [aria-hidden="true"]')!;
  return {
    links: [...doc.querySelectorAll('ol > li > a')],
    axis: [...axis.classList],
    ticks: [...axis.querySelectorAll('span')].map((span) => span.textContent),
    bars: [...doc.querySelectorAll('ol > li a [aria-hidden="true"] > span')].map((bar) =>
      [...bar.classList].filter((name) => name.includes('col-')),
    ),
  };
}

it("the timeline is an ordered list of links to the phases, each named by its label, years and title, over a year axis and each phase's bar over the columns of its years, hidden from screen readers", async () => {
  const { links, axis, ticks, bars } = await drawn([phase(1, 2014, 2015), phase(2, 2016, 2018)]);
  expect(links.map((link) => [link.getAttribute('href'), link.textContent])).toEqual([
    ['/stage-1/', 'Stage 1 2014-15: Stage 1: its title'],
    ['/stage-2/', 'Stage 2 2016-18: Stage 2: its title'],
  ]);
  expect(ticks).toEqual(['2014', '2015', '2016', '2017', '2018']);
  expect(axis).toEqual(expect.arrayContaining(['grid', 'grid-cols-5']));
  expect(bars).toEqual([
    ['col-start-1', 'col-end-3'],
    ['col-start-3', 'col-end-6'],
  ]);
});

it('the timeline draws a long axis and its bars only from the sm breakpoint on, so phones get the names and years in words', async () => {
  const { axis, bars } = await drawn([phase(1, 2000, 2003), phase(2, 2010, 2019)]);
  expect(axis).toEqual(expect.arrayContaining(['hidden', 'sm:grid', 'sm:grid-cols-10']));
  expect(bars).toEqual([
    ['sm:col-start-1', 'sm:col-end-3'],
    ['sm:col-start-6', 'sm:col-end-11'],
  ]);
});

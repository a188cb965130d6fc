import { describe, expect, it } from 'vitest';
import type { ResolvedLink } from '../../src/content-checks/downloads';
import { notFoundPage, overviewPage, phasePage, siteEntries, type SiteEntries } from '../../src/page-data/page-data';
import type { Source } from '../../src/schemas/fields';

const ROOT = 'https://www.example.org/tools/ltc/';
const source = (name: string) => ({ title: `Source ${name}`, url: `https://example.org/${name}` });

const phase = (n: number) => ({
  id: `stage-${n}`,
  data: {
    title: `Stage ${n}: a long title`,
    label: `Stage ${n}`,
    years: { start: 2000 + n, count: 1 },
    summary: `What stage ${n} did.`,
    partners: [],
    funders: [],
    learnMore: `https://example.org/stage-${n}`,
    sources: [source(`stage-${n}`), source('shared')],
  },
});

const resource = (kind: 'course' | 'guide', link: ResolvedLink, cardSource?: Source) => ({
  id: kind,
  data: {
    title: `A ${kind}`,
    kind,
    order: 1,
    sentence: `Use the ${kind}.`,
    graphicAlt: 'a picture',
    actionLabel: 'Go',
    href: link.kind === 'file' ? link.path : link.href,
    link,
    ...(cardSource && { source: cardSource }),
  },
});

const site: SiteEntries = {
  root: new URL(ROOT),
  settings: {
    siteName: 'A Site Name',
    shortName: 'ASN',
    publisher: { name: 'A Publisher', shortName: 'AP' },
    feedback: { sentence: 'Write to write@example.org.' },
  },
  overview: {
    data: {
      title: 'About the site',
      label: 'Home',
      description: 'What the site is.',
      tagline: 'A tagline.',
      learnMore: 'https://example.org/about',
      sources: [source('about')],
    },
  },
  phases: [phase(1), phase(2), phase(3)],
  resources: [
    resource('course', { kind: 'external', href: 'https://example.org/course' }, source('shared')),
    resource('guide', {
      kind: 'file',
      path: '/downloads/guide.pdf',
      fileName: 'guide.pdf',
      bytes: 2000,
      label: 'PDF, 2 kB',
    }),
  ],
};

describe('every page', () => {
  const page = phasePage(site, 'stage-2');

  it('puts every link under the base path and every URL of the head and the JSON-LD under SITE_URL', () => {
    expect(page.header.homeHref).toBe('/tools/ltc/');
    expect(page.header.currentPath).toBe('/tools/ltc/stage-2/');
    expect(page.head).toMatchObject({ url: `${ROOT}stage-2/`, image: `${ROOT}og-image.png` });
    expect(page.cards.map((card) => card.href)).toEqual([
      'https://example.org/course',
      '/tools/ltc/downloads/guide.pdf',
    ]);
    expect(page.jsonLd.siteUrl).toBe(ROOT);
    expect(page.jsonLd.page?.url).toBe(`${ROOT}stage-2/`);
    expect(page.jsonLd.resources.map((resource) => resource.url)).toEqual([
      'https://example.org/course',
      `${ROOT}downloads/guide.pdf`,
    ]);
  });

  it('titles the page with its years and the publisher, and asks for feedback at the address of the sentence, with a subject that names the page', () => {
    expect(page.title).toBe('Stage 2: a long title (2002)');
    expect(page.head.title).toBe('Stage 2: a long title (2002) | AP');
    expect(page.feedback).toEqual({
      email: 'write@example.org',
      sentence: 'Write to write@example.org.',
      subject: 'Feedback: Stage 2 - A Site Name',
    });
  });

  it("lists the page's sources, then the cards', each once, and each name an address is cited under", () => {
    expect(page.sources).toEqual([source('stage-2'), source('shared')]);
    expect(overviewPage(site).sources).toEqual([source('about'), source('shared')]);
    const renamed = { ...source('shared'), title: 'The shared source, renamed on its card' };
    const cards = [resource('course', { kind: 'external', href: 'https://example.org/course' }, renamed)];
    expect(overviewPage({ ...site, resources: cards }).sources).toEqual([source('about'), renamed]);
  });
});

it('siteEntries puts the phases in the order of their first years, then of their labels, and cards by position, then title', () => {
  const stage = (n: number, start: number, label: string) => ({
    ...phase(n),
    data: { ...phase(n).data, label, years: { start, count: 1 } },
  });
  const card = (id: string, order: number, title: string) => ({
    id,
    data: { ...site.resources[0]!.data, order, title },
  });
  const sorted = siteEntries({
    ...site,
    phases: [stage(1, 2010, 'B'), stage(2, 2001, 'Z'), stage(3, 2010, 'A')],
    resources: [card('x', 2, 'A card'), card('y', 1, 'Z card'), card('z', 1, 'B card')],
  });
  expect(sorted.phases.map(({ id }) => id)).toEqual(['stage-2', 'stage-3', 'stage-1']);
  expect(sorted.resources.map(({ id }) => id)).toEqual(['z', 'y', 'x']);
});

describe('overviewPage, phasePage and notFoundPage', () => {
  it('start the breadcrumb at the overview, and the overview gives the timeline each phase in order with its link', () => {
    const overview = overviewPage(site);
    expect(overview.jsonLd.page?.breadcrumb).toEqual([{ name: 'Home', url: ROOT }]);
    expect(phasePage(site, 'stage-3').jsonLd.page?.breadcrumb).toEqual([
      { name: 'Home', url: ROOT },
      { name: 'Stage 3', url: `${ROOT}stage-3/` },
    ]);
    expect(overview.phases.map(({ label, href }) => [label, href])).toEqual(
      [1, 2, 3].map((n) => [`Stage ${n}`, `/tools/ltc/stage-${n}/`]),
    );
  });

  it('make the 404 page no page of the index: noindex, no WebPage or breadcrumb, no sources', () => {
    const page = notFoundPage(site);
    expect(page.head.indexable).toBe(false);
    expect(page.jsonLd.page).toBeUndefined();
    expect(page.sources).toEqual([]);
  });
});

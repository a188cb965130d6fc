import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import JsonLd from '../../src/components/JsonLd.astro';

const SITE = 'https://www.example.org';

const props = {
  siteName: 'Libraries Transforming Communities',
  siteShortName: 'LTC',
  publisher: { name: 'American Library Association', shortName: 'ALA' },
  page: {
    name: 'Phase 1: Libraries Transforming Communities (2014-15)',
    description: 'About phase 1.',
    trail: [
      { name: 'Overview', href: '/' },
      { name: 'Phase 1', href: '/phase-1/' },
    ],
  },
  resources: [
    {
      id: 'e-course',
      data: {
        title: 'The e-course',
        kind: 'course',
        order: 1,
        sentence: 'A free e-course.',
        graphicAlt: 'x',
        actionLabel: 'Start',
        href: 'https://www.ala.org/c',
        link: { kind: 'external', href: 'https://www.ala.org/c' },
      },
    },
    {
      id: 'guide',
      data: {
        title: 'The guide',
        kind: 'guide',
        order: 2,
        sentence: 'A free guide.',
        graphicAlt: 'x',
        actionLabel: 'Get',
        href: '/downloads/g.pdf',
        link: { kind: 'file', path: '/downloads/g.pdf', fileName: 'g.pdf', bytes: 10, label: 'PDF, 10 bytes' },
      },
    },
  ],
};

/** Renders JsonLd as the phase 1 page of a site at SITE, and returns its script elements. */
async function render(overrides: Record<string, unknown> = {}) {
  const container = await AstroContainer.create({ astroConfig: { site: SITE } });
  const html = await container.renderToString(JsonLd, {
    props: { ...props, ...overrides },
    request: new Request(`${SITE}/phase-1/`),
  });
  return [...parseHTML(`<!doctype html><html><head>${html}</head></html>`).document.querySelectorAll('script')];
}

describe('JsonLd', () => {
  it('writes one application/ld+json data block, not a script to run', async () => {
    const scripts = await render();
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.getAttribute('type')).toBe('application/ld+json');
  });

  it('describes the page with absolute URLs from the site address', async () => {
    const [script] = await render();
    const graph = (JSON.parse(script!.textContent) as { '@graph': Record<string, unknown>[] })['@graph'];
    const node = (type: string) => graph.find((entry) => entry['@type'] === type);
    expect(graph.map((entry) => entry['@type'])).toEqual([
      'WebSite',
      'Organization',
      'WebPage',
      'BreadcrumbList',
      'Course',
      'DigitalDocument',
    ]);
    expect(node('WebSite')?.['url']).toBe(`${SITE}/`);
    expect(node('WebPage')?.['url']).toBe(`${SITE}/phase-1/`);
    expect(node('BreadcrumbList')?.['itemListElement']).toMatchObject([
      { item: `${SITE}/` },
      { item: `${SITE}/phase-1/` },
    ]);
    expect(node('Course')?.['url']).toBe('https://www.ala.org/c');
    // A guide served by this site gets the site's absolute address.
    expect(node('DigitalDocument')?.['url']).toBe(`${SITE}/downloads/g.pdf`);
  });

  it('keeps a "</script>" in the content inside the data block', async () => {
    const scripts = await render({ siteName: 'LTC</script><script>alert(1)</script>' });
    expect(scripts).toHaveLength(1);
    expect((JSON.parse(scripts[0]!.textContent) as { '@graph': { name: string }[] })['@graph'][0]?.name).toBe(
      'LTC</script><script>alert(1)</script>',
    );
  });
});

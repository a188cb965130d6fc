import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import Head from '../../src/components/Head.astro';

const SITE = 'https://www.example.org';
const props = {
  title: 'Phase 1 | ALA',
  description: 'About phase 1.',
  siteName: 'Libraries Transforming Communities',
  publisher: 'American Library Association',
};

/** Renders Head as the phase 1 page of a site at SITE. */
async function renderHead() {
  const container = await AstroContainer.create({ astroConfig: { site: SITE } });
  const html = await container.renderToString(Head, { props, request: new Request(`${SITE}/phase-1/`) });
  const { document } = parseHTML(`<!doctype html><html><head>${html}</head></html>`);
  return (selector: string, attribute = 'content') => document.querySelector(selector)?.getAttribute(attribute);
}

describe('Head', () => {
  it('names the Open Graph image by its absolute URL, with its size, type and text alternative', async () => {
    const meta = await renderHead();
    expect(meta('meta[property="og:image"]')).toBe(`${SITE}/og-image.png`);
    expect(meta('meta[property="og:image:width"]')).toBe('1200');
    expect(meta('meta[property="og:image:height"]')).toBe('630');
    expect(meta('meta[property="og:image:type"]')).toBe('image/png');
    expect(meta('meta[property="og:image:alt"]')).toBe(
      'Libraries Transforming Communities. An initiative of the American Library Association.',
    );
  });

  it('asks for the large image card in X/Twitter previews', async () => {
    const meta = await renderHead();
    expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  });

  it('inlines the favicon as a data: URL without a raw space, which URLs may not hold', async () => {
    const href = (await renderHead())('link[rel="icon"]', 'href') ?? '';
    expect(href).toMatch(/^data:image\/svg\+xml,/);
    expect(href).not.toMatch(/\s/);
    expect(decodeURIComponent(href)).toContain('<svg');
  });
});

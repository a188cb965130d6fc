import { describe, expect, it } from 'vitest';
import Head from '../../src/components/Head.astro';
import { renderToDocument } from './render';

const head = {
  title: 'A page | AP',
  description: 'About a page.',
  siteName: 'A Site Name',
  url: 'https://www.example.org/a-page/',
  image: 'https://www.example.org/og-image.png',
  imageAlt: 'A Site Name. An initiative of A Publisher.',
};

describe('Head', () => {
  it('links an indexable page to its canonical URL, and asks search engines to leave the 404 page out', async () => {
    const page = await renderToDocument(Head, { ...head, indexable: true });
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(head.url);
    expect(page.querySelector('meta[name="robots"]')).toBeNull();
    const notFound = await renderToDocument(Head, { ...head, indexable: false });
    expect(notFound.querySelector('link[rel="canonical"]')).toBeNull();
    expect(notFound.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('inlines the favicon as a data: URL without a raw space, which URLs may not hold', async () => {
    const href = (await renderToDocument(Head, { ...head, indexable: true }))
      .querySelector('link[rel="icon"]')
      ?.getAttribute('href');
    expect(href).toMatch(/^data:image\/svg\+xml,/);
    expect(href).not.toMatch(/\s/);
    expect(decodeURIComponent(href!)).toContain('<svg');
  });
});

import { describe, expect, it } from 'vitest';
import ResourceCard from '../../src/components/ResourceCard.astro';
import type { Card } from '../../src/page-data/page-data';
import { renderToDocument } from './render';

const card = {
  id: 'guide',
  kind: 'guide',
  title: 'A guide',
  sentence: 'Learn the basics with the free guide.',
  graphicAlt: 'graphic of a document with a download arrow',
  actionLabel: 'Download the guide',
  href: 'https://example.org/guide',
  file: undefined,
} satisfies Card;

describe('ResourceCard', () => {
  it('links a resource elsewhere without the download attribute', async () => {
    const link = (await renderToDocument(ResourceCard, card)).querySelector('a')!;
    expect(link.getAttribute('href')).toBe(card.href);
    expect(link.hasAttribute('download')).toBe(false);
    expect(link.hasAttribute('target')).toBe(false);
    expect(link.textContent).toBe('Download the guide');
  });

  it('links a file of the site with download, its format and its size', async () => {
    const file = { ...card, href: '/downloads/guide.pdf', file: { name: 'guide.pdf', label: 'PDF, 1.2 MB' } };
    const link = (await renderToDocument(ResourceCard, file)).querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/downloads/guide.pdf');
    expect(link.getAttribute('download')).toBe('guide.pdf');
    expect(link.textContent).toBe('Download the guide (PDF, 1.2 MB)');
  });

  it('shows the title as a heading, the sentence, and the picture named by its alt text', async () => {
    const doc = await renderToDocument(ResourceCard, card);
    expect(doc.querySelector('h3')?.textContent).toBe(card.title);
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toContain(card.sentence);
    const svg = doc.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const title = doc.getElementById(svg.getAttribute('aria-labelledby')!);
    expect(title?.tagName.toLowerCase()).toBe('title');
    expect(title?.textContent).toBe(card.graphicAlt);
  });
});

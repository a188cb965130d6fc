import { describe, expect, it } from 'vitest';
import ResourceCard from '../../src/components/ResourceCard.astro';
import type { ResolvedLink } from '../../src/content-checks/downloads';
import { renderToDocument } from './render';

const guide = {
  title: 'Leading Conversations in Small and Rural Libraries',
  kind: 'guide',
  order: 2,
  sentence:
    'Learn basic facilitation skills with ALA’s free guide, “Leading Conversations in Small and Rural Libraries.”',
  graphicAlt: 'graphic of a document with a download arrow',
  actionLabel: 'Download the guide',
  href: '/downloads/guide.pdf',
};

const external: ResolvedLink = {
  kind: 'external',
  href: 'https://www.ala.org/tools/librariestransform/libraries-transforming-communities/online-learning',
};
const file: ResolvedLink = {
  kind: 'file',
  path: '/downloads/guide.pdf',
  fileName: 'guide.pdf',
  bytes: 1_234_567,
  label: 'PDF, 1.2 MB',
};

describe('ResourceCard', () => {
  it('links an external resource without the download attribute', async () => {
    const doc = await renderToDocument(ResourceCard, { id: 'guide', data: guide, link: external });
    const link = doc.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(external.href);
    expect(link.hasAttribute('download')).toBe(false);
    expect(link.hasAttribute('target')).toBe(false);
    expect(link.textContent).toBe('Download the guide');
  });

  it('links a file of the site with download, its format and its size', async () => {
    const doc = await renderToDocument(ResourceCard, { id: 'guide', data: guide, link: file });
    const link = doc.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/downloads/guide.pdf');
    expect(link.getAttribute('download')).toBe('guide.pdf');
    expect(link.textContent).toBe('Download the guide (PDF, 1.2 MB)');
  });

  it('gives the graphic the source page’s alt text as its accessible name', async () => {
    const doc = await renderToDocument(ResourceCard, { id: 'guide', data: guide, link: external });
    const svg = doc.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const title = doc.getElementById(svg.getAttribute('aria-labelledby')!);
    expect(title?.tagName.toLowerCase()).toBe('title');
    expect(title?.textContent).toBe('graphic of a document with a download arrow');
  });

  it('shows the title as a heading and the source sentence', async () => {
    const doc = await renderToDocument(ResourceCard, { id: 'guide', data: guide, link: external });
    expect(doc.querySelector('h3')?.textContent).toBe(guide.title);
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toContain(guide.sentence);
  });
});

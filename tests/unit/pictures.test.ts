import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Nodes } from 'hast';
import { hastToHtml, mdxToHast } from 'satteri';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PICTURE_SIZES, pictureWidth, picturesPlugin } from '../../src/markdown/pictures';

/* The pictures of the text as Astro's image service gets them: compiled as content/phases/phase-1.mdx is. */

let root = '';
const images = () => join(root, 'content', 'phases', 'images');
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ltc-pictures-'));
  mkdirSync(images(), { recursive: true });
  await sharp({ create: { width: 1000, height: 500, channels: 3, background: '#4a7' } })
    .jpeg()
    .toFile(join(images(), 'cohort.jpg'));
  // A PNG cut off after its signature.
  writeFileSync(join(images(), 'small.png'), Buffer.from('89504e470d0a1a0a0000', 'hex'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The page's HTML, each picture's marker for Astro's image service in its place as `<img {…}>`, and those markers. */
function compile(text: string): { html: string; pictures: Record<string, unknown>[] } {
  const fileURL = pathToFileURL(join(root, 'content', 'phases', 'phase-1.mdx'));
  const pictures: Record<string, unknown>[] = [];
  const html = hastToHtml(mdxToHast(text, { hastPlugins: [picturesPlugin()], fileURL }) as Nodes).replace(
    /<img __ASTRO_IMAGE_="([^"]*)">/g,
    (_img, marker: string) => {
      pictures.push(JSON.parse(marker.replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as Record<string, unknown>);
      return '<img {…}>';
    },
  );
  return { html, pictures };
}

it('picturesPlugin makes a picture with a title a figure whose caption is the title, and gives it and one among other words (in a link) the shown width', () => {
  const { html, pictures } = compile(
    'Intro.\n\n![The cohort](./images/cohort.jpg "Denver, 2015")\n\n[![The cohort](./images/cohort.jpg)](/phase-2/)\n',
  );
  expect(html).toContain('<figure><img {…}><figcaption>Denver, 2015</figcaption></figure>');
  expect(html).toContain('<a href="/phase-2/"><img {…}></a>');
  // No wider than the text's column, so it fits without the stylesheet too.
  const shown = { src: './images/cohort.jpg', alt: 'The cohort', sizes: PICTURE_SIZES, width: 736 };
  expect(pictures).toEqual([shown, shown]);
});

it('picturesPlugin loads the picture that opens the text first, and leaves one without a title in its paragraph', () => {
  const { html, pictures } = compile('![The cohort](./images/cohort.jpg)\n\nText.\n');
  expect(pictures[0]).toMatchObject({ priority: true });
  expect(html).toContain('<p><img {…}></p>');
});

it('pictureWidth reads the width of each kind of picture the site takes, which Astro sizes from the file otherwise', async () => {
  const create = { create: { width: 517, height: 300, channels: 4 as const, background: '#123' } };
  for (const kind of ['jpeg', 'png', 'gif', 'webp'] as const) {
    await sharp(create)
      .toFormat(kind)
      .toFile(join(images(), `a.${kind}`));
    expect(pictureWidth(join(images(), `a.${kind}`)), kind).toBe(517);
  }
  await sharp(create).webp({ lossless: true }).toFile(join(images(), 'lossless.webp'));
  expect(pictureWidth(join(images(), 'lossless.webp'))).toBe(517);
  expect(pictureWidth(join(images(), 'small.png'))).toBeUndefined();
});

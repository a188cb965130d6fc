import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PICTURE_SIZES, pictureWidth, picturesPlugin } from '../../src/markdown/pictures';

/* The pictures of the text as Astro's <Image> gets them: compiled as content/phases/phase-1.mdx is. */

let root = '';
const images = () => join(root, 'content', 'phases', 'images');
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ltc-pictures-'));
  mkdirSync(images(), { recursive: true });
  await sharp({ create: { width: 1000, height: 500, channels: 3, background: '#4a7' } })
    .jpeg()
    .toFile(join(images(), 'cohort.jpg'));
  writeFileSync(join(images(), 'small.png'), '');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function compile(text: string): Promise<string> {
  const renderer = await satteri({ hastPlugins: [picturesPlugin()] }).createMdxRenderer!({}, { optimize: false });
  return (await renderer.process(text, join(root, 'content', 'phases', 'phase-1.mdx'), {})).code;
}

describe('picturesPlugin', () => {
  it('makes a picture with a title a figure whose caption is the title, and gives it the shown width', async () => {
    const code = await compile('Intro.\n\n![The cohort](./images/cohort.jpg "Denver, 2015")\n');
    expect(code).toMatch(
      /figure, \{ children: \[_jsx\(_components\["astro-image"\][\s\S]*figcaption, \{ children: "Denver, 2015"/,
    );
    expect(code).toContain(JSON.stringify(PICTURE_SIZES));
    // No wider than the text's column, so it fits without the stylesheet too.
    expect(code).toContain('width: "736"');
    expect(code).not.toContain('title:');
    expect(code).not.toContain('priority');
  });

  it('loads the picture that opens the text first, and leaves one without a title in its paragraph', async () => {
    const code = await compile('![The cohort](./images/cohort.jpg)\n\nText.\n');
    expect(code).toContain('priority');
    expect(code).not.toContain('figure');
  });

  it('gives a picture among other words (in a link) the shown width too', async () => {
    const code = await compile('Text.\n\n[![The cohort](./images/cohort.jpg)](/phase-2/)\n');
    expect(code).toContain(JSON.stringify(PICTURE_SIZES));
    expect(code).toContain('width: "736"');
  });

  it('reads the width of each kind of picture the site takes, which Astro sizes from the file otherwise', async () => {
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
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PICTURE_SIZES, picturesPlugin } from '../../src/markdown/pictures';

/* The pictures of the text as Astro's <Image> gets them: compiled as content/phases/phase-1.mdx is. */

let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ltc-pictures-'));
  mkdirSync(join(root, 'content', 'phases', 'images'), { recursive: true });
  writeFileSync(join(root, 'content', 'phases', 'images', 'cohort.jpg'), '');
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
    expect(code).not.toContain('title:');
    expect(code).not.toContain('priority');
  });

  it('loads the picture that opens the text first, and leaves one without a title in its paragraph', async () => {
    const code = await compile('![The cohort](./images/cohort.jpg)\n\nText.\n');
    expect(code).toContain('priority');
    expect(code).not.toContain('figure');
  });
});

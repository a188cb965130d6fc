import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentLinksPlugin } from '../../src/content-checks/mdx-checks';

/** A project folder with two phases, a picture and one public file, enough to check links against. */
let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ltc-content-checks-'));
  mkdirSync(join(root, 'content', 'phases'), { recursive: true });
  mkdirSync(join(root, 'public', 'downloads'), { recursive: true });
  mkdirSync(join(root, 'content', 'phases', 'images'));
  writeFileSync(join(root, 'content', 'phases', 'images', 'map.png'), '');
  for (const id of ['phase-1', 'phase-2']) writeFileSync(join(root, 'content', 'phases', `${id}.mdx`), '');
  writeFileSync(join(root, 'public', 'downloads', 'guide.pdf'), '%PDF');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Compiles MDX text as content/phases/phase-2.mdx with the plugin, as the build does. */
async function compile(text: string, base = '/tools/ltc/') {
  const processor = satteri({ hastPlugins: [contentLinksPlugin({ root, base })] });
  const renderer = await processor.createMdxRenderer!({}, { optimize: false });
  return (await renderer.process(text, join(root, 'content', 'phases', 'phase-2.mdx'), {})).code;
}

describe('contentLinksPlugin: addresses and drawings in tags', () => {
  // <svg> is in the catalogue; <math> could carry links that escape the checks just as well.
  it('refuses <math> as a drawing or formula written as code', async () => {
    await expect(compile('Intro.\n\n<math><mi>x</mi></math>\n')).rejects.toThrow(
      /line 3: <math> is a drawing or a formula written as code in the page, .*images\/ folder beside the page/,
    );
  });

  it('checks href=, cite= and src= on every tag as links and files', async () => {
    for (const tag of [
      '<area href="javascript:alert(1)" alt="Map" />',
      '<blockquote cite="javascript:alert(1)">Said</blockquote>',
    ])
      await expect(compile(`Intro.\n\n${tag}\n`), tag).rejects.toThrow(
        /line 3: the link "javascript:alert\(1\)" runs code/,
      );
    await expect(compile('Intro.\n\n<source src="https://example.org/a.png" />\n')).rejects.toThrow(
      /line 3: the image "https:\/\/example\.org\/a\.png" is on another site/,
    );
    expect(await compile('Intro.\n\n<area href="/phase-1/" alt="Phase 1" />\n')).toContain(
      'href: "/tools/ltc/phase-1/"',
    );
  });
});

describe("contentLinksPlugin: code in an image's alt text", () => {
  it('refuses braces in the alt text as code between braces, at their line, once each', async () => {
    const error = String(
      await compile(
        'Intro.\n\n![{process.env.PATH}](./images/map.png) and ![{process.env.PATH}](./images/map.png)\n',
      ).catch((e: Error) => e),
    );
    expect(error.split('\n')).toEqual([
      expect.stringMatching(
        /^ContentCheckError: content\/phases\/phase-2\.mdx, line 3: \{process\.env\.PATH\} is code between braces/,
      ),
    ]);
  });

  it('allows a brace written \\{ and a note in the alt text', async () => {
    const code = await compile('Intro.\n\n![The \\{ key{/* note */}](./images/map.png)\n');
    expect(code).toContain('from "./images/map.png"');
  });
});

describe('the policy for the text of a page', () => {
  /** The problems of a text compiled as content/phases/phase-2.mdx, one per line of the message. */
  async function problemsOf(text: string): Promise<string[]> {
    const error = await compile(text).then(
      () => undefined,
      (e: unknown) => e,
    );
    return error instanceof Error ? error.message.split('\n') : [];
  }

  it('refuses a level-1 heading written <h1> as one written #', async () => {
    expect(await problemsOf('Text.\n\n<h1>Funders</h1>\n')).toEqual([
      expect.stringMatching(/^content\/phases\/phase-2\.mdx, line 3: .*write ## Funders/),
    ]);
  });
});

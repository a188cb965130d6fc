import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { parseFrontmatter } from 'astro/markdown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentLinksPlugin } from '../../src/content-checks/mdx-checks';
import type { SectionLinks } from '../../src/content-checks/section-links';
import { FIXTURE_SITE_NAME, ROOT } from '../support/temp-site';

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

describe('valid Markdown passes', () => {
  const fixture = join(ROOT, 'tests', 'fixtures', FIXTURE_SITE_NAME);
  const page = join(fixture, 'content', 'phases', 'every-construct.mdx');

  it('compiles the fixture page of every construct the guide allows with no message, keeping its section links', async () => {
    const sections: SectionLinks = new Map();
    const processor = satteri({ hastPlugins: [contentLinksPlugin({ root: fixture, base: '/', sections })] });
    const renderer = await processor.createMdxRenderer!({}, { optimize: false });
    const { frontmatter, content } = parseFrontmatter(readFileSync(page, 'utf8'), { frontmatter: 'empty-with-spaces' });
    const { code } = await renderer.process(content, page, frontmatter);
    // GFM links a bare www. address to http://: the page links it over https://.
    expect(code).toContain('"https://www.example.org"');
    const links = sections.get('content/phases/every-construct.mdx') ?? [];
    const named = links.map(({ page, id }) => `${page}#${id}`);
    expect(named).toContain('/every-construct/#a-table-with-alignment');
    expect(named).toContain('/mid-phase/#the-last-phase');
    expect(links.every(({ line }) => line !== undefined)).toBe(true);
  });

  it("names the line of a problem in text GFM writes itself, and takes a footnote's back-link (↩) for a link with words", async () => {
    await expect(compile('Intro[^1].\n\n[^1]: See [](https://www.ala.org/).\n')).rejects.toThrow(
      /^content\/phases\/phase-2\.mdx, line 3: the link to "https:\/\/www\.ala\.org\/" has no words[^\n]*$/,
    );
  });
});

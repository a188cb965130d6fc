import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SectionLinks } from '../../src/content-checks/section-links';
import { TIMELINE_ID } from '../../src/lib/timeline';
import { compileText as compile, siteRenderer } from '../support/mistakes';
import { FIXTURE_SITE_NAME, ROOT } from '../support/temp-site';

/* Each text is compiled as the editor-mistakes fixture's content/phases/phase-2.mdx, with the site's Markdown processor. */

describe('contentLinksPlugin: addresses in tags', () => {
  it('checks href=, cite= and src= on every tag as links and files', () => {
    for (const tag of [
      '<area href="javascript:alert(1)" alt="Map" />',
      '<blockquote cite="javascript:alert(1)">Said</blockquote>',
    ])
      expect(compile(`Intro.\n\n${tag}\n`).problems, tag).toEqual([
        expect.stringMatching(/line 3: the link "javascript:alert\(1\)" runs code/),
      ]);
    expect(compile('Intro.\n\n<source src="https://example.org/a.png" />\n').problems).toEqual([
      expect.stringMatching(/line 3: the image "https:\/\/example\.org\/a\.png" is on another site/),
    ]);
    expect(compile('Intro.\n\n<area href="/phase-1/" alt="Phase 1" />\n', '/tools/ltc/').code).toContain(
      'href="/tools/ltc/phase-1/"',
    );
  });
});

describe("contentLinksPlugin: code in an image's alt text", () => {
  it('refuses braces in the alt text as code between braces, at their line, once each', () => {
    const { problems } = compile(
      'Intro.\n\n![{process.env.PATH}](./images/map.png) and ![{process.env.PATH}](./images/map.png)\n',
    );
    expect(problems).toEqual([
      expect.stringMatching(/^content\/phases\/phase-2\.mdx, line 3: \{process\.env\.PATH\} is code between braces/),
    ]);
  });

  it('allows a brace written \\{ and a note in the alt text', () => {
    const { code, problems } = compile('Intro.\n\n![The \\{ key{/* note */}](./images/map.png)\n');
    expect(problems).toEqual([]);
    expect(code).toContain('./images/map.png');
  });
});

describe('the policy for the text of a page', () => {
  it('refuses a level-1 heading written <h1> as one written #', () => {
    expect(compile('Text.\n\n<h1>Funders</h1>\n').problems).toEqual([
      expect.stringMatching(/^content\/phases\/phase-2\.mdx, line 3: .*write ## Funders/),
    ]);
  });
});

describe('valid Markdown passes', () => {
  const fixture = join(ROOT, 'tests', 'fixtures', FIXTURE_SITE_NAME);
  const page = join(fixture, 'content', 'phases', 'every-construct.mdx');

  it('compiles the fixture page of every construct the guide allows with no message, keeping its section links', () => {
    const sections: SectionLinks = new Map();
    const result = siteRenderer(fixture, '/', sections)(page, readFileSync(page, 'utf8'));
    // GFM links a bare www. address to http://: the page links it over https://.
    expect('page' in result && result.page.html).toContain('"https://www.example.org"');
    const links = sections.get('content/phases/every-construct.mdx') ?? [];
    const named = links.map(({ page, id }) => `${page}#${id}`);
    expect(named).toContain('/every-construct/#a-table-with-alignment');
    expect(named).toContain(`/#${TIMELINE_ID}`);
    expect(links.every(({ line }) => line !== undefined)).toBe(true);
  });

  it("names the line of a problem in text GFM writes itself, and takes a footnote's back-link (↩) for a link with words", () => {
    expect(compile('Intro[^1].\n\n[^1]: See [](https://www.ala.org/).\n').problems).toEqual([
      expect.stringMatching(
        /^content\/phases\/phase-2\.mdx, line 3: the link to "https:\/\/www\.ala\.org\/" has no words/,
      ),
    ]);
  });
});

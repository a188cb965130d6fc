import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { LinkChecker, LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startPreview, type Preview } from '../support/preview';
import { readSiteContent } from '../support/site-content';
import { buildSite, makeTempSite, ROOT } from '../support/temp-site';

/*
 * Editors write links to this site from its root (/phase-1/); a site built for a sub-path
 * (BASE_PATH=/tools/ltc/) must still link to its own pages. Each build gets such links in the text
 * of its last phase, then is crawled.
 */

/**
 * Crawls a built site from its home page with linkinator, served by `astro preview` as a host
 * would serve it: every internal link, image, stylesheet and #fragment must resolve. External
 * links are not fetched (this network is closed) but are collected, and each must be https.
 */
async function crawl(url: string) {
  const external = new Set<string>();
  const result = await new LinkChecker().check({
    path: url,
    recurse: true,
    checkFragments: true,
    // linkinator's type asks for a Promise; nothing here awaits.
    linksToSkip: (link) => {
      if (link.startsWith(new URL(url).origin)) return Promise.resolve(false);
      external.add(link);
      return Promise.resolve(true);
    },
  });
  return {
    broken: result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.status} ${link.url} (on ${link.parent})`),
    crawled: result.links.filter((link) => link.state === LinkState.OK).map((link) => new URL(link.url).pathname),
    external: [...external],
  };
}

describe.each([
  { name: 'the default build', base: '/', port: 4331 },
  { name: 'a build under BASE_PATH=/tools/ltc/', base: '/tools/ltc/', port: 4332 },
])('links in $name', ({ base, port }) => {
  let dir = '';
  const { phases } = readSiteContent(ROOT);
  // Links written in the last phase's text, to the first phase and to the overview.
  const from = phases.at(-1)!.id;
  const to = phases[0]!.id;
  let preview: Preview | undefined;
  let site: Awaited<ReturnType<typeof crawl>>;

  // Every test reads this one build and crawl, whichever order the tests run in.
  beforeAll(async () => {
    dir = makeTempSite('links');
    appendFileSync(
      join(dir, 'content', 'phases', `${from}.mdx`),
      `\nRead about [the first phase](/${to}/#main) and <a href="/">the overview</a>.\n`,
    );
    const env = { BASE_PATH: base, SITE_URL: 'https://ltc.example.org' };
    const build = buildSite(dir, env);
    expect(build.ok, build.output).toBe(true);
    preview = await startPreview(dir, { base, env, port });
    site = await crawl(preview.url);
  });
  afterAll(async () => {
    await preview?.stop();
    // The copy's node_modules holds links only: removing them leaves the packages alone.
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The href of the link with these words in the text of the last phase's built page. */
  function linkTo(text: string): string | null {
    const { document } = parseHTML(readFileSync(join(dir, 'dist', from, 'index.html'), 'utf8'));
    return [...document.querySelectorAll('main a')].find((a) => a.textContent === text)?.getAttribute('href') ?? null;
  }

  it('puts the base path in front of links in MDX text, Markdown or <a>, keeping their #fragment', () => {
    expect(linkTo('the first phase')).toBe(`${base}${to}/#main`);
    expect(linkTo('the overview')).toBe(base);
  });

  it('has no broken internal link, asset or fragment', () => {
    expect(site.broken).toEqual([]);
  });

  it('reaches every page under the base path, and nothing outside it', () => {
    const pages = ['', ...phases.map((phase) => `${phase.id}/`)];
    for (const page of pages) expect(site.crawled).toContain(`${base}${page}`);
    expect(site.crawled.filter((path) => !path.startsWith(base))).toEqual([]);
  });

  it('serves the CMS under the base path, with the site address and base in its configuration', async () => {
    const page = await fetch(`${preview!.url}admin/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<script src="sveltia-cms.js"></script>');
    const config = parse(await (await fetch(`${preview!.url}admin/config.yml`)).text()) as Record<string, unknown>;
    expect(config.site_url).toBe(`https://ltc.example.org${base}`);
    expect((await fetch(`${preview!.url}admin/sveltia-cms.js`)).status).toBe(200);
  });

  it('links out only over https (or mailto:)', () => {
    expect(site.external.length).toBeGreaterThan(0);
    expect(site.external.filter((link) => !link.startsWith('https://') && !link.startsWith('mailto:'))).toEqual([]);
  });
});

import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { LinkChecker, LinkState } from 'linkinator';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { hostHeaderFiles } from '../../src/cms/host-headers';
import { formatBytes } from '../../src/lib/format-size';
import { addressIn } from '../../src/lib/mailto';
import { MAX_NAV_PHASES } from '../../src/lib/navigation';
import { spanOf, titleWithYears, yearRange } from '../../src/lib/timeline';
import { guideSection } from './field-tables';
import { byHand } from './hand-style';
import { FEEDBACK_MAIL } from './site-pages';
import { contentFiles, readFields, readSiteContent, type SiteContent } from './site-content';
import { setFields } from './mistakes';
import { buildSite, FIXTURE_SITE_ROOT, makeTempSite } from './temp-site';

/*
 * One build of a copy of the real content serves two guarantees (docs/testing.md, "Each guarantee and the
 * test that keeps it"): every "how to" of docs/editing.md, applied the way the guide words it,
 * shows on every page; and the built site, crawled as a host serves it, has no broken link. The
 * recipes work on whatever content there is (the last phase, the first card) and read their example
 * values from the guide. The added phase's text links to another page, as editors write links:
 * from the root (/phase-1/), which a build under BASE_PATH must still resolve.
 */

/** The value of `field: value` as the guide shows it in a section, failing when it is not there. */
function guideValue(section: string, field: string): string {
  const value = new RegExp(`${field}: ([^\`\\n]+)`).exec(section)?.[1]?.trim();
  if (!value) throw new Error(`docs/editing.md no longer shows "${field}: …" where the recipe expects it`);
  return value;
}

const RECIPE = {
  tagline: 'Recipe check: the tagline an editor wrote.',
  paragraph: 'Recipe check: a paragraph with',
  bold: 'bold words',
  summary: 'Recipe check: a reworded summary.',
  phase: { id: 'recipe-phase', label: 'Recipe phase', title: 'Recipe phase: added by following the guide' },
  card: { id: 'recipe-card', actionLabel: 'Open the recipe card', href: 'https://www.example.org/recipe/' },
  email: 'recipe-feedback@example.org',
};

/** The picture of "Add a picture", as the guide writes it: ![alt](./images/NAME "caption"). */
const PICTURE = /^!\[(.+)\]\(\.\/images\/([a-z0-9-]+\.jpg) "(.+)"\)$/m;

/** Applies each recipe of the guide to the copy in `dir`; returns the guide card's new href and label. */
async function applyRecipes(dir: string, before: SiteContent): Promise<{ href: string; label: string }> {
  // "Changing text": the overview's tagline and text, and the summary of the first phase.
  const overviewFile = contentFiles(dir, 'overview')[0]!;
  setFields(overviewFile, { tagline: RECIPE.tagline });
  // With a link to a heading of another page: its id comes from the slugger the pages use.
  writeFileSync(
    overviewFile,
    `${readFileSync(overviewFile, 'utf8')}\n${RECIPE.paragraph} **${RECIPE.bold}**, about [the added phase](/${RECIPE.phase.id}/#the-added-phase).\n`,
  );
  const phaseFile = (id: string) => join(dir, 'content', 'phases', `${id}.mdx`);
  setFields(phaseFile(before.phases[0]!.id), { summary: RECIPE.summary });

  // "Adding a phase": copy the last phase's file, change every field, replace the text.
  expect(guideSection('Adding a phase')).toContain('content/phases/');
  const last = before.phases.at(-1)!;
  // The year after the last phase's last: the phases stand in the order of their first years.
  const year = spanOf(last.data.years).end + 1;
  // A phase with no partners or funders leaves those fields out.
  const { partners: _p, funders: _f, ...lastFields } = readFields(phaseFile(last.id)) as Record<string, unknown>;
  const fields = {
    ...lastFields,
    title: RECIPE.phase.title,
    label: RECIPE.phase.label,
    years: { start: year, count: 1 },
    summary: 'The summary of the phase the recipe added.',
    learnMore: 'https://www.example.org/recipe-phase/',
    sources: [{ title: 'The recipe phase source', url: 'https://www.example.org/recipe-phase/source/' }],
  };
  // Links to sections, checked against the built pages: the layout's #main on another page, a heading here.
  const links = `Read about [the first phase](/${before.phases[0]!.id}/#main), [this phase](#the-added-phase) and <a href="/">the overview</a>.`;
  // "Add a picture": a camera's photo in the images/ folder beside the page, written as the guide shows it.
  const [picture = '', , name = ''] = PICTURE.exec(guideSection('Add a picture')) ?? [];
  if (!picture) throw new Error('docs/editing.md "Add a picture" no longer shows ![…](./images/NAME.jpg "…")');
  mkdirSync(join(dir, 'content', 'phases', 'images'), { recursive: true });
  await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#4a7' } })
    .jpeg()
    .toFile(join(dir, 'content', 'phases', 'images', name));
  const text = `## The added phase\n\n${links}\n\n${picture}\n`;
  writeFileSync(phaseFile(RECIPE.phase.id), `---\n${stringify(fields)}---\n\n${text}`);

  // "Adding a resource card": copy a card's file and change every field.
  expect(guideSection('Adding a resource card')).toContain('content/resources/');
  const cardFile = join(dir, 'content', 'resources', `${RECIPE.card.id}.yaml`);
  cpSync(contentFiles(dir, 'resources')[0]!, cardFile);
  setFields(cardFile, {
    title: 'Recipe card',
    order: Math.max(...before.resources.map((resource) => resource.data.order)) + 1,
    sentence: 'The sentence of the card the recipe added.',
    graphicAlt: 'graphic of the recipe card',
    actionLabel: RECIPE.card.actionLabel,
    href: RECIPE.card.href,
    source: { title: 'The recipe card source', url: 'https://www.example.org/recipe/source/' },
  });

  // "Hosting the guide's PDF on this site": the file in public/downloads/, href and actionLabel in
  // the guide card, with the values the guide shows.
  const hosting = guideSection("Hosting the guide's PDF on this site");
  const href = guideValue(hosting, 'href');
  const label = guideValue(hosting, 'actionLabel');
  cpSync(join(FIXTURE_SITE_ROOT, 'public', 'downloads', 'fixture-handbook.pdf'), join(dir, 'public', href));
  const guideCard = before.resources.find((card) => card.data.kind === 'guide');
  if (!guideCard) throw new Error('content/resources/ has no card of kind "guide" for the hosting recipe');
  setFields(join(dir, 'content', 'resources', `${guideCard.id}.yaml`), { href, actionLabel: label });

  // "Changing the feedback address": the address in feedback.sentence, the one place it is written.
  expect(guideSection('Changing the feedback address')).toContain('feedback.sentence');
  const { sentence } = before.settings.feedback;
  setFields(contentFiles(dir, 'site')[0]!, {
    'feedback.sentence': sentence.replace(addressIn(sentence), RECIPE.email),
  });
  return { href, label };
}

/**
 * Crawls the built site from its home page with linkinator, which serves dist/ under the base
 * path as a static host does (a folder's address without its slash is redirected): every internal
 * link, image, stylesheet and #fragment must resolve. External links are collected, not fetched
 * (this network is closed).
 */
async function crawl(dir: string, base: string, port: number) {
  // The base path as folders, with dist/ at its end: /tools/ltc/ is served from served/tools/ltc/.
  const served = join(dir, 'served');
  const folder = join(served, base).replace(/\/+$/, '');
  mkdirSync(dirname(folder), { recursive: true });
  symlinkSync(join(dir, 'dist'), folder);
  const result = await new LinkChecker().check({
    // The home page's file: linkinator drops a folder's final slash, and /tools/ltc is outside /tools/ltc/.
    path: `${base.slice(1)}index.html`,
    serverRoot: served,
    port,
    recurse: true,
    checkFragments: true,
    // Links off this server are not fetched (linkinator's type asks for a Promise): reported as skipped, with
    // the addresses it never fetches (mailto:, data:).
    linksToSkip: (link) => Promise.resolve(new URL(link).port !== String(port)),
  });
  return {
    broken: result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.status} ${link.url} (on ${link.parent})`),
    // As paths: linkinator names what it served as "tools/ltc/phase-1/".
    crawled: result.links
      .filter((link) => link.state === LinkState.OK)
      .map((link) => new URL(link.url, 'http://localhost/').pathname),
    external: result.links
      .filter((link) => link.state === LinkState.SKIPPED && /^https?:/.test(link.url))
      .map((link) => link.url),
  };
}

/** The fixture's page of every construct the guide allows (with its picture): its links go to pages every site has. */
const EVERY_CONSTRUCT = 'every-construct';

/** Builds a copy of the site with every recipe applied under `base`, crawls it on `port`, and checks both. */
export function checkSiteCopy(base: string, port: number): void {
  let dir = '';
  let before: SiteContent;
  let hosted = { href: '', label: '' };
  let site: Awaited<ReturnType<typeof crawl>>;
  const SITE_URL = 'https://ltc.example.org';

  /** A built page of the copy by its path below the base path (/ or /phase-1/), parsed. */
  const page = (path: string) => parseHTML(readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8')).document;
  const allPaths = () => ['/', ...readSiteContent(dir).phases.map((phase) => `/${phase.id}/`)];
  const href = (path: string) => `${base}${path.slice(1)}`;

  // Every test reads this one build and crawl, whichever order the tests run in.
  beforeAll(async () => {
    dir = makeTempSite('site-copy');
    // Content like any other: the recipes count it (the last phase, the navigation's length).
    for (const file of [`${EVERY_CONSTRUCT}.mdx`, join('images', 'Workshop photo.png')])
      cpSync(join(FIXTURE_SITE_ROOT, 'content', 'phases', file), join(dir, 'content', 'phases', file));
    before = readSiteContent(dir);
    hosted = await applyRecipes(dir, before);
    // Then every file is edited by hand, in YAML the CMS never writes: the build reads it as the CMS's.
    for (const folder of ['overview', 'phases', 'resources', 'site'])
      for (const file of contentFiles(dir, folder)) writeFileSync(file, byHand(readFileSync(file, 'utf8')));
    const result = await buildSite(dir, { BASE_PATH: base, SITE_URL });
    expect(result.ok, result.output).toBe(true);
    site = await crawl(dir, base, port);
  });
  // The copy's node_modules holds links only: removing them leaves the packages alone.
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe(`the recipes of docs/editing.md, built under ${base}`, () => {
    it('the copy is built from files written by hand in other YAML styles (quotes, folded blocks, lists on one line)', () => {
      const phase = readFileSync(join(dir, 'content', 'phases', `${before.phases[0]!.id}.mdx`), 'utf8');
      for (const style of [/^summary: >\n/m, /^title: "/m, /^label: '/m, /^sources:\s*\[/m])
        expect(phase).toMatch(style);
    });

    it("the fixture's page of every construct the guide allows builds with this content too", () => {
      // Built, and crawled with every page below (links to its sections included).
      expect(page(`/${EVERY_CONSTRUCT}/`).querySelectorAll('main [data-footnotes] li')).toHaveLength(2);
    });

    it('changing text: the new tagline, text and summary show', () => {
      const main = page('/').querySelector('main');
      expect(main?.textContent).toContain(RECIPE.tagline);
      expect(main?.textContent).toContain(RECIPE.summary);
      const strong = [...page('/').querySelectorAll('main p strong')].find((el) => el.textContent === RECIPE.bold);
      expect(strong?.parentElement?.textContent).toContain(RECIPE.paragraph);
    });

    it('adding a phase: it has its page, a place on the timeline, in the navigation and after the last phase', () => {
      const path = `/${RECIPE.phase.id}/`;
      const added = page(path);
      const last = before.phases.at(-1)!;
      const years = { start: spanOf(last.data.years).end + 1, end: spanOf(last.data.years).end + 1 };
      expect(added.querySelector('h1')?.textContent).toBe(titleWithYears(RECIPE.phase.title, years));
      const timeline = page('/').querySelector(`ol a[href="${href(path)}"]`);
      expect(timeline?.textContent).toContain(RECIPE.phase.label);
      expect(timeline?.textContent).toContain(yearRange(years));
      expect(page(`/${last.id}/`).querySelector('a[rel="next"]')?.getAttribute('href')).toBe(href(path));
      expect(added.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(href(`/${last.id}/`));
      const navLabels = [...added.querySelectorAll('header nav a')].map((a) => a.textContent.trim());
      if (before.phases.length + 1 <= MAX_NAV_PHASES) expect(navLabels).toContain(RECIPE.phase.label);
    });

    it('adding a picture: a figure with its caption, in WebP at several widths, as wide as the text, without the original', () => {
      const [, alt, , caption] = PICTURE.exec(guideSection('Add a picture'))!;
      const figure = page(`/${RECIPE.phase.id}/`).querySelector('main figure');
      expect(figure?.querySelector('figcaption')?.textContent).toBe(caption);
      const img = figure?.querySelector('img');
      expect(img?.getAttribute('alt')).toBe(alt);
      expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['736', '491']);
      const srcset = img?.getAttribute('srcset')?.split(', ') ?? [];
      expect(srcset.length).toBeGreaterThan(3);
      for (const file of [img?.getAttribute('src'), ...srcset.map((candidate) => candidate.split(' ')[0])])
        expect(file).toMatch(new RegExp(`^${base}_astro/[^/]+\\.webp$`));
      const dist = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' });
      expect(dist.filter((file) => file.endsWith('.jpg'))).toEqual([]);
    });

    it('adding a resource card: every page shows it last, with its link', () => {
      for (const path of allPaths()) {
        const links = [...page(path).querySelectorAll('#resources-heading ~ ul > li a')];
        expect(links.at(-1)?.textContent.trim(), path).toBe(RECIPE.card.actionLabel);
        expect(links.at(-1)?.getAttribute('href'), path).toBe(RECIPE.card.href);
      }
    });

    it('hosting the PDF: every page links the file to download, with its format and size', () => {
      const bytes = readFileSync(join(dir, 'public', hosted.href)).length;
      for (const path of allPaths()) {
        const link = page(path).querySelector(`a[href="${href(hosted.href)}"]`);
        expect(link?.getAttribute('download'), path).toBe(basename(hosted.href));
        expect(link?.textContent.replace(/\s+/g, ' ').trim(), path).toBe(
          `${hosted.label} (PDF, ${formatBytes(bytes)})`,
        );
      }
    });

    // The subject that names each page: showsItsContent in tests/e2e/page-checks.ts.
    it('changing the feedback address: every page mails the new address', () => {
      for (const path of allPaths()) {
        const mail = page(path).querySelector(FEEDBACK_MAIL);
        expect(mail?.textContent, path).toBe(RECIPE.email);
        expect(mail?.getAttribute('href'), path).toContain(`mailto:${RECIPE.email}?subject=`);
      }
    });
  });

  describe(`the links of the site built under ${base}`, () => {
    it('puts the base path in front of links in MDX text, Markdown or <a>, keeping their #fragment', () => {
      const added = `/${RECIPE.phase.id}/`;
      const link = (path: string, text: string) =>
        [...page(path).querySelectorAll('main a')].find((a) => a.textContent === text)?.getAttribute('href');
      expect(link(added, 'the first phase')).toBe(href(`/${before.phases[0]!.id}/#main`));
      expect(link(added, 'the overview')).toBe(base);
      expect(link('/', 'the added phase')).toBe(href(`${added}#the-added-phase`));
    });

    it("writes the host's headers files with the base path in front of their paths", () => {
      for (const [name, text] of Object.entries(hostHeaderFiles(base)))
        expect(readFileSync(join(dir, 'dist', name), 'utf8'), name).toBe(text);
    });

    it('has no broken internal link, asset or fragment', () => {
      expect(site.broken).toEqual([]);
    });

    it('reaches every page under the base path, and nothing outside it', () => {
      for (const path of allPaths()) expect(site.crawled).toContain(href(path));
      expect(site.crawled.filter((path) => !path.startsWith(base))).toEqual([]);
    });

    it('links out only over https (or mailto:)', () => {
      expect(site.external.length).toBeGreaterThan(0);
      expect(site.external.filter((link) => !link.startsWith('https://') && !link.startsWith('mailto:'))).toEqual([]);
    });

    it('writes the CMS under the base path, with the site address and base in its configuration', () => {
      expect(readFileSync(join(dir, 'dist', 'admin', 'index.html'), 'utf8')).toContain(
        '<script src="sveltia-cms.js"></script>',
      );
      const config = parse(readFileSync(join(dir, 'dist', 'admin', 'config.yml'), 'utf8')) as Record<string, unknown>;
      expect(config['site_url']).toBe(`${SITE_URL}${base}`);
    });
  });
}

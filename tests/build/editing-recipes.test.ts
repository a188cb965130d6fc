import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatBytes } from '../../src/lib/format-size';
import { buildMailto, feedbackSubject } from '../../src/lib/mailto';
import { MAX_NAV_PHASES } from '../../src/lib/navigation';
import { yearRange } from '../../src/lib/timeline';
import { contentFiles, readSiteContent, type SiteContent } from '../support/site-content';
import { buildSite, FIXTURE_SITE_NAME, makeTempSite, ROOT } from '../support/temp-site';

/*
 * Each "how to" of docs/editing.md, applied to a copy of the real content the way the guide words
 * it, then one build of the copy: every page must show each change. The recipes work on whatever
 * content there is (the last phase, the first card), and read their example values from the guide,
 * so a change to the content or the guide that parts them from the code fails here.
 */

const guide = readFileSync(join(ROOT, 'docs', 'editing.md'), 'utf8');

/** A "## " section of the guide, failing when the guide no longer has it. */
function guideSection(heading: string): string {
  const start = guide.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`docs/editing.md has no "## ${heading}" section`);
  const end = guide.indexOf('\n## ', start + 1);
  return guide.slice(start, end === -1 ? undefined : end);
}

/** The value of `field: value` as the guide shows it in a section, failing when it is not there. */
function guideValue(section: string, field: string): string {
  const value = new RegExp(`${field}: ([^\`\\n]+)`).exec(section)?.[1]?.trim();
  if (!value) throw new Error(`docs/editing.md no longer shows "${field}: …" where the recipe expects it`);
  return value;
}

/** Changes the fields of a YAML file or an MDX file's frontmatter, keeping the rest of the file. */
function editFields(file: string, change: (fields: Record<string, unknown>) => Record<string, unknown>): void {
  const text = readFileSync(file, 'utf8');
  const mdx = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  const yaml = mdx ? mdx[1]! : text;
  const written = stringify(change(parse(yaml) as Record<string, unknown>));
  writeFileSync(file, mdx ? `---\n${written}---\n${text.slice(mdx[0].length)}` : written);
}

/** Replaces the text of an MDX page below its frontmatter. */
function replaceBody(file: string, body: string): void {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---', 3) + 4;
  writeFileSync(file, `${text.slice(0, end)}\n\n${body}\n`);
}

const RECIPE = {
  tagline: 'Recipe check: the tagline an editor wrote.',
  paragraph: 'Recipe check: a paragraph with',
  bold: 'bold words',
  summary: 'Recipe check: a reworded summary.',
  phase: { id: 'recipe-phase', label: 'Recipe phase', title: 'Recipe phase: added by following the guide' },
  card: {
    id: 'recipe-card',
    title: 'Recipe card',
    actionLabel: 'Open the recipe card',
    href: 'https://www.example.org/recipe/',
  },
  email: 'recipe-feedback@example.org',
};

let dir = '';
let before: SiteContent;
let guideHref = '';
let guideLabel = '';
const pages = new Map<string, Document>();

/** A built page of the copy, parsed. */
function page(path: string): Document {
  let document = pages.get(path);
  if (!document) {
    document = parseHTML(readFileSync(join(dir, 'dist', path.slice(1), 'index.html'), 'utf8')).document;
    pages.set(path, document);
  }
  return document;
}

const allPaths = () => ['/', ...readSiteContent(dir).phases.map((phase) => `/${phase.id}/`)];

beforeAll(() => {
  dir = makeTempSite('recipes');
  before = readSiteContent(dir);

  // "Changing text": the overview's tagline and text, and the summary of the first phase.
  const overviewFile = contentFiles(dir, 'overview')[0]!;
  editFields(overviewFile, (fields) => ({ ...fields, tagline: RECIPE.tagline }));
  writeFileSync(overviewFile, `${readFileSync(overviewFile, 'utf8')}\n${RECIPE.paragraph} **${RECIPE.bold}**.\n`);
  const firstPhase = before.phases[0]!;
  editFields(join(dir, 'content', 'phases', `${firstPhase.id}.mdx`), (fields) => ({
    ...fields,
    summary: RECIPE.summary,
  }));

  // "Adding a phase": copy the last phase's file, change every field, replace the text.
  expect(guideSection('Adding a phase')).toContain('content/phases/');
  const last = before.phases.at(-1)!;
  const phaseFile = join(dir, 'content', 'phases', `${RECIPE.phase.id}.mdx`);
  copyFileSync(join(dir, 'content', 'phases', `${last.id}.mdx`), phaseFile);
  const year = last.data.years.end + 1;
  editFields(phaseFile, (fields) => {
    // A phase with no partners or funders leaves those fields out.
    const { partners: _partners, funders: _funders, ...rest } = fields;
    return {
      ...rest,
      title: RECIPE.phase.title,
      label: RECIPE.phase.label,
      years: { start: year, end: year },
      order: Math.max(...before.phases.map((phase) => phase.data.order)) + 1,
      summary: 'The summary of the phase the recipe added.',
      learnMore: 'https://www.example.org/recipe-phase/',
      sources: [{ title: 'The recipe phase source', url: 'https://www.example.org/recipe-phase/source/' }],
    };
  });
  replaceBody(phaseFile, '## The added phase\n\nThe text of the added phase.');

  // "Adding a resource card": copy a card's file and change every field.
  expect(guideSection('Adding a resource card')).toContain('content/resources/');
  const cardFile = join(dir, 'content', 'resources', `${RECIPE.card.id}.yaml`);
  copyFileSync(contentFiles(dir, 'resources')[0]!, cardFile);
  editFields(cardFile, (fields) => ({
    ...fields,
    title: RECIPE.card.title,
    order: Math.max(...before.resources.map((card) => card.data.order)) + 1,
    sentence: 'The sentence of the card the recipe added.',
    graphicAlt: 'graphic of the recipe card',
    actionLabel: RECIPE.card.actionLabel,
    href: RECIPE.card.href,
    source: { title: 'The recipe card source', url: 'https://www.example.org/recipe/source/' },
  }));

  // "Hosting the guide's PDF on this site": the file in public/downloads/, href and actionLabel
  // in the guide card, with the values the guide shows.
  const hosting = guideSection("Hosting the guide's PDF on this site");
  guideHref = guideValue(hosting, 'href');
  guideLabel = guideValue(hosting, 'actionLabel');
  const pdf = join(dir, 'public', ...guideHref.split('/').filter(Boolean));
  mkdirSync(dirname(pdf), { recursive: true });
  copyFileSync(join(ROOT, 'tests', 'fixtures', FIXTURE_SITE_NAME, 'public', 'downloads', 'fixture-handbook.pdf'), pdf);
  const guideCard = before.resources.find((card) => card.data.kind === 'guide');
  if (!guideCard) throw new Error('content/resources/ has no card of kind "guide" for the hosting recipe');
  editFields(join(dir, 'content', 'resources', `${guideCard.id}.yaml`), (fields) => ({
    ...fields,
    href: guideHref,
    actionLabel: guideLabel,
  }));

  // "Changing the feedback address": the address in feedback.email and in feedback.sentence.
  const feedback = guideSection('Changing the feedback address');
  expect(feedback).toContain('feedback.email');
  expect(feedback).toContain('feedback.sentence');
  const old = before.settings.feedback;
  editFields(contentFiles(dir, 'site')[0]!, (fields) => ({
    ...fields,
    feedback: { email: RECIPE.email, sentence: old.sentence.replaceAll(old.email, RECIPE.email) },
  }));

  const result = buildSite(dir);
  expect(result.ok, result.output).toBe(true);
});

// The copy's node_modules holds links only: removing them leaves the packages alone.
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the recipes of docs/editing.md, applied to a copy of the content', () => {
  it('changing text: the new tagline, text and summary show', () => {
    const home = page('/');
    expect(home.querySelector('main')?.textContent).toContain(RECIPE.tagline);
    const strong = [...home.querySelectorAll('main p strong')].find((el) => el.textContent === RECIPE.bold);
    expect(strong?.parentElement?.textContent).toContain(RECIPE.paragraph);
    expect(home.querySelector('main')?.textContent).toContain(RECIPE.summary);
  });

  it('adding a phase: it has its page, a place on the timeline, in the navigation and after the last phase', () => {
    const added = page(`/${RECIPE.phase.id}/`);
    expect(added.querySelector('h1')?.textContent).toBe(RECIPE.phase.title);
    const timeline = [...page('/').querySelectorAll('ol a')].find(
      (a) => a.getAttribute('href') === `/${RECIPE.phase.id}/`,
    );
    expect(timeline?.textContent).toContain(RECIPE.phase.label);
    const year = before.phases.at(-1)!.data.years.end + 1;
    expect(timeline?.textContent).toContain(yearRange({ start: year, end: year }));
    const previous = page(`/${before.phases.at(-1)!.id}/`).querySelector('a[rel="next"]');
    expect(previous?.getAttribute('href')).toBe(`/${RECIPE.phase.id}/`);
    expect(added.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(`/${before.phases.at(-1)!.id}/`);
    const navLabels = [...added.querySelectorAll('header nav a')].map((a) => a.textContent.trim());
    if (before.phases.length + 1 <= MAX_NAV_PHASES) expect(navLabels).toContain(RECIPE.phase.label);
  });

  it('adding a resource card: every page shows it last, with its link', () => {
    for (const path of allPaths()) {
      const links = [...page(path).querySelectorAll('#resources-heading ~ ul > li a')];
      expect(links.at(-1)?.textContent.trim(), path).toBe(RECIPE.card.actionLabel);
      expect(links.at(-1)?.getAttribute('href'), path).toBe(RECIPE.card.href);
    }
  });

  it('hosting the PDF: every page links the file to download, with its format and size', () => {
    const bytes = readFileSync(join(dir, 'public', ...guideHref.split('/').filter(Boolean))).length;
    for (const path of allPaths()) {
      const link = page(path).querySelector(`a[href="${guideHref}"]`);
      expect(link?.getAttribute('download'), path).toBe(basename(guideHref));
      expect(link?.textContent.replace(/\s+/g, ' ').trim(), path).toBe(`${guideLabel} (PDF, ${formatBytes(bytes)})`);
    }
  });

  it('changing the feedback address: every page mails the new address, with a subject naming the page', () => {
    const { overview, phases, settings } = readSiteContent(dir);
    const labels = [
      { path: '/', label: overview.label },
      ...phases.map((phase) => ({ path: `/${phase.id}/`, label: phase.data.label })),
    ];
    for (const { path, label } of labels) {
      const mail = page(path).querySelector('a[href^="mailto:"]');
      expect(mail?.textContent, path).toBe(RECIPE.email);
      expect(mail?.getAttribute('href'), path).toBe(
        buildMailto(RECIPE.email, feedbackSubject(label, settings.siteName)),
      );
    }
  });
});

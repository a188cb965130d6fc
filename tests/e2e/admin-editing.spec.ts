import { readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { MAX_NAV_PHASES } from '../../src/lib/navigation';
import { Admin, blockOutsideRequests, SVELTIA } from '../support/admin';
import { CmsConfig } from '../support/cms-config';
import { changedLines } from '../support/file-changes';
import { contentFiles, readSiteContent } from '../support/site-content';
import { REAL_SITE, SITES, type Site } from '../support/sites';
import { buildSite, FIXTURE_SITE_NAME, makeTempSite, ROOT, useContentSet } from '../support/temp-site';

/*
 * Editors edit in the browser (issue 15): the admin at /admin/ of the built site, in its local
 * mode, over a temporary copy of each content set, with every request that is not to this machine
 * blocked. Each save must change only what the editor changed, and the build of the copy must pass
 * and show it. Expected values come from the copy's content; the new values are this file's own.
 */

test.use({ locale: 'en-US' });

/** The configuration of the admin under test: the built site's (REAL_SITE serves it). */
const cms = new CmsConfig(REAL_SITE.distDir);
/** The labels of the collections the tests open. */
const PHASES = cms.collection('phases').label;
const RESOURCES = cms.collection('resources').label;
const SETTINGS = cms.collection('site').label;
const OVERVIEW = cms.collection('overview').label;

/** What the editor types: literal inputs of this test, never today's words. */
const EDIT = {
  summary: 'A summary rewritten in the admin.',
  phase: {
    title: 'A phase added in the admin',
    label: 'Added in the admin',
    summary: 'The summary of the phase added in the admin.',
    learnMore: 'https://www.example.org/added-in-the-admin/',
    source: { title: 'The page of the phase added in the admin', url: 'https://www.example.org/added/source/' },
    body: '## What happened\n\nThe text of the phase added in the admin.',
  },
  partner: 'A partner added in the admin',
  email: 'admin-feedback@example.org',
  pdf: {
    name: 'guide-from-the-admin.pdf',
    mimeType: 'application/pdf',
    // A PDF of its own: Sveltia links a file already in public/downloads/ instead of uploading its
    // twin, so the fixture's handbook with a comment after its end.
    buffer: Buffer.concat([
      readFileSync(join(ROOT, 'tests', 'fixtures', FIXTURE_SITE_NAME, 'public', 'downloads', 'fixture-handbook.pdf')),
      Buffer.from('% uploaded in the admin test\n'),
    ]),
  },
};

/** A temporary copy of the project with a site's content and public files. */
function copyOf(site: Site): string {
  const dir = makeTempSite(`admin-${site.name}`);
  useContentSet(dir, site.contentRoot);
  return dir;
}

/** A file of the copy, as text. */
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

/** The path of a content file relative to the copy, as the saves report it. */
const relativeTo = (dir: string, file: string) => file.slice(dir.length + 1);

/** The lines of a top-level YAML field: its key line and the more indented lines under it. */
function fieldLines(text: string, key: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (start === -1) return [];
  const end = lines.findIndex((line, index) => index > start && !/^\s/.test(line));
  return lines.slice(start, end === -1 ? undefined : end);
}

/** The fields of an MDX file's frontmatter. */
function frontmatter(text: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return parse(match?.[1] ?? '') as Record<string, unknown>;
}

for (const site of SITES) {
  test.describe(`the admin on the ${site.name} content`, () => {
    let dir = '';
    test.beforeEach(() => {
      dir = copyOf(site);
    });
    // The copy's node_modules holds links only: removing them leaves the packages alone.
    test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

    test('an editor changes a summary, adds a phase and a partner, the feedback address and the guide PDF: each save changes only that, and the build shows it all', async ({
      page,
      context,
    }) => {
      test.setTimeout(180_000);
      await blockOutsideRequests(context);
      const admin = await Admin.open(page, dir);
      const content = readSiteContent(dir);
      const phaseLabel = (...path: string[]) => cms.label('phases', ...path);
      const first = content.phases[0]!;
      const firstFile = `content/phases/${first.id}.mdx`;

      await test.step("a phase's summary: one line", async () => {
        const before = read(dir, firstFile);
        await admin.openEntry(PHASES, cms.entryName('phases', first.data));
        await admin.fill(phaseLabel('summary'), EDIT.summary);
        expect(await admin.save()).toEqual({ written: [firstFile], removed: [] });
        const { removed, added } = changedLines(before, read(dir, firstFile));
        expect(removed).toEqual(fieldLines(before, 'summary'));
        expect(added).toHaveLength(1);
        expect(parse(added[0]!)).toEqual({ summary: EDIT.summary });
      });

      const partnerPhase = content.phases.find((phase) => phase.data.partners.length > 0) ?? first;
      const partnerFile = `content/phases/${partnerPhase.id}.mdx`;
      await test.step('a partner added to a list: one line', async () => {
        const before = read(dir, partnerFile);
        await admin.openEntry(PHASES, cms.entryName('phases', partnerPhase.data));
        const partners = await admin.reveal(admin.field(phaseLabel('partners')));
        await partners.getByRole('button', { name: /^Add/ }).click();
        // The new item is drawn after the click: until then .last() would be the last old partner.
        const names = admin.fields(phaseLabel('partners', 'name'), partners);
        await expect(names).toHaveCount(partnerPhase.data.partners.length + 1);
        await admin.fill(names.last(), EDIT.partner);
        expect(await admin.save()).toEqual({ written: [partnerFile], removed: [] });
        const after = read(dir, partnerFile);
        expect(frontmatter(after)['partners']).toEqual([...partnerPhase.data.partners, { name: EDIT.partner }]);
        const { removed, added } = changedLines(before, after);
        // A phase with partners gains one item line; one without gains the list's key line too.
        const hadPartners = partnerPhase.data.partners.length > 0;
        expect(removed).toEqual([]);
        expect(added).toHaveLength(hadPartners ? 1 : 2);
        expect(added.at(-1)).toMatch(/^\s*- name: /);
      });

      const newPhase = { order: Math.max(...content.phases.map((phase) => phase.data.order)) + 1, year: 2030 };
      let newPhaseId = '';
      await test.step('a new phase: one new file, holding what the editor typed', async () => {
        await admin.newEntry(PHASES);
        await admin.fill(phaseLabel('title'), EDIT.phase.title);
        await admin.fill(phaseLabel('label'), EDIT.phase.label);
        const years = await admin.reveal(admin.field(phaseLabel('years')));
        await admin.type(years.getByRole('spinbutton', { name: phaseLabel('years', 'start') }), String(newPhase.year));
        await admin.type(years.getByRole('spinbutton', { name: phaseLabel('years', 'end') }), String(newPhase.year));
        const order = await admin.reveal(admin.field(phaseLabel('order')));
        await admin.type(order.getByRole('spinbutton'), String(newPhase.order));
        await admin.fill(phaseLabel('summary'), EDIT.phase.summary);
        await admin.fill(phaseLabel('learnMore'), EDIT.phase.learnMore);
        const sources = await admin.reveal(admin.field(phaseLabel('sources')));
        await sources.getByRole('button', { name: /^Add/ }).click();
        await expect(admin.fields(phaseLabel('sources', 'url'), sources)).toHaveCount(1);
        await admin.fill(admin.fields(phaseLabel('sources', 'title'), sources).last(), EDIT.phase.source.title);
        await admin.fill(admin.fields(phaseLabel('sources', 'url'), sources).last(), EDIT.phase.source.url);
        await admin.fill(phaseLabel('body'), EDIT.phase.body);
        const { written, removed } = await admin.save();
        expect(removed).toEqual([]);
        expect(written).toHaveLength(1);
        expect(written[0]).toMatch(/^content\/phases\/[a-z0-9]+(-[a-z0-9]+)*\.mdx$/);
        newPhaseId = basename(written[0]!, '.mdx');
        const text = read(dir, written[0]!);
        expect(frontmatter(text)).toEqual({
          title: EDIT.phase.title,
          label: EDIT.phase.label,
          years: { start: newPhase.year, end: newPhase.year },
          order: newPhase.order,
          summary: EDIT.phase.summary,
          learnMore: EDIT.phase.learnMore,
          sources: [EDIT.phase.source],
        });
        expect(text.replace(/^---[\s\S]*?\n---\n/, '').trim()).toBe(EDIT.phase.body);
      });

      const settingsFile = relativeTo(dir, contentFiles(dir, 'site')[0]!);
      const oldEmail = content.settings.feedback.email;
      await test.step('the feedback address, in the address and the sentence: those lines only', async () => {
        const before = read(dir, settingsFile);
        await admin.openEntry(SETTINGS, cms.entryName('site', content.settings));
        await admin.fill(cms.label('site', 'feedback', 'email'), EDIT.email);
        const sentence = content.settings.feedback.sentence.replaceAll(oldEmail, EDIT.email);
        await admin.fill(cms.label('site', 'feedback', 'sentence'), sentence);
        expect(await admin.save()).toEqual({ written: [settingsFile], removed: [] });
        const { removed, added } = changedLines(before, read(dir, settingsFile));
        const withAddress = before.split('\n').filter((line) => line.includes(oldEmail));
        expect(removed).toEqual(withAddress);
        expect(added).toEqual(withAddress.map((line) => line.replaceAll(oldEmail, EDIT.email)));
      });

      const guide = content.resources.find((card) => card.data.kind === 'guide');
      if (!guide) throw new Error(`${site.name}: no resource card of kind "guide" to host the PDF of`);
      const guideFile = relativeTo(
        dir,
        contentFiles(dir, 'resources').find((file) => basename(file).startsWith(`${guide.id}.`))!,
      );
      const pdfPath = `public/downloads/${EDIT.pdf.name}`;
      await test.step("the guide's PDF uploaded in the card's form: the file in public/downloads/, one line in the card", async () => {
        const before = read(dir, guideFile);
        await admin.openEntry(RESOURCES, cms.entryName('resources', guide.data));
        await admin.uploadFile(cms.label('resources', 'href'), EDIT.pdf);
        expect(await admin.save()).toEqual({ written: [guideFile, pdfPath].sort(), removed: [] });
        expect(readFileSync(join(dir, pdfPath)).equals(EDIT.pdf.buffer)).toBe(true);
        const { removed, added } = changedLines(before, read(dir, guideFile));
        expect(removed).toEqual(fieldLines(before, 'href'));
        expect(added).toHaveLength(1);
        expect(parse(added[0]!)).toEqual({ href: `/downloads/${EDIT.pdf.name}` });
      });

      await test.step('one build of the copy passes and shows every change', () => {
        const build = buildSite(dir);
        expect(build.ok, build.output).toBe(true);
        const after = readSiteContent(dir);
        const pages = new Map<string, Document>();
        const page = (path: string) => {
          if (!pages.has(path))
            pages.set(path, parseHTML(read(dir, join('dist', path.slice(1), 'index.html'))).document);
          return pages.get(path)!;
        };
        const paths = ['/', ...after.phases.map((phase) => `/${phase.id}/`)];
        expect(paths).toContain(`/${newPhaseId}/`);
        expect(page('/').querySelector('main')?.textContent).toContain(EDIT.summary);
        expect(page(`/${newPhaseId}/`).querySelector('h1')?.textContent).toBe(EDIT.phase.title);
        if (after.phases.length <= MAX_NAV_PHASES) {
          const nav = [...page('/').querySelectorAll('header nav a')];
          const link = nav.find((a) => a.textContent.trim() === EDIT.phase.label);
          expect(link?.getAttribute('href')).toBe(`/${newPhaseId}/`);
        }
        expect(page(`/${partnerPhase.id}/`).querySelector('main')?.textContent).toContain(EDIT.partner);
        for (const path of paths) {
          expect(page(path).querySelector('a[href^="mailto:"]')?.textContent, path).toBe(EDIT.email);
          expect(page(path).querySelector(`a[href="/downloads/${EDIT.pdf.name}"]`), path).not.toBeNull();
        }
        expect(readFileSync(join(dir, 'dist', 'downloads', EDIT.pdf.name)).equals(EDIT.pdf.buffer)).toBe(true);
      });
    });

    test('a value the schema refuses is refused in the form with its message, and no file changes', async ({
      page,
      context,
    }) => {
      test.setTimeout(60_000);
      await blockOutsideRequests(context);
      const admin = await Admin.open(page, dir);
      const content = readSiteContent(dir);
      const phaseLabel = (...path: string[]) => cms.label('phases', ...path);
      await admin.openEntry(PHASES, cms.entryName('phases', content.phases[0]!.data));
      await admin.fill(phaseLabel('title'), '');
      await admin.fill(phaseLabel('learnMore'), 'http://www.example.org/');
      const sources = await admin.reveal(admin.field(phaseLabel('sources')));
      const sourceUrl = admin.field(phaseLabel('sources', 'url'), sources);
      await admin.fill(sourceUrl, 'javascript:alert(1)');
      expect(await admin.saveRefused()).toEqual({ written: [], removed: [] });
      // An empty required field gets Sveltia's own words; a value a pattern refuses, the schema's.
      // (Each message follows Sveltia's "error" icon, whose name is the icon's text.)
      await expect(admin.error(phaseLabel('title'))).toContainText(SVELTIA.required);
      await expect(admin.error(phaseLabel('learnMore'))).toContainText(cms.patternMessage('phases', 'learnMore'));
      await expect(admin.error(sourceUrl)).toContainText(cms.patternMessage('phases', 'sources', 'url'));
    });

    test('opening and saving every entry changes no byte: one field changed shows as one line, and changed back leaves the file as it was', async ({
      page,
      context,
    }) => {
      test.setTimeout(180_000);
      await blockOutsideRequests(context);
      const admin = await Admin.open(page, dir);
      const content = readSiteContent(dir);
      const entries: { collection: string; name: string; folder: string; id?: string }[] = [
        { collection: OVERVIEW, name: cms.entryName('overview', content.overview), folder: 'overview' },
        ...content.phases.map((phase) => ({
          collection: PHASES,
          name: cms.entryName('phases', phase.data),
          folder: 'phases',
          id: phase.id,
        })),
        ...content.resources.map((card) => ({
          collection: RESOURCES,
          name: cms.entryName('resources', card.data),
          folder: 'resources',
          id: card.id,
        })),
        { collection: SETTINGS, name: cms.entryName('site', content.settings), folder: 'site' },
      ];
      const originals = new Map(
        ['overview', 'phases', 'resources', 'site'].flatMap((folder) =>
          contentFiles(dir, folder).map((file) => [relativeTo(dir, file), readFileSync(file)] as const),
        ),
      );
      for (const entry of entries) {
        const file = relativeTo(
          dir,
          contentFiles(dir, entry.folder).find((path) => !entry.id || basename(path).startsWith(`${entry.id}.`))!,
        );
        await test.step(file, async () => {
          const original = read(dir, file);
          // The form's first text field: every entry has one (a title, the site's name).
          await admin.openEntry(entry.collection, entry.name);
          const box = admin.editor.getByRole('textbox').first();
          const value = await box.inputValue();
          await box.fill(`${value} (changed)`);
          expect(await admin.save()).toEqual({ written: [file], removed: [] });
          const { removed, added } = changedLines(original, read(dir, file));
          expect({ removed: removed.length, added: added.length }).toEqual({ removed: 1, added: 1 });
          expect(Object.values(parse(added[0]!) as object)).toEqual([`${value} (changed)`]);
          // The list names the entry by the field just changed when that field is its identifier.
          await admin.openEntry(entry.collection, entry.name === value ? `${value} (changed)` : entry.name);
          await admin.editor.getByRole('textbox').first().fill(value);
          expect(await admin.save()).toEqual({ written: [file], removed: [] });
          expect(read(dir, file)).toBe(original);
        });
      }
      for (const [file, bytes] of originals) expect(readFileSync(join(dir, file)).equals(bytes), file).toBe(true);
    });
  });
}

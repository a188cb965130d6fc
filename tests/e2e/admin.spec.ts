import { readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { FileCollection } from '@sveltia/cms';
import { parseFrontmatter } from 'astro/markdown';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { parse } from 'yaml';
import { dev as astroDev } from 'astro';
import { PICTURE_MAX_BYTES } from '../../src/content-checks/pictures';
import { formatBytes } from '../../src/lib/format-size';
import { addressIn } from '../../src/lib/mailto';
import { MAX_NAV_PHASES } from '../../src/lib/navigation';
import { spanOf, titleWithYears } from '../../src/lib/timeline';
import { TABLE_REGION_SELECTOR } from '../../src/markdown/table-regions';
import { Admin, blockOutsideRequests, SVELTIA } from '../support/admin';
import { AXE_TAGS, axeSource, axeViolations } from '../support/axe';
import { CmsConfig } from '../support/cms-config';
import { changedLines } from '../support/file-changes';
import { refuseTakenPort } from '../support/ports';
import { FEEDBACK_MAIL, pagesWith } from '../support/site-pages';
import { contentFiles, readFields, readSiteContent } from '../support/site-content';
import { FIXTURE_SITE, REAL_SITE } from '../support/sites';
import { buildSite, makeTempSite } from '../support/temp-site';

/*
 * Editors edit in the browser (issue 15): the admin at /admin/ of the built site, in its local mode,
 * with every request that is not to this machine blocked, over a copy of the fixture content set
 * (it holds what content/ does not: a table in a phase's text, a phase without partners, a hosted
 * PDF). One admin page, opened once, is walked through the steps below; `astro dev` on the copy, as an
 * editor's `npm run dev`, shows the photo, and one build of the copy every change. The fixture's files
 * are in the style Sveltia writes (tests/unit/cms-yaml-style.test.ts), so a save changes only what the
 * editor changed. Entries are opened by Sveltia's routes, not its entry list (each list drawn cost
 * seconds). Expected values come from the copy's content; new values are this file's own.
 */

test.use({ locale: 'en-US' });

/** The port of the copy's `astro dev` (docs/testing.md, "Ports"). */
const DEV_PORT = 4432;

/** The configuration of the admin under test: the built site's (REAL_SITE serves it). */
const cms = new CmsConfig(REAL_SITE.distDir);

/**
 * What axe finds in Sveltia's own interface, and why it is not ours to fix: any other finding fails,
 * on any screen. A rule about the page we write (its lang, title, viewport) never belongs here.
 */
const KNOWN_SVELTIA: Record<string, string> = {
  // Our page says width=device-width, initial-scale=1 (admin-build.spec.ts); Sveltia rewrites the
  // tag at start with maximum-scale=1 for its phone layout, which axe rightly flags.
  'meta-viewport': 'Sveltia sets maximum-scale=1 on the viewport at run time',
  // axe best practices (not WCAG criteria) about Sveltia's layout.
  region: "Sveltia's toasts and toolbars sit outside landmarks (best practice)",
  'page-has-heading-one': "Sveltia's collection and form screens have no level-1 heading (best practice)",
  'landmark-one-main': "Sveltia's entry form has no main landmark (best practice)",
};

/** What the editor types: literal inputs of this test, never today's words. */
const EDIT = {
  tagline: 'A tagline rewritten in the admin.',
  summary: 'A summary rewritten in the admin.',
  partner: 'A partner added in the admin',
  phase: {
    title: 'A phase added in the admin',
    label: 'Added in the admin',
    summary: 'The summary of the phase added in the admin.',
    years: { start: 2030, count: 1 },
    learnMore: 'https://www.example.org/added-in-the-admin/',
    source: { title: 'The page of the phase added in the admin', url: 'https://www.example.org/added/source/' },
    body: '## What happened\n\nThe text of the phase added in the admin.',
  },
  email: 'admin-feedback@example.org',
  pdf: {
    name: 'guide-from-the-admin.pdf',
    mimeType: 'application/pdf',
    // A PDF of its own: Sveltia links a file already in public/downloads/ instead of uploading its twin.
    buffer: Buffer.from('%PDF-1.4\n% uploaded in the admin test\n%%EOF\n'),
  },
  picture: {
    name: 'photo-from-the-admin.jpg',
    alt: 'An orange square uploaded in the admin',
    caption: 'The caption written in the admin',
  },
};

/**
 * Expects `after` to replace the lines of the top-level YAML field `key` of `before` (its key line and
 * the more indented lines under it) with the one line `key: value`; returns the lines added after it.
 */
function replacedField(before: string, after: string, key: string, value: unknown): string[] {
  const lines = before.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${key}:`));
  const end = lines.findIndex((line, index) => index > start && !/^\s/.test(line));
  const { removed, added } = changedLines(before, after);
  expect(removed).toEqual(start === -1 ? [] : lines.slice(start, end === -1 ? undefined : end));
  expect(parse(added[0] ?? '')).toEqual({ [key]: value });
  return added.slice(1);
}

test('the admin: from this site alone, axe finds nothing of ours, each save changes only what the editor changed, and the build shows it all', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const outside = await blockOutsideRequests(context);
  const errors: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  page.on('pageerror', (error) => errors.push(error.message));
  const dir = makeTempSite('admin', FIXTURE_SITE.contentRoot);
  let dev: ReturnType<typeof astroDev> | undefined;
  try {
    // Started now and awaited at the photo, so that it starts while the admin is walked through; a
    // failure to start is thrown there.
    await refuseTakenPort(DEV_PORT, 'localhost');
    dev = astroDev({ root: dir, server: { port: DEV_PORT, host: 'localhost' }, logLevel: 'warn' });
    dev.catch(() => undefined);
    const content = readSiteContent(dir);
    const read = (path: string) => readFileSync(join(dir, path), 'utf8');
    /**
     * Opens an entry's form by Sveltia's route (a folder's entry by its id, the file of a collection of
     * one by its name in the configuration); returns the entry's file and its text before the edit.
     */
    const openEntry = async (collection: string, id?: string) => {
      const files = contentFiles(dir, collection).map((path) => path.slice(dir.length + 1));
      const file = files.find((path) => !id || basename(path).startsWith(`${id}.`))!;
      const before = read(file);
      await admin.openEntry(collection, id ?? (cms.collection(collection) as FileCollection).files[0]!.name);
      return { file, before };
    };
    const phaseLabel = (path: string) => cms.label('phases', path);
    /** What axe found on the admin's screens, as "screen: rule-id: targets" lines. */
    const axeReport: string[] = [];
    const axe = async (screen: string) => {
      // Once: the admin is one page, whose screens Sveltia draws in it.
      if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
      axeReport.push(...(await page.evaluate(axeViolations, AXE_TAGS)).map((line) => `${screen}: ${line}`));
    };

    const admin = await Admin.open(page, dir, async () => {
      // Without CMS_BACKEND the admin edits a local checkout alone: no sign-in that leads nowhere.
      await expect(page.getByRole('button')).toHaveText([SVELTIA.localRepository]);
      await axe('sign-in');
    });
    // Only while it boots: later, Sveltia's previews of example.org links and of a PDF (pdf.js from
    // unpkg.com) are refused by the admin's policy, and it logs that.
    expect(errors, 'errors while the admin booted').toEqual([]);

    await test.step("the overview's tagline: one line", async () => {
      const { file, before } = await openEntry('overview');
      await admin.fill(cms.label('overview', 'tagline'), EDIT.tagline);
      expect(await admin.save()).toEqual({ written: [file], removed: [] });
      expect(replacedField(before, read(file), 'tagline', EDIT.tagline)).toEqual([]);
    });

    // The phase whose text holds a table: its body goes through Sveltia's editor and must come back as it was.
    const tablePath = pagesWith(FIXTURE_SITE.distDir, TABLE_REGION_SELECTOR)[0];
    const phase = content.phases.find(({ id }) => `/${id}/` === tablePath)!;
    expect(phase, 'the fixture holds a phase with a table').toBeDefined();
    await test.step("a phase's summary and a new partner, in one save: those lines only, the text untouched", async () => {
      const { file, before } = await openEntry('phases', phase.id);
      await test.step('axe on the form, and its icons from our own font', async () => {
        await axe("a phase's form");
        // A glyph is about one em wide; an icon whose font did not load (from this site: the CDN is
        // blocked) shows its name ("arrow_back") several ems wide.
        const icons = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.material-symbols-outlined')]
            .filter((icon) => icon.getClientRects().length > 0 && icon.textContent.trim() !== '')
            .map((icon) => [
              icon.textContent,
              icon.getBoundingClientRect().width / parseFloat(getComputedStyle(icon).fontSize),
            ]),
        );
        expect(icons.length).toBeGreaterThan(0);
        expect(icons.filter(([, ems]) => Number(ems) > 1.5)).toEqual([]);
      });
      await admin.fill(phaseLabel('summary'), EDIT.summary);
      const partners = await admin.reveal(admin.field(phaseLabel('partners')));
      await partners.getByRole('button', { name: /^Add/ }).click();
      // The new item is drawn after the click: until then .last() would be an old partner.
      const names = admin.fields(phaseLabel('partners[].name'), partners);
      await expect(names).toHaveCount(phase.data.partners.length + 1);
      await admin.fill(names.last(), EDIT.partner);
      expect(await admin.save()).toEqual({ written: [file], removed: [] });
      const after = read(file);
      expect(readFields(join(dir, file), after)).toHaveProperty('partners', [
        ...phase.data.partners,
        { name: EDIT.partner },
      ]);
      const partnerLines = replacedField(before, after, 'summary', EDIT.summary);
      // A phase with partners gains one item line; one without gains the list's key line too.
      expect(partnerLines).toHaveLength(phase.data.partners.length > 0 ? 1 : 2);
      expect(partnerLines.at(-1)).toMatch(/^\s*- name: /);
    });

    let newPhaseId = '';
    await test.step('a new phase: refused values keep it unsaved with their messages, then one new file holds what the editor typed', async () => {
      await admin.openEntry('phases');
      await admin.fill(phaseLabel('learnMore'), 'http://www.example.org/');
      const sources = await admin.reveal(admin.field(phaseLabel('sources')));
      await sources.getByRole('button', { name: /^Add/ }).click();
      const sourceUrl = admin.field(phaseLabel('sources[].url'), sources);
      await admin.fill(sourceUrl, 'javascript:alert(1)');
      expect(await admin.saveRefused()).toEqual({ written: [], removed: [] });
      // An empty required field gets Sveltia's own words; a value a pattern refuses, the schema's.
      await expect(admin.error(phaseLabel('title'))).toContainText(SVELTIA.required);
      await expect(admin.error(phaseLabel('learnMore'))).toContainText(cms.patternMessage('phases', 'learnMore'));
      await expect(admin.error(sourceUrl)).toContainText(cms.patternMessage('phases', 'sources[].url'));

      await admin.fill(phaseLabel('title'), EDIT.phase.title);
      await admin.fill(phaseLabel('label'), EDIT.phase.label);
      const years = await admin.reveal(admin.field(phaseLabel('years')));
      for (const [name, value] of Object.entries(EDIT.phase.years))
        await admin.type(years.getByRole('spinbutton', { name: phaseLabel(`years.${name}`) }), String(value));
      await admin.fill(phaseLabel('summary'), EDIT.phase.summary);
      await admin.fill(phaseLabel('learnMore'), EDIT.phase.learnMore);
      await admin.fill(admin.field(phaseLabel('sources[].title'), sources), EDIT.phase.source.title);
      await admin.fill(sourceUrl, EDIT.phase.source.url);
      await admin.fill(phaseLabel('body'), EDIT.phase.body);
      const saved = await admin.save();
      const newFile = expect.stringMatching(/^content\/phases\/[a-z0-9]+(-[a-z0-9]+)*\.mdx$/);
      expect(saved).toEqual({ written: [newFile], removed: [] });
      newPhaseId = basename(saved.written[0]!, '.mdx');
      const text = read(saved.written[0]!);
      const { body, source, ...fields } = EDIT.phase;
      expect(readFields(join(dir, saved.written[0]!), text)).toEqual({ ...fields, sources: [source] });
      expect(parseFrontmatter(text).content.trim()).toBe(body);
    });

    const oldEmail = addressIn(content.settings.feedback.sentence);
    await test.step('the feedback address, in its sentence, the one place it is written: that line only', async () => {
      const { file, before } = await openEntry('site');
      const sentence = content.settings.feedback.sentence.replace(oldEmail, EDIT.email);
      await admin.fill(cms.label('site', 'feedback.sentence'), sentence);
      expect(await admin.save()).toEqual({ written: [file], removed: [] });
      const { removed, added } = changedLines(before, read(file));
      const withAddress = before.split('\n').filter((line) => line.includes(oldEmail));
      expect(removed).toEqual(withAddress);
      expect(added).toEqual(withAddress.map((line) => line.replaceAll(oldEmail, EDIT.email)));
    });

    const guide = content.resources.find((card) => card.data.kind === 'guide')!;
    expect(guide, 'the fixture has a resource card of kind "guide"').toBeDefined();
    const pdfPath = `public/downloads/${EDIT.pdf.name}`;
    await test.step("the guide's PDF uploaded in the card's form: the file in public/downloads/, one line in the card", async () => {
      const { file, before } = await openEntry('resources', guide.id);
      await admin.uploadFile(cms.label('resources', 'href'), EDIT.pdf);
      expect(await admin.save()).toEqual({ written: [file, pdfPath].sort(), removed: [] });
      expect(readFileSync(join(dir, pdfPath)).equals(EDIT.pdf.buffer)).toBe(true);
      expect(replacedField(before, read(file), 'href', `/downloads/${EDIT.pdf.name}`)).toEqual([]);
    });

    // A phase of its own: the table's phase already has a save that changes its fields only.
    const pictured = content.phases.find(({ id }) => id !== phase.id)!;
    const { label: phases, media_folder: pictures, public_folder: picturesInText } = cms.collection('phases');
    const picturePath = `${pictures!.slice(1)}/${EDIT.picture.name}`;
    await test.step("a photo uploaded under Assets (refused over the size limit) and written in a phase's text, refused without alt text or as an SVG: the picture in the phases' images/, one line in the text, shown by astro dev", async () => {
      const photo = sharp({ create: { width: 640, height: 480, channels: 3, background: '#d84' } });
      const buffer = await photo.jpeg().toBuffer();
      const upload = { name: EDIT.picture.name, mimeType: 'image/jpeg', buffer };
      // One byte over the limit, and still a photo Sveltia can read: a JPEG's reader stops at its end.
      const padding = Buffer.alloc(PICTURE_MAX_BYTES + 1 - buffer.length);
      const oversized = { ...upload, name: 'oversized-photo.jpg', buffer: Buffer.concat([buffer, padding]) };
      const confirm = await admin.chooseAsset(phases!, oversized);
      // Sveltia's warning names the limit, the number isolated for bidirectional text (U+2068, U+2069).
      const warning = confirm.getByRole('group', { name: SVELTIA.oversizedFiles }).getByRole('alert');
      await expect(warning).toBeVisible();
      expect((await warning.textContent())?.replace(/[\u2068\u2069]/g, '')).toContain(formatBytes(PICTURE_MAX_BYTES));
      await expect(confirm.getByRole('button', { name: SVELTIA.upload, exact: true })).toBeDisabled();
      await confirm.getByRole('button', { name: SVELTIA.cancel }).click();
      await expect(confirm).toBeHidden();
      // Sveltia writes an asset when it is uploaded, before any entry is saved.
      expect(await admin.uploadAsset(phases!, upload)).toEqual({ written: [picturePath], removed: [] });
      expect(readFileSync(join(dir, picturePath)).equals(buffer)).toBe(true);

      const { file, before } = await openEntry('phases', pictured.id);
      const text = (await admin.reveal(admin.field(phaseLabel('body')))).getByRole('textbox');
      const body = await text.inputValue();
      const withPicture = (picture: string) => `${body}\n\n${picture}`;
      for (const refused of [
        `![](${picturesInText}/${EDIT.picture.name})`,
        `![${EDIT.picture.alt}](${picturesInText}/map.svg)`,
      ]) {
        await admin.type(text, withPicture(refused));
        expect(await admin.saveRefused(), refused).toEqual({ written: [], removed: [] });
        await expect(admin.error(phaseLabel('body'))).toContainText(cms.patternMessage('phases', 'body'));
      }
      const line = `![${EDIT.picture.alt}](${picturesInText}/${EDIT.picture.name} "${EDIT.picture.caption}")`;
      await admin.type(text, withPicture(line));
      expect(await admin.save()).toEqual({ written: [file], removed: [] });
      expect(changedLines(before, read(file))).toEqual({ removed: [], added: ['', line] });

      // The admin's work is done: its tab opens the page on the dev server, which reloads the content
      // once the save reaches the disk. Asked for until it shows the picture, whose file must be served.
      const server = await dev!;
      const origin = `http://localhost:${DEV_PORT}`;
      const picture = page.locator('main figure').filter({ has: page.getByAltText(EDIT.picture.alt, { exact: true }) });
      await expect(async () => {
        await page.goto(`${origin}/${pictured.id}/`);
        expect(await picture.locator('figcaption').allTextContents()).toEqual([EDIT.picture.caption]);
      }).toPass({ timeout: 60_000 });
      const served = await page.request.get(new URL((await picture.locator('img').getAttribute('src'))!, origin).href);
      expect(served.status()).toBe(200);
      expect(served.headers()['content-type']).toMatch(/^image\//);
      // The build below writes where the dev server works.
      await server.stop();
    });

    await test.step("nothing left the machine, and axe's findings in Sveltia are known ones", () => {
      expect(outside).toEqual([]);
      test.info().annotations.push({ type: 'axe in Sveltia', description: axeReport.join('; ') || 'nothing' });
      const unknown = axeReport.filter((line) => !(line.split(': ')[1]! in KNOWN_SVELTIA));
      expect(unknown, 'a rule Sveltia breaks that KNOWN_SVELTIA does not list').toEqual([]);
    });

    await test.step('one build of the copy passes and shows every change', async () => {
      const build = await buildSite(dir);
      expect(build.ok, build.output).toBe(true);
      const html = (path: string) => parseHTML(read(join('dist', path.slice(1), 'index.html'))).document;
      const paths = ['/', ...readSiteContent(dir).phases.map(({ id }) => `/${id}/`)];
      expect(paths).toContain(`/${newPhaseId}/`);
      expect(html('/').querySelector('main')?.textContent).toContain(EDIT.tagline);
      expect(html('/').querySelector('main')?.textContent).toContain(EDIT.summary);
      expect(html(`/${phase.id}/`).querySelector('main')?.textContent).toContain(EDIT.partner);
      const title = titleWithYears(EDIT.phase.title, spanOf(EDIT.phase.years));
      expect(html(`/${newPhaseId}/`).querySelector('h1')?.textContent).toBe(title);
      if (paths.length - 1 <= MAX_NAV_PHASES) {
        const link = html('/').querySelector(`header nav a[href="/${newPhaseId}/"]`);
        expect(link?.textContent.trim()).toBe(EDIT.phase.label);
      }
      for (const path of paths) {
        const feedback = html(path).querySelector(FEEDBACK_MAIL);
        expect(feedback?.textContent, path).toBe(EDIT.email);
        expect(html(path).querySelector(`a[href="/downloads/${EDIT.pdf.name}"]`), path).not.toBeNull();
      }
      expect(readFileSync(join(dir, 'dist', 'downloads', EDIT.pdf.name)).equals(EDIT.pdf.buffer)).toBe(true);
      // The photo as astro:assets makes it: WebP in several widths, with its caption.
      const img = html(`/${pictured.id}/`).querySelector(`main figure img[alt="${EDIT.picture.alt}"]`);
      expect(img?.closest('figure')?.querySelector('figcaption')?.textContent).toBe(EDIT.picture.caption);
      const srcset = img?.getAttribute('srcset')?.split(', ') ?? [];
      expect(srcset.length).toBeGreaterThan(1);
      for (const candidate of srcset) expect(candidate).toMatch(/^\/_astro\/\S+\.webp \d+w$/);
    });
  } finally {
    await dev?.then((server) => server.stop()).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
});

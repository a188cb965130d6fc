/**
 * Takes the pictures of docs/editing.md "Edit in the browser" and "Add a picture" from the running
 * admin: the collections, a phase's form, a refused value, the upload dialog, a picture uploaded under
 * Assets and written in a phase's text (the guide's example), in docs/images/, 1000 px wide.
 * It builds nothing: run `npx astro build` first. Serves dist/ on port 4353 and edits a temporary
 * copy of the site, so content/ is never touched.
 * Usage: npx astro build && npm run docs:screenshots (beside the test harness it drives, not in src/).
 */
import { readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chromium, expect } from '@playwright/test';
import { preview } from 'astro';
import sharp from 'sharp';
import { Admin, blockOutsideRequests, SVELTIA } from './support/admin.ts';
import { findChromium } from './support/browsers.ts';
import { CmsConfig } from './support/cms-config.ts';
import { contentFiles } from './support/site-content.ts';
import { makeTempSite, ROOT } from './support/temp-site.ts';

const PORT = 4353;

const server = await preview({ root: ROOT, server: { port: PORT, host: 'localhost' }, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath: findChromium() });
const dir = makeTempSite('docs-screenshots');
try {
  const context = await browser.newContext({
    baseURL: `http://localhost:${PORT}`,
    locale: 'en-US',
    viewport: { width: 1000, height: 640 },
  });
  await blockOutsideRequests(context);
  const page = await context.newPage();
  // Transitions finished at once: Sveltia fades one entry's form into the next.
  const shot = (name: string) =>
    page.screenshot({ path: join(ROOT, 'docs', 'images', `${name}.png`), animations: 'disabled' });
  const admin = await Admin.open(page, dir);
  const cms = new CmsConfig(join(ROOT, 'dist'));
  // The collections, as the admin opens on the first one: once its entries are shown, fonts too.
  await expect(page.getByRole('row').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await shot('admin-collections');

  // "Add a picture": a photo uploaded under Assets, then written in a phase's text as the guide shows it.
  const guide = readFileSync(join(ROOT, 'docs', 'editing.md'), 'utf8');
  const [picture, name] = /^!\[.+\]\(\.\/images\/([a-z0-9-]+\.jpg) ".+"\)$/m.exec(guide) ?? [];
  if (!picture || !name) throw new Error('docs/editing.md no longer shows ![…](./images/NAME.jpg "…")');
  const photo = sharp({ create: { width: 1200, height: 800, channels: 3, background: '#4a7' } }).jpeg();
  const upload = { name, mimeType: 'image/jpeg', buffer: await photo.toBuffer() };
  await admin.uploadAsset(cms.collection('phases').label!, upload, async () => {
    const thumbnail = page.getByRole('alertdialog').locator('img');
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await shot('admin-picture-upload');
  });
  // The upload's notice stays for seconds: the pictures below are taken without it.
  await expect(page.getByRole('status').filter({ hasText: SVELTIA.assetSaved })).toBeHidden();

  // One entry of each by its file name. The upload dialog first, closed unused, so the refused value
  // is the last thing this admin does.
  const entry = (folder: string) => basename(contentFiles(dir, folder)[0]!).replace(/\.[a-z]+$/, '');
  await admin.openEntry('resources', entry('resources'));
  const href = await admin.reveal(admin.field(cms.label('resources', 'href')));
  await href.getByRole('button', { name: SVELTIA.replaceFile }).click();
  await shot('admin-upload');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: SVELTIA.selectFile })).toBeHidden();

  await admin.openEntry('phases', entry('phases'));
  await expect(admin.field(cms.label('phases', 'title')).getByRole('textbox').first()).toBeVisible();
  await shot('admin-phase-form');

  const body = await admin.reveal(admin.field(cms.label('phases', 'body')));
  await admin.type(body.getByRole('textbox'), `${await body.getByRole('textbox').inputValue()}\n\n${picture}`);
  // The picture's line and the field's hint under it.
  await body.evaluate((field) => field.scrollIntoView({ block: 'end' }));
  await shot('admin-picture-text');

  await admin.fill(cms.label('phases', 'learnMore'), 'http://www.example.org/');
  await admin.saveRefused();
  await admin.reveal(admin.field(cms.label('phases', 'learnMore')));
  await shot('admin-refused-value');
  console.log(
    'docs/images: admin-collections, admin-phase-form, admin-picture-text, admin-picture-upload, admin-refused-value, admin-upload',
  );
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

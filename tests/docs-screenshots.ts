/**
 * Takes the pictures of docs/editing.md "Edit in the browser" from the running admin: the
 * collections, a phase's form, a refused value and the upload dialog, in docs/images/, 1000 px wide.
 * It builds nothing: run `npx astro build` first. Serves dist/ on port 4353 and edits a temporary
 * copy of the site, so content/ is never touched.
 * Usage: npx astro build && npm run docs:screenshots (beside the test harness it drives, not in src/).
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, expect } from '@playwright/test';
import { Admin, blockOutsideRequests, SVELTIA } from './support/admin.ts';
import { findChromium } from './support/browsers.ts';
import { CmsConfig } from './support/cms-config.ts';
import { startPreview } from './support/preview.ts';
import { makeTempSite, ROOT } from './support/temp-site.ts';

const PORT = 4353;

const preview = await startPreview(ROOT, { port: PORT });
const browser = await chromium.launch({ executablePath: findChromium() });
const dir = makeTempSite('docs-screenshots');
try {
  const context = await browser.newContext({
    baseURL: preview.origin,
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

  // One entry of each by its file name (the site's reader is not loadable by plain Node). The
  // upload dialog first, closed unused, so the refused value is the last thing this admin does.
  const entry = (folder: string) =>
    readdirSync(join(dir, 'content', folder))
      .sort()[0]!
      .replace(/\.[a-z]+$/, '');
  await admin.openEntry('resources', entry('resources'));
  const href = await admin.reveal(admin.field(cms.label('resources', 'href')));
  await href.getByRole('button', { name: SVELTIA.replaceFile }).click();
  await shot('admin-upload');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: SVELTIA.selectFile })).toBeHidden();

  await admin.openEntry('phases', entry('phases'));
  await expect(admin.field(cms.label('phases', 'title')).getByRole('textbox').first()).toBeVisible();
  await shot('admin-phase-form');

  await admin.fill(cms.label('phases', 'learnMore'), 'http://www.example.org/');
  await admin.saveRefused();
  await admin.reveal(admin.field(cms.label('phases', 'learnMore')));
  await shot('admin-refused-value');
  console.log('docs/images: admin-collections, admin-phase-form, admin-refused-value, admin-upload');
} finally {
  await browser.close();
  await preview.stop();
  rmSync(dir, { recursive: true, force: true });
}

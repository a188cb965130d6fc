import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { builtPages, NOT_FOUND_PATH } from '../support/site-pages';
import { ROOT } from '../support/temp-site';

/*
 * Every built page is valid HTML by html-validate's recommended preset (.htmlvalidate.mjs says
 * which rule is relaxed and why). No browser needed: it reads dist/ as built before the run.
 */
const validator = new HtmlValidate(new FileSystemConfigLoader());
// Every page of the sitemap, and the 404 page.
const pages = builtPages().map((path) => (path === NOT_FOUND_PATH ? '404.html' : `${path.slice(1)}index.html`));

for (const page of pages) {
  test(`html-validate finds no error in dist/${page}`, async () => {
    const report = await validator.validateFile(join(ROOT, 'dist', page));
    expect(formatterFactory('text')(report.results)).toBe('');
    expect(report.errorCount).toBe(0);
  });
}

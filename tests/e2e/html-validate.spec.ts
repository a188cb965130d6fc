import { expect, test } from '@playwright/test';
import { HtmlValidate, StaticConfigLoader, formatterFactory } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { pageFile, SITES } from '../support/sites';

/*
 * Every built page of both sites is valid HTML by html-validate's recommended preset
 * (.htmlvalidate.mjs says which rules are relaxed and why). No browser needed: it reads dist/.
 */
// The project's config for every file: the fixture site is built outside the project's folder.
const validator = new HtmlValidate(new StaticConfigLoader(config));

for (const site of SITES)
  for (const path of site.pages)
    test(`${site.name} site: html-validate finds no error in ${path}`, async () => {
      const report = await validator.validateFile(pageFile(site, path));
      expect(formatterFactory('text')(report.results)).toBe('');
    });

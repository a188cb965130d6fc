import { expect, test } from '@playwright/test';
import { firefox } from '../engines/firefox';
import { checkEngine, SCREENSHOTS } from '../engines/runner';
import { skipWithout, type EngineName } from '../support/browsers';
import { webkit } from '../engines/webkit';
import { pagesWith } from '../support/site-pages';
import { FIXTURE_SITE, REAL_SITE } from '../support/sites';
import { TABLE_REGION_SELECTOR } from '../../src/markdown/table-regions';

/*
 * The checks of tests/engines/ in Firefox and WebKit, one test per engine (a worker each): every page
 * of the real site, and the fixture's pages with a table (its wide table, long address and long
 * word); its other pages add time and no new case. `npm run test:engines` also photographs them.
 */
test.describe.configure({ mode: 'parallel' });

for (const engine of [firefox, webkit]) {
  test(`${engine.name}: no sideways scrolling, markers on first lines, axe in both schemes, focus shown`, async () => {
    // Read from the fixture's build, which its server made before the tests started; checked before
    // the skip, as journeys.spec.ts prints this table and relies on it being there.
    const fixturePages = pagesWith(FIXTURE_SITE.distDir, TABLE_REGION_SELECTOR);
    expect(fixturePages, 'the fixture site should hold a wide table').not.toEqual([]);
    skipWithout(engine.name as EngineName);
    test.setTimeout(240_000);
    const pages = [
      ...REAL_SITE.pages.map((path) => ({ site: REAL_SITE, path })),
      ...fixturePages.map((path) => ({ site: FIXTURE_SITE, path })),
    ].map(({ site, path }) => ({ url: new URL(path, site.origin).href, label: `${site.name} ${path}` }));
    const screenshots = process.env['ENGINE_SCREENSHOTS'] ? SCREENSHOTS : undefined;
    const { failures, focused, summary } = await checkEngine(engine, pages, screenshots);
    console.log(summary);
    expect(failures).toEqual([]);
    expect(focused).toBeGreaterThan(0);
  });
}

import { expect, test } from '@playwright/test';
import { firefox } from '../engines/firefox';
import { runEngines, summary } from '../engines/runner';
import { webkit } from '../engines/webkit';
import { builtPages, pagesWithTables } from '../support/site-pages';
import { FIXTURE_SITE } from '../support/sites';

/*
 * The browser checks in Firefox and WebKit (tests/engines/), run by `npm test` beside the Chromium
 * tests: each engine is one test, so the two workers take them while the other worker goes on with
 * the rest. `npm run test:engines` runs the same checks on their own.
 * Besides every page of the real site, they check the fixture site's pages that hold a table (its
 * wide table, long address and long word: tests/fixtures/second-site/README.md): what an editor may
 * write that the real content does not hold yet. Its other pages add time and no new case.
 */
test.describe.configure({ mode: 'parallel' });

for (const engine of [firefox, webkit]) {
  test(`${engine.name}: every page, and the fixture's pages with a table, both schemes, every width: no sideways scrolling, markers on first lines, axe, focus shown`, async ({
    baseURL,
  }) => {
    test.setTimeout(300_000);
    // Read from the fixture's build, which its server made before the tests started.
    const fixturePages = pagesWithTables(FIXTURE_SITE.distDir);
    expect(fixturePages, 'the fixture site should hold a wide table').not.toEqual([]);
    const [report] = await runEngines({
      sites: [
        { origin: baseURL!, paths: builtPages() },
        { origin: FIXTURE_SITE.origin, paths: fixturePages, name: FIXTURE_SITE.name },
      ],
      engines: [engine],
    });
    console.log(summary(report!));
    expect(report!.failures).toEqual([]);
    expect(report!.checks).toBeGreaterThan(0);
  });
}

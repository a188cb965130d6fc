import { expect, test } from '@playwright/test';
import { firefox } from '../engines/firefox';
import { runEngines, summary } from '../engines/runner';
import { webkit } from '../engines/webkit';
import { builtPages } from '../support/site-pages';

/*
 * The browser checks in Firefox and WebKit (tests/engines/), run by `npm test` beside the Chromium
 * tests: each engine is one test, so the two workers take them while the other worker goes on with
 * the rest. `npm run test:engines` runs the same checks on their own.
 */
test.describe.configure({ mode: 'parallel' });

for (const engine of [firefox, webkit]) {
  test(`${engine.name}: every page, both schemes, every width: no sideways scrolling, markers on first lines, axe, focus shown`, async ({
    baseURL,
  }) => {
    test.setTimeout(300_000);
    const [report] = await runEngines({ origin: baseURL!, paths: builtPages(), engines: [engine] });
    console.log(summary(report!));
    expect(report!.failures).toEqual([]);
    expect(report!.checks).toBeGreaterThan(0);
  });
}

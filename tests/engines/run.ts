/**
 * `npm run test:engines`: the browser checks in Firefox and WebKit (runner.ts) over every page of
 * the last build, served by its own `astro preview`. It builds nothing, unless --fixture asks it to
 * build the fixture site too (as `npm test` does) and check its pages that hold a table, served on
 * the port after --port (4412 is WebKitWebDriver's, so 4413 by default).
 * Usage: node tests/engines/run.ts [--port 4411] [--fixture] [firefox|webkit ...]
 * Exits 1 with the list of failures, or when a browser is missing (naming its Debian package).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { firefox } from './firefox.ts';
import { runEngines, SCREENSHOTS, summary, type ServedSite } from './runner.ts';
import { webkit } from './webkit.ts';
import { startPreview, type Preview } from '../support/preview.ts';
import { builtPages, pagesWithTables } from '../support/site-pages.ts';
import { buildFixtureSite, FIXTURE_SITE_NAME, ROOT } from '../support/temp-site.ts';

const ENGINES = { firefox, webkit };
/** A fixed port away from the e2e servers' 4321 and 4322, so runs beside them do not collide. */
const DEFAULT_PORT = 4411;
/** The fixture site's port, after --port: WebKitWebDriver has 4412. */
const FIXTURE_PORT_OFFSET = 2;

const { values, positionals } = parseArgs({
  options: {
    port: { type: 'string', default: String(DEFAULT_PORT) },
    fixture: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const unknown = positionals.filter((name) => !(name in ENGINES));
if (unknown.length > 0)
  throw new Error(`Unknown engine ${unknown.join(', ')}: use ${Object.keys(ENGINES).join(', ')}.`);
const engines = (positionals.length > 0 ? positionals : Object.keys(ENGINES)).map(
  (name) => ENGINES[name as keyof typeof ENGINES],
);

const missing = engines.map((engine) => engine.missing()).filter(Boolean);
if (missing.length > 0) {
  console.error(missing.join('\n'));
  process.exit(1);
}

const started = Date.now();
const paths = builtPages();
const fixturePort = Number(values.port) + FIXTURE_PORT_OFFSET;
// Built before any server starts: a failed build then leaves nothing running.
const fixtureDir = values.fixture ? buildFixtureSite(FIXTURE_SITE_NAME, `http://localhost:${fixturePort}`) : undefined;
const previews: Preview[] = [];
try {
  previews.push(await startPreview(ROOT, { port: Number(values.port) }));
  const sites: ServedSite[] = [{ origin: previews[0]!.origin, paths }];
  if (fixtureDir) {
    previews.push(await startPreview(fixtureDir, { port: fixturePort }));
    sites.push({
      origin: previews[1]!.origin,
      paths: pagesWithTables(join(fixtureDir, 'dist')),
      name: FIXTURE_SITE_NAME,
    });
  }
  const pages = sites.map((site) => `${site.paths.length} pages at ${site.origin}`).join(' and ');
  console.log(`Checking ${pages} in ${engines.map((e) => e.name).join(' and ')} ...`);
  const reports = await runEngines({ sites, engines, screenshots: SCREENSHOTS });
  for (const report of reports) console.log(summary(report));
  console.log(`Screenshots: ${SCREENSHOTS}/<engine>/<scheme>-<width>/<page>.png`);
  console.log(`Engine checks took ${((Date.now() - started) / 1000).toFixed(1)} s in all.`);
  const failures = reports.flatMap((report) => report.failures);
  if (failures.length > 0) {
    console.error(`\n${failures.length} failures:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  for (const preview of previews) await preview.stop();
}
// A browser that did not close in time must not keep the process alive.
process.exit(process.exitCode ?? 0);

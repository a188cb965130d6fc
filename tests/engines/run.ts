/**
 * `npm run test:engines`: the browser checks in Firefox and WebKit (runner.ts) over every page of
 * the last build, served by its own `astro preview`. It builds nothing.
 * Usage: node tests/engines/run.ts [--port 4411] [firefox|webkit ...]
 * Exits 1 with the list of failures, or when a browser is missing (naming its Debian package).
 */
import { parseArgs } from 'node:util';
import { firefox } from './firefox.ts';
import { runEngines, SCREENSHOTS, summary } from './runner.ts';
import { webkit } from './webkit.ts';
import { startPreview } from '../support/preview.ts';
import { builtPages } from '../support/site-pages.ts';
import { ROOT } from '../support/temp-site.ts';

const ENGINES = { firefox, webkit };
/** A fixed port away from the e2e servers' 4321 and 4322, so runs beside them do not collide. */
const DEFAULT_PORT = 4411;

const { values, positionals } = parseArgs({
  options: { port: { type: 'string', default: String(DEFAULT_PORT) } },
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
const preview = await startPreview(ROOT, { port: Number(values.port) });
try {
  console.log(`Checking ${paths.length} pages at ${preview.origin} in ${engines.map((e) => e.name).join(' and ')} ...`);
  const reports = await runEngines({
    sites: [{ origin: preview.origin, paths }],
    engines,
    screenshots: SCREENSHOTS,
  });
  for (const report of reports) console.log(summary(report));
  console.log(`Screenshots: ${SCREENSHOTS}/<engine>/<scheme>-<width>/<page>.png`);
  console.log(`Engine checks took ${((Date.now() - started) / 1000).toFixed(1)} s in all.`);
  const failures = reports.flatMap((report) => report.failures);
  if (failures.length > 0) {
    console.error(`\n${failures.length} failures:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  await preview.stop();
}
// A browser that did not close in time must not keep the process alive.
process.exit(process.exitCode ?? 0);

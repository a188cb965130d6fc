/**
 * Lighthouse on every content page (`npm run audit`, after a build) with its default settings
 * (mobile, simulated slow 4G): every category at 100. A missing address gets the 404 page with its
 * real 404 status; it may fail only the audits its nature fails. One Chrome and one `astro preview`
 * (port 4341) serve all pages: a fresh Node and Chrome per page, as Lighthouse CI starts them, took
 * twice as long. A busy machine only lowers a simulated score: a page that fails gets
 * LIGHTHOUSE_RUNS runs more (3 unless set) and the median run is judged (Lighthouse's docs on
 * variability advise the median). Prints each page's scores; the judged runs' reports are written to
 * lighthouse-report/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { ReportGenerator } from 'lighthouse/report/generator/report-generator.js';
import { resolveBasePath } from '../../src/lib/site-url.ts';
import { findChromium } from '../support/browsers.ts';
import { DIST, pagePaths } from '../support/site-pages.ts';

const PORT = 4341;
const REPORTS = join(DIST, '..', 'lighthouse-report');
const origin = `http://localhost:${PORT}${resolveBasePath(process.env['BASE_PATH'])}`;
const notFound = `${origin}lighthouse-missing-page/`;
const pages = [...pagePaths().map((path) => `${origin}${path.slice(1)}`), notFound];

/**
 * What the 404 page may fail, and why: its status is 404, so search engines drop the address; it
 * says noindex (Head.astro, indexable={false}); Chromium logs its 404 response as one console error.
 */
const EXCUSED_ON_404: Record<string, (audit: Result['audits'][string]) => boolean> = {
  'http-status-code': () => true,
  'is-crawlable': () => true,
  'errors-in-console': (audit) => (audit.details as { items?: unknown[] } | undefined)?.items?.length === 1,
};

/** The audits that fail a run: every audit that counts in a category, as Lighthouse weighs them. */
function failures(lhr: Result): string[] {
  const excused = lhr.requestedUrl === notFound ? EXCUSED_ON_404 : {};
  return Object.values(lhr.categories).flatMap((category) =>
    category.auditRefs
      .filter(({ id, weight }) => {
        const audit = lhr.audits[id]!;
        const below = audit.scoreDisplayMode === 'error' || (audit.score !== null && audit.score < 1);
        return weight > 0 && below && !excused[id]?.(audit);
      })
      .map(({ id }) => `${category.id}: ${id} ${lhr.audits[id]!.displayValue ?? lhr.audits[id]!.score}`),
  );
}

const server = await preview({ root: join(DIST, '..'), server: { port: PORT, host: 'localhost' }, logLevel: 'warn' });
// As root (CI) Chromium needs --no-sandbox; chrome-launcher's own flags stop its calls out.
const chrome = await launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', '--no-sandbox'] });

async function run(url: string): Promise<Result> {
  const result = await lighthouse(url, {
    port: chrome.port,
    logLevel: 'error',
    // The 404 page answers with status 404 on purpose: audit it rather than stop.
    ignoreStatusCode: true,
    // Pictures of the page for a person to look at, and the back/forward cache check (it navigates
    // away and back): they count in no score, and take time.
    disableFullPageScreenshot: true,
    skipAudits: ['screenshot-thumbnails', 'final-screenshot', 'bf-cache'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
  return result.lhr;
}

const judged: Result[] = [];
try {
  for (const url of pages) {
    let lhr = await run(url);
    if (failures(lhr).length > 0) {
      const runs = Number(process.env['LIGHTHOUSE_RUNS'] ?? 3);
      console.log(`${url} failed ${failures(lhr).join(', ')} in one run: ${runs} runs more, the median counts.`);
      const more: Result[] = [];
      for (let i = 0; i < runs; i++) more.push(await run(url));
      // Its types name Lighthouse's global LH namespace, which the package does not export.
      lhr = computeMedianRun(more) as Result;
    }
    judged.push(lhr);
  }
} finally {
  chrome.kill();
  await server.stop();
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS);
for (const lhr of judged) {
  const name = new URL(lhr.requestedUrl!).pathname.replaceAll('/', '_');
  writeFileSync(join(REPORTS, `${name}.html`), ReportGenerator.generateReportHtml(lhr));
}
console.table(
  judged.map((lhr) => ({
    page: lhr.requestedUrl,
    ...Object.fromEntries(Object.values(lhr.categories).map(({ id, score }) => [id, Math.round((score ?? 0) * 100)])),
    // Lighthouse's measure of the CPU at the time: low when other work ran beside it.
    benchmark: Math.round(lhr.environment.benchmarkIndex),
  })),
);
const failed = judged.flatMap((lhr) => failures(lhr).map((failure) => `${lhr.requestedUrl} ${failure}`));
if (failed.length > 0) {
  console.error(`Lighthouse: below 100:\n  ${failed.join('\n  ')}`);
  process.exitCode = 1;
}

/**
 * Lighthouse on every page of the built site: performance, accessibility, best practices and SEO
 * must all score 100, with Lighthouse's default (mobile, simulated slow 4G) settings.
 * Performance varies from run to run on a busy machine (Lighthouse's docs on variability advise
 * the median of several runs), and only downwards: a page whose first run scores below 100 gets
 * LIGHTHOUSE_RUNS performance runs (3 unless set) and the run with the median score counts.
 * The other categories do not vary: one run.
 *
 * Usage: npm run build && npm run audit
 * It builds nothing itself: it serves dist/ with `astro preview` on a free port, audits every URL
 * of dist/sitemap-0.xml (moved to the local server) plus a missing page (the 404 page, with its
 * real 404 status), prints a table and exits with 1 when a score is below 100.
 * Build with the same BASE_PATH as the audit runs with; SITE_URL does not matter here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { resolveBasePath } from '../../lib/site-url.ts';
import { findChromium } from '../../../tests/support/browser.ts';
import { ROOT } from '../../../tests/support/temp-site.ts';
import { startPreview } from '../../../tests/support/preview.ts';
import { sitemapLocations, toLocalOrigin } from '../../../tests/support/sitemap.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

interface PageToAudit {
  url: string;
  label: string;
  /**
   * Audits this page fails on purpose, each with a check that it fails only for that purpose.
   * Every other audit of every category must pass.
   */
  expected: Record<string, (audit: AuditResult, url: string) => boolean>;
}

type AuditResult = Result['audits'][string];

interface PageResult extends PageToAudit {
  scores: Record<Category, number | null>;
  lcpMs: number | undefined;
  totalBytes: number | undefined;
  failures: string[];
  /** The expected failures that cost points, by category, for the table. */
  tolerated: Record<Category, string[]>;
}

const dist = join(ROOT, 'dist');
const sitemapFile = join(dist, 'sitemap-0.xml');
if (!existsSync(sitemapFile)) {
  console.error(`No ${sitemapFile}: the audit checks the built site. Run "npm run build" first.`);
  process.exit(2);
}

const runs = Number(process.env['LIGHTHOUSE_RUNS'] ?? 3);
/** The audit's own preview port, apart from the tests' (see the README's list of ports). */
const LIGHTHOUSE_PORT = 4341;
if (!Number.isInteger(runs) || runs < 1) {
  console.error(
    `LIGHTHOUSE_RUNS must be a whole number of runs, 1 or more, but it is "${process.env['LIGHTHOUSE_RUNS']}".`,
  );
  process.exit(2);
}

const locations = sitemapLocations(readFileSync(sitemapFile, 'utf8'));
const base = resolveBasePath(process.env['BASE_PATH']);
const server = await startPreview(ROOT, { base, port: LIGHTHOUSE_PORT });
// Chrome runs detached from this process: stop it and the server on every way out, Ctrl+C included.
let chrome: chromeLauncher.LaunchedChrome | undefined;
const cleanUp = async () => {
  chrome?.kill();
  await server.stop();
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void cleanUp().then(() => process.exit(130));
  });
}

const pages: PageToAudit[] = [
  ...locations.map((loc) => {
    const url = toLocalOrigin(loc, server.origin);
    return { url, label: new URL(url).pathname, expected: {} };
  }),
  {
    // A missing address, so the host answers with the 404 page and its 404 status, as in production.
    url: `${server.origin}${base}lighthouse-missing-page/`,
    label: '404 page',
    // The 404 page is not for search engines, so two SEO audits fail on purpose, and its SEO score
    // is below 100; the other SEO audits (description, link text, robots.txt...) must still pass.
    expected: {
      // Its status is 404, so search engines drop the missing address.
      'http-status-code': (audit) => audit.displayValue === '404',
      // It says noindex (Head.astro, indexable={false}), and nothing else blocks it.
      'is-crawlable': (audit) =>
        everyRow(audit, (item) =>
          /<meta name="robots" content="noindex"/.test(
            String((item['source'] as { snippet?: string } | undefined)?.snippet),
          ),
        ),
      // Chromium logs every 404 response as a console error, the page's own included. Any other
      // console error still fails.
      'errors-in-console': (audit, url) =>
        everyRow(
          audit,
          (item) =>
            item['source'] === 'network' && (item['sourceLocation'] as { url?: string } | undefined)?.url === url,
        ),
    },
  },
];

const results: PageResult[] = [];
try {
  chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    // The network is closed here and on CI: Chromium's background services must not try to call out.
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  for (const page of pages) results.push(await audit(page, chrome.port));
} finally {
  await cleanUp();
}

printTable(results);
const failures = results.flatMap((result) => result.failures.map((failure) => `${result.label}: ${failure}`));
if (failures.length > 0) {
  console.error(`\nLighthouse scores below 100:\n${failures.map((line) => `  - ${line}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `\nAll ${results.length} pages pass: every score is 100, or below 100 only through the expected failures shown.`,
);

async function audit(page: PageToAudit, port: number): Promise<PageResult> {
  const first = await run(page.url, port, CATEGORIES);
  const performanceRuns = [first];
  // A busy machine only lowers a simulated score (its tasks take longer), never raises it: a first
  // run at 100 is the page's score. A lower one may be the machine's, so the page gets `runs` runs
  // and their median counts.
  if (first.categories['performance']?.score !== 1)
    while (performanceRuns.length < runs) performanceRuns.push(await run(page.url, port, ['performance']));
  const median = performanceRuns.sort(
    (a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0),
  )[Math.floor(performanceRuns.length / 2)]!;
  const category = (id: Category) => (id === 'performance' ? median : first).categories[id];
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, category(id)?.score ?? null])) as Record<
    Category,
    number | null
  >;
  const failures: string[] = [];
  const tolerated = Object.fromEntries(CATEGORIES.map((id) => [id, [] as string[]])) as Record<Category, string[]>;
  for (const id of CATEGORIES) {
    const score = scores[id];
    if (score === 1) continue;
    const lhr = id === 'performance' ? median : first;
    // Name the audits that cost points, so a failure says what to fix.
    const lost = (category(id)?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((result) => result.score !== null && result.score < 1);
    const unexpected = lost.filter((result) => !page.expected[result.id]?.(result, page.url));
    tolerated[id] = lost.filter((result) => !unexpected.includes(result)).map((result) => result.id);
    if (unexpected.length === 0 && lost.length > 0) continue;
    const names = unexpected.map((result) => `${result.id} (${result.score})`).join(', ');
    failures.push(`${id} ${score === null ? 'not scored' : Math.round(score * 100)}${names ? `: ${names}` : ''}`);
  }
  return {
    ...page,
    scores,
    lcpMs: median.audits['largest-contentful-paint']?.numericValue,
    totalBytes: median.audits['total-byte-weight']?.numericValue,
    failures,
    tolerated,
  };
}

async function run(url: string, port: number, categories: readonly Category[], attempt = 1): Promise<Result> {
  const runner = await lighthouse(url, {
    port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: [...categories],
    // The 404 page answers with status 404 on purpose; audit it instead of stopping.
    ignoreStatusCode: true,
  });
  const lhr = runner?.lhr;
  if (lhr && !lhr.runtimeError) return lhr;
  // A loaded machine sometimes drops a page load (CHROME_INTERSTITIAL_ERROR): that says nothing
  // about the page, so it gets one more try; a second failure stops the audit.
  if (attempt < 2) return run(url, port, categories, attempt + 1);
  const reason = lhr?.runtimeError ? `${lhr.runtimeError.code} ${lhr.runtimeError.message}` : 'no result';
  throw new Error(`Lighthouse could not audit ${url}: ${reason}`);
}

/** True when an audit lists at least one row and every row passes the check. */
function everyRow(audit: AuditResult, check: (item: Record<string, unknown>) => boolean): boolean {
  const items = (audit.details && 'items' in audit.details ? audit.details.items : []) as Record<string, unknown>[];
  return items.length > 0 && items.every(check);
}

function printTable(rows: PageResult[]): void {
  const header = ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'total bytes'];
  const score = (row: PageResult, id: Category) => {
    const value = row.scores[id];
    const text = value === null ? '-' : String(Math.round(value * 100));
    return row.tolerated[id].length > 0 ? `${text} (expected: ${row.tolerated[id].join(', ')})` : text;
  };
  const body = rows.map((row) => [
    row.label,
    score(row, 'performance'),
    score(row, 'accessibility'),
    score(row, 'best-practices'),
    score(row, 'seo'),
    row.lcpMs === undefined ? '-' : `${(row.lcpMs / 1000).toFixed(1)} s`,
    row.totalBytes === undefined ? '-' : `${(row.totalBytes / 1024).toFixed(1)} KiB`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const cells of body) console.log(line(cells));
}

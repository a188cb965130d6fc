/**
 * Lighthouse on every page of the built site: performance, accessibility, best practices and SEO
 * must all score 100, with Lighthouse's default (mobile, simulated slow 4G) settings.
 * Performance varies from run to run on a busy machine (Lighthouse's docs on variability advise
 * the median of several runs): each page gets LIGHTHOUSE_RUNS performance runs (3 unless set)
 * and the run with the median performance score counts. The other categories do not vary: one run.
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
import { resolveBasePath } from '../../src/lib/site-url.ts';
import { findChromium } from '../support/browser.ts';
import { ROOT } from '../support/temp-site.ts';
import { startPreview } from './preview-server.ts';
import { sitemapLocations, toLocalOrigin } from './sitemap.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

interface PageToAudit {
  url: string;
  label: string;
  /** Categories that may score below 100 on this page, each with the reason. */
  exempt: Partial<Record<Category, string>>;
  /** Failing audits this page expects, each with a check that the failure is only the expected one. */
  expected: Record<string, (audit: AuditResult, url: string) => boolean>;
}

type AuditResult = Result['audits'][string];

interface PageResult extends PageToAudit {
  scores: Record<Category, number | null>;
  lcpMs: number | undefined;
  totalBytes: number | undefined;
  failures: string[];
}

const dist = join(ROOT, 'dist');
const sitemapFile = join(dist, 'sitemap-0.xml');
if (!existsSync(sitemapFile)) {
  console.error(`No ${sitemapFile}: the audit checks the built site. Run "npm run build" first.`);
  process.exit(2);
}

const base = resolveBasePath(process.env['BASE_PATH']);
const server = await startPreview(base);
const pages: PageToAudit[] = [
  ...sitemapLocations(readFileSync(sitemapFile, 'utf8')).map((loc) => {
    const url = toLocalOrigin(loc, server.origin);
    return { url, label: new URL(url).pathname, exempt: {}, expected: {} };
  }),
  {
    // A missing address, so the host answers with the 404 page and its 404 status, as in production.
    url: `${server.origin}${base}lighthouse-missing-page/`,
    label: '404 page',
    exempt: {
      // The 404 page says noindex on purpose, and its status is 404: both fail Lighthouse's
      // "page is blocked from indexing" and "unsuccessful HTTP status code" SEO audits.
      seo: 'noindex and status 404 on purpose',
    },
    expected: {
      // Chromium logs every 404 response as a console error, the page's own included. Any other
      // console error still fails.
      'errors-in-console': (audit, url) => consoleErrors(audit).every((item) => item.source === 'network' && item.url === url),
    },
  },
];

const chrome = await chromeLauncher.launch({
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

const runs = Math.max(1, Number(process.env['LIGHTHOUSE_RUNS'] ?? 3));
const results: PageResult[] = [];
try {
  for (const page of pages) results.push(await audit(page, chrome.port));
} finally {
  chrome.kill();
  await server.stop();
}

printTable(results);
const failures = results.flatMap((result) => result.failures.map((failure) => `${result.label}: ${failure}`));
if (failures.length > 0) {
  console.error(`\nLighthouse scores below 100:\n${failures.map((line) => `  - ${line}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nAll ${results.length} pages score 100 in every category that applies.`);

async function audit(page: PageToAudit, port: number): Promise<PageResult> {
  const first = await run(page.url, port, CATEGORIES);
  const performanceRuns = [first];
  for (let index = 1; index < runs; index += 1) performanceRuns.push(await run(page.url, port, ['performance']));
  const median = performanceRuns.sort((a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0))[
    Math.floor(performanceRuns.length / 2)
  ]!;
  const category = (id: Category) => (id === 'performance' ? median : first).categories[id];
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, category(id)?.score ?? null])) as Record<Category, number | null>;
  const failures: string[] = [];
  for (const id of CATEGORIES) {
    const score = scores[id];
    if (score === 1 || page.exempt[id]) continue;
    const lhr = id === 'performance' ? median : first;
    // Name the audits that cost points, so a failure says what to fix.
    const lost = (category(id)?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((result) => result.score !== null && result.score < 1);
    const unexpected = lost.filter((result) => !page.expected[result.id]?.(result, page.url));
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
  };
}

async function run(url: string, port: number, categories: readonly Category[]): Promise<Result> {
  const runner = await lighthouse(url, {
    port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: [...categories],
    // The 404 page answers with status 404 on purpose; audit it instead of stopping.
    ignoreStatusCode: true,
  });
  if (!runner) throw new Error(`Lighthouse returned nothing for ${url}.`);
  const { lhr } = runner;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lhr;
}

function consoleErrors(audit: AuditResult): { source: string | undefined; url: string | undefined }[] {
  const items = (audit.details && 'items' in audit.details ? audit.details.items : []) as Record<string, unknown>[];
  return items.map((item) => {
    const location = item['sourceLocation'] as { url?: string } | undefined;
    return { source: item['source'] as string | undefined, url: location?.url };
  });
}

function printTable(rows: PageResult[]): void {
  const header = ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'total bytes'];
  const score = (row: PageResult, id: Category) => {
    const value = row.scores[id];
    const text = value === null ? '-' : String(Math.round(value * 100));
    if (row.exempt[id]) return `${text} (exempt: ${row.exempt[id]})`;
    return value !== null && value < 1 && !row.failures.some((failure) => failure.startsWith(`${id} `)) ? `${text} (expected: ${Object.keys(row.expected).join(', ')})` : text;
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

/**
 * Lighthouse on every content page (`npm run audit`, after a build), run and judged by Lighthouse CI
 * with Lighthouse's default settings (mobile, simulated slow 4G): performance, accessibility, best
 * practices and SEO at 100. A missing address gets the 404 page with its real 404 status; it may
 * fail only the audits its nature fails, every other audit that counts must pass. A busy machine
 * only lowers a simulated score: every page gets one run, and a page that fails gets LIGHTHOUSE_RUNS
 * runs more (3 unless set) with the median run judged (Lighthouse's docs on variability advise the
 * median). Prints each page's scores. The site is served with `astro preview` on the audit's port,
 * 4341; lhci writes its reports to lighthouse-report/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveBasePath } from '../../lib/site-url.ts';
import { findChromium } from '../find-chromium.ts';
import { builtPages, DIST } from './built-pages.ts';

const PORT = 4341;
const REPORTS = join(DIST, '..', 'lighthouse-report');
const origin = `http://localhost:${PORT}${resolveBasePath(process.env['BASE_PATH'])}`;
const pages = builtPages()
  .filter((file) => file.endsWith('index.html'))
  .map((file) => `${origin}${file.slice(0, -'index.html'.length)}`);
const notFound = `${origin}lighthouse-missing-page/`;

// The audits that count in a category, as lhci's own Lighthouse defines them.
const lhci = createRequire(createRequire(import.meta.url).resolve('@lhci/cli/package.json'));
const { default: lighthouseConfig } = (await import(
  pathToFileURL(lhci.resolve('lighthouse/core/config/default-config.js')).href
)) as { default: { categories: Record<string, { auditRefs: { id: string; weight: number }[] }> } };
const counted = (category: string) =>
  lighthouseConfig.categories[category]!.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id);

const atMost = (options: object) => ['error', { aggregationMethod: 'median-run', ...options }];
const full = atMost({ minScore: 1 });

const config = {
  ci: {
    collect: {
      startServerCommand: `node node_modules/astro/bin/astro.mjs preview --port ${PORT} --host localhost`,
      // Astro prints the address in colour, with escape codes inside it, so lhci would wait out its
      // 10 s timeout for `localhost:4341`; the word before the address is printed whole.
      startServerReadyPattern: 'Local',
      chromePath: findChromium(),
      settings: {
        // lhci adds --headless=new. As root (CI) Chromium needs --no-sandbox; the network is closed
        // here and on CI, so its background services must not call out. One string: lhci appends to it.
        chromeFlags:
          '--no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
        // The 404 page answers with status 404 on purpose: audit it rather than stop.
        ignoreStatusCode: true,
        // Pictures of the page for a person to look at: they count in no score, and take time.
        disableFullPageScreenshot: true,
        skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
      },
    },
    assert: {
      assertMatrix: [
        {
          matchingUrlPattern: `^(?!${notFound}$)`,
          assertions: Object.fromEntries(
            ['performance', 'accessibility', 'best-practices', 'seo'].map((id) => [`categories:${id}`, full]),
          ),
        },
        {
          // The 404 page is not for search engines, and Chromium logs its 404 response as a console
          // error: those scores cannot be 100, so every audit of theirs that counts is asserted instead.
          matchingUrlPattern: `^${notFound}$`,
          assertions: {
            'categories:performance': full,
            'categories:accessibility': full,
            ...Object.fromEntries([...counted('best-practices'), ...counted('seo')].map((id) => [id, full])),
            // Its status is 404, so search engines drop the missing address.
            'http-status-code': 'off',
            // It says noindex (Head.astro, indexable={false}).
            'is-crawlable': 'off',
            // Its own 404 response, and nothing else.
            'errors-in-console': atMost({ maxLength: 1 }),
          },
        },
      ],
    },
    upload: { target: 'filesystem', outputDir: REPORTS },
  },
};

mkdirSync(REPORTS, { recursive: true });
const configFile = join(REPORTS, 'lighthouserc.json');
writeFileSync(configFile, JSON.stringify(config, null, 2));
/** Runs and judges the pages, then prints the scores of the judged runs; returns lhci's status. */
function autorun(urls: string[], runs: string): number | null {
  const args = [
    `--config=${configFile}`,
    `--collect.numberOfRuns=${runs}`,
    ...urls.map((url) => `--collect.url=${url}`),
  ];
  const { status } = spawnSync(process.execPath, [lhci.resolve('./src/cli.js'), 'autorun', ...args], {
    stdio: 'inherit',
  });
  const manifest = JSON.parse(readFileSync(join(REPORTS, 'manifest.json'), 'utf8')) as {
    url: string;
    isRepresentativeRun: boolean;
    summary: Record<string, number>;
  }[];
  console.table(
    manifest
      .filter((run) => run.isRepresentativeRun)
      .map(({ url, summary }) => ({
        page: url,
        ...Object.fromEntries(Object.entries(summary).map(([id, score]) => [id, Math.round(score * 100)])),
      })),
  );
  return status;
}

// lhci leaves the last audit's results in place: a run that fails before judging must not read them.
rmSync('.lighthouseci/assertion-results.json', { force: true });
let status = autorun([...pages, notFound], '1');
if (status !== 0) {
  const results = JSON.parse(readFileSync('.lighthouseci/assertion-results.json', 'utf8')) as {
    url: string;
    level: string;
  }[];
  const failed = [...new Set(results.filter(({ level }) => level === 'error').map(({ url }) => url))];
  if (failed.length > 0) {
    console.log(`\nAn assertion failed after one run: ${failed.join(', ')} run again, and the median run counts.`);
    status = autorun(failed, process.env['LIGHTHOUSE_RUNS'] ?? '3');
  }
}
process.exitCode = status ?? 1;

/*
 * Runs the Chromium test's layout and accessibility checks in another engine (README, "Checks in
 * three engines"): no sideways scrolling and list markers on their items' first line at 1280 and
 * 320 px, axe at 320 px in both colour schemes, and Tab reaching every link and table region in
 * order with a visible outline. Colours are all the dark scheme changes, so it is seen at 320 px,
 * where axe runs; the keyboard walk happens once per page. One browser per scheme.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AXE_TAGS, axeSource, axeViolations } from '../support/axe.ts';
import { ROOT } from '../support/temp-site.ts';
import {
  HEIGHT,
  layoutProblems,
  showsPage,
  walkTabStops,
  type Engine,
  type EngineSession,
  type Scheme,
} from './checks.ts';

/** Where `npm run test:engines` puts its photographs, for a person (git ignores the folder). */
export const SCREENSHOTS = join(ROOT, 'screenshots');

/**
 * The widths each scheme is checked at, widest first: the keyboard walk happens at the first width
 * of the light scheme, axe at the last (WCAG 1.4.10's 320 px; WebKitGTK's window stops at about
 * 450 px, so the width a page really got is reported). Photographs add a tablet's width, in both.
 */
const WIDTHS: Record<Scheme, number[]> = { light: [1280, 320], dark: [320] };
const PHOTO_WIDTHS = [1280, 768, 320];

/** One page to check: its address, and its name in messages and screenshot files. */
export interface PageToCheck {
  url: string;
  label: string;
}

/** What one engine found. */
export interface EngineReport {
  engine: string;
  pages: number;
  /** Each scheme and width asked for ("light 320"), with the widths the pages really got. */
  widths: Map<string, Set<number>>;
  /** Page visits checked: pages × the widths of each scheme. */
  checks: number;
  /** Links and table regions Tab reached in order, over all pages. */
  focused: number;
  failures: string[];
  /** A browser start or a lost page tried once more (see checkEngine), named. */
  retries: string[];
  seconds: number;
}

/** How long a browser start, or one page's checks, may take before it counts as hung. */
const START_TIMEOUT_MS = 30_000;
const PAGE_TIMEOUT_MS = 90_000;

/** Rejects when a step takes longer than its time: a hung browser fails the run, it does not stall it. */
async function inTime<T>(step: Promise<T>, what: string, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms);
  });
  return Promise.race([step, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Checks the pages in one engine. Two things are tried once more, named in `retries`, and fail the
 * run when they happen again: a browser start that fails or hangs (in CI, WebKit's second session
 * once never answered), after the engine has stopped everything it started; and a page the browser
 * loses as it loads (WebKit's page process once died on a loaded machine).
 */
export async function checkEngine(engine: Engine, pages: PageToCheck[], screenshots?: string): Promise<EngineReport> {
  const started = Date.now();
  const report: EngineReport = {
    engine: engine.name,
    pages: pages.length,
    widths: new Map(),
    checks: 0,
    focused: 0,
    failures: [],
    retries: [],
    seconds: 0,
  };
  const axe = axeSource();

  async function checkPage(session: EngineSession, where: string, widths: number[], width: number, page: PageToCheck) {
    const fail = (message: string) => void report.failures.push(`${engine.name} ${where}px ${page.label}: ${message}`);
    await session.goto(page.url);
    if (!(await session.evaluate(showsPage, page.url))) {
      report.retries.push(`${where} ${page.label}`);
      await session.goto(page.url);
      if (!(await session.evaluate(showsPage, page.url))) return fail('the browser lost the page twice');
    }
    if (where.startsWith('light') && width === widths[0]) {
      const walk = await walkTabStops(session, false);
      report.focused += walk.reached;
      walk.problems.forEach(fail);
    }
    (await session.evaluate(layoutProblems, false)).problems.forEach(fail);
    if (width === widths.at(-1)) {
      if (!(await session.evaluate(() => 'axe' in window))) await session.evaluate(axe);
      for (const violation of await session.evaluate(axeViolations, AXE_TAGS)) fail(`axe ${violation}`);
    }
    if (screenshots) {
      const folder = join(screenshots, engine.name, where.replace(' ', '-'));
      mkdirSync(folder, { recursive: true });
      await session.screenshot(
        join(folder, `${page.label.replace(/[^\w-]+/g, '_').replace(/^_|_$/g, '') || 'index'}.png`),
      );
    }
    report.checks++;
  }

  try {
    for (const scheme of ['light', 'dark'] as const) {
      const start = `${engine.name} ${scheme}: starting the browser`;
      const session = await inTime(engine.open(scheme, axe), start, START_TIMEOUT_MS).catch(async (error: Error) => {
        report.retries.push(`${start} (${error.message})`);
        await engine.shutdown();
        return inTime(engine.open(scheme, axe), `${start} again`, START_TIMEOUT_MS);
      });
      try {
        const widths = screenshots ? PHOTO_WIDTHS : WIDTHS[scheme];
        for (const width of widths) {
          const where = `${scheme} ${width}`;
          const real = await session.resize(width, HEIGHT);
          report.widths.set(where, (report.widths.get(where) ?? new Set()).add(real));
          for (const page of pages)
            await inTime(
              checkPage(session, where, widths, width, page),
              `${engine.name} ${where} ${page.label}`,
              PAGE_TIMEOUT_MS,
            );
        }
      } finally {
        await inTime(session.close(), `${engine.name} ${scheme}: closing the browser`, PAGE_TIMEOUT_MS);
      }
    }
  } catch (error) {
    report.failures.push(`${engine.name} stopped: ${(error as Error).message}`);
  } finally {
    await engine.shutdown();
  }
  report.seconds = (Date.now() - started) / 1000;
  return report;
}

/** One line per engine: what was checked, at which widths, what failed or was tried again, how long it took. */
export function summary(report: EngineReport): string {
  const widths = [...report.widths].map(([asked, got]) =>
    got.size === 1 && asked.endsWith(` ${[...got][0]}`) ? asked : `${asked} (got ${[...got].join(' or ')})`,
  );
  return (
    `${report.engine}: ${report.pages} pages at ${widths.join(', ')} px = ${report.checks} checks, ` +
    `${report.focused} focus stops, ${report.failures.length} failures, ${report.seconds.toFixed(1)} s` +
    (report.retries.length > 0 ? `; tried again: ${report.retries.join(', ')}` : '')
  );
}

/*
 * Runs the layout and accessibility checks of the Chromium tests in another engine: every page, in
 * both colour schemes, at every width of checks.ts: no sideways scrolling, list markers on the first
 * line of their items, no axe violation, and a visible focus outline on every link and table region
 * Tab reaches, in order. One browser per scheme visits each page once and resizes it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AXE_TAGS, axeSource, axeViolations } from '../support/axe.ts';
import { ROOT } from '../support/temp-site.ts';
import {
  blurFocus,
  focusedElement,
  HEIGHT,
  listMarkers,
  SCHEMES,
  showsPage,
  sidewaysOverflow,
  TAB_STOPS,
  tabStopCount,
  WIDTHS,
  type Engine,
  type EngineSession,
} from './checks.ts';

/** Where `npm run test:engines` puts its photographs, for a person (git ignores the folder). */
export const SCREENSHOTS = join(ROOT, 'screenshots');

/** One page to check: its address, and its name in messages and screenshot files. */
export interface PageToCheck {
  url: string;
  label: string;
}

/** What one engine found. */
export interface EngineReport {
  engine: string;
  pages: number;
  /** Each width asked for, with the widths the pages really got (the viewport's innerWidth). */
  widths: Map<number, Set<number>>;
  /** Page checks run: pages × schemes × widths. */
  checks: number;
  /** Links and table regions Tab reached in order, over all pages and schemes. */
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

/** Tabs from the page's start: each press must reach the next tab stop, with an outline of 2 px or more. */
async function walkTabStops(session: EngineSession, fail: (message: string) => void): Promise<number> {
  const stops = await session.evaluate(tabStopCount, TAB_STOPS);
  let reached = 0;
  // No press beyond the last stop: focus would leave for the browser's own window, and Firefox then
  // shows no keyboard focus (:focus-visible) on the next page.
  for (; reached < stops; reached++) {
    await session.pressTab();
    const focus = await session.evaluate(focusedElement, TAB_STOPS);
    if (focus?.index !== reached) {
      fail(
        `Tab press ${reached + 1} reached ${focus ? focus.target : 'nothing'} (tab stop ${(focus?.index ?? -1) + 1})`,
      );
      break;
    }
    if (focus.outlineStyle === 'none' || focus.outlineWidth < 2)
      fail(`focus on ${focus.target} shows no outline of 2 px or more (${focus.outlineStyle} ${focus.outlineWidth}px)`);
  }
  if (reached < stops) fail(`Tab reached ${reached} of ${stops} links and table regions in order`);
  await session.evaluate(blurFocus);
  return reached;
}

/**
 * Checks the pages in one engine. Two things are tried once more, named in `retries`, and fail the
 * run when they happen again: a browser start that fails or hangs (in CI, WebKit's second session
 * once never answered), after the engine has stopped everything it started; and a page the browser
 * loses between two widths (WebKit's page process once died on a loaded machine).
 */
export async function checkEngine(engine: Engine, pages: PageToCheck[], screenshots?: string): Promise<EngineReport> {
  const started = Date.now();
  const report: EngineReport = {
    engine: engine.name,
    pages: pages.length,
    widths: new Map(WIDTHS.map((width) => [width, new Set()])),
    checks: 0,
    focused: 0,
    failures: [],
    retries: [],
    seconds: 0,
  };
  const axe = axeSource();

  async function checkPage(session: EngineSession, scheme: string, { url, label }: PageToCheck): Promise<void> {
    const where = (width: number) => `${engine.name} ${scheme} ${width}px ${label}`;
    await session.resize(WIDTHS[0], HEIGHT);
    await session.goto(url);
    // The keyboard walk in the first scheme: order and outline width do not change with the scheme.
    if (scheme === SCHEMES[0])
      report.focused += await walkTabStops(session, (message) =>
        report.failures.push(`${where(WIDTHS[0])}: ${message}`),
      );
    await session.inject(axe);
    let reloaded = false;
    for (const width of WIDTHS) {
      const real = await session.resize(width, HEIGHT);
      report.widths.get(width)!.add(real);
      const fail = (message: string) => void report.failures.push(`${where(width)} (page ${real}px wide): ${message}`);
      if (!(await session.evaluate(showsPage, url))) {
        if (reloaded) {
          fail('the browser lost the page twice');
          return;
        }
        reloaded = true;
        report.retries.push(where(width));
        await session.goto(url);
        await session.inject(axe);
      }
      const overflow = await session.evaluate(sidewaysOverflow);
      if (overflow > 0) fail(`scrolls sideways by ${overflow}px`);
      for (const misplaced of (await session.evaluate(listMarkers)).misplaced) fail(misplaced);
      // axe once per scheme, at the narrowest width: its rules read the DOM, which the Chromium
      // test checks at 320 and 1280 px; an engine can differ in layout and colours.
      if (width === WIDTHS.at(-1))
        for (const violation of await session.evaluate(axeViolations, AXE_TAGS)) fail(`axe ${violation}`);
      if (screenshots) {
        const folder = join(screenshots, engine.name, `${scheme}-${width}`);
        mkdirSync(folder, { recursive: true });
        await session.screenshot(
          join(folder, `${label.replace(/[^\w-]+/g, '_').replace(/^_|_$/g, '') || 'index'}.png`),
        );
      }
      report.checks++;
    }
  }

  try {
    for (const scheme of SCHEMES) {
      const start = `${engine.name} ${scheme}: starting the browser`;
      const session = await inTime(engine.open(scheme), start, START_TIMEOUT_MS).catch(async (error: Error) => {
        report.retries.push(`${start} (${error.message})`);
        await engine.shutdown();
        return inTime(engine.open(scheme), `${start} again`, START_TIMEOUT_MS);
      });
      try {
        for (const page of pages)
          await inTime(checkPage(session, scheme, page), `${engine.name} ${scheme} ${page.label}`, PAGE_TIMEOUT_MS);
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
  const widths = [...report.widths].map(([asked, used]) =>
    used.size === 1 && used.has(asked) ? `${asked}` : `${asked} (got ${[...used].join(' or ') || 'none'})`,
  );
  return (
    `${report.engine}: ${report.pages} pages × ${SCHEMES.length} schemes × ${widths.length} widths ` +
    `[${widths.join(', ')} px] = ${report.checks} checks, ${report.focused} focus stops, ` +
    `${report.failures.length} failures, ${report.seconds.toFixed(1)} s` +
    (report.retries.length > 0 ? `; tried again: ${report.retries.join(', ')}` : '')
  );
}

/*
 * Runs the layout and accessibility checks of the Chromium tests in other engines: on every page,
 * in both colour schemes, at every width of checks.ts: no sideways scrolling, list markers on the
 * first line of their items, no axe violation, and a visible focus outline on every link Tab reaches. One browser per engine and scheme visits
 * each page once and resizes it; each page is photographed per engine, scheme and width.
 * It takes the site's origin and page paths, so it can check any served build.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AXE_TAGS, axeSource, axeViolations } from '../support/axe.ts';
import {
  blurFocus,
  focusedElement,
  HEIGHT,
  linkCount,
  listMarkers,
  SCHEMES,
  showsPage,
  sidewaysOverflow,
  WIDTHS,
  type Engine,
  type EngineSession,
  type Scheme,
} from './checks.ts';
import { ROOT } from '../support/temp-site.ts';

/**
 * Where `npm run test:engines` puts its screenshots: screenshots/<engine>/<scheme>-<width>/<page>.png
 * (git ignores it). They are evidence for a person, compared with nothing, so the test run takes none.
 */
export const SCREENSHOTS = join(ROOT, 'screenshots');

/** What one engine found. */
export interface EngineReport {
  engine: string;
  pages: number;
  schemes: number;
  /** Each width asked for, with the widths the pages really got (the viewport's innerWidth). */
  widths: { asked: number; used: number[] }[];
  /** Page checks run: pages × schemes × widths. */
  checks: number;
  /** Links Tab reached, over all pages and schemes. */
  focused: number;
  failures: string[];
  /** Pages loaded again because the browser lost them (see showsPage), each once at most. */
  reloads: string[];
  /** Browser starts that hung or failed and were tried once more (see openBrowser). */
  restarts: string[];
  seconds: number;
}

/** How long one page's checks or one browser stop may take before the engine is stopped. */
const STEP_TIMEOUT_MS = 90_000;
/** How long a browser start may take: about 1 s here, a few seconds on a busy machine. */
const START_TIMEOUT_MS = 30_000;

/** Rejects when a step takes longer than its time: a hung browser fails the run, it does not stall it. */
async function inTime<T>(step: Promise<T>, what: string, ms = STEP_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([step, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A file name for a page path: / is "index", /phase-1/ is "phase-1". */
export function pageName(path: string): string {
  return path.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'index';
}

/** Tabs through the page from its start; every element that takes focus must show an outline. */
async function walkLinks(session: EngineSession, fail: (message: string) => void): Promise<number> {
  const links = await session.evaluate(linkCount);
  const reached = new Set<string>();
  // As many presses as links: one more would move focus out of the page, into the browser, and
  // Firefox then stops showing keyboard focus (:focus-visible) on the next page.
  for (let i = 0; i < links; i++) {
    await session.pressTab();
    const focus = await session.evaluate(focusedElement);
    if (!focus) break;
    if (focus.outlineStyle === 'none' || focus.outlineWidth < 2)
      fail(`focus on ${focus.target} shows no outline of 2 px or more (${focus.outlineStyle} ${focus.outlineWidth}px)`);
    reached.add(focus.target);
  }
  if (reached.size < links) fail(`Tab reached ${reached.size} of ${links} links`);
  // No focus ring in the screenshots.
  await session.evaluate(blurFocus);
  return reached.size;
}

/**
 * Starts a browser for one scheme. A start that fails or hangs is tried once more after the engine
 * has stopped everything it started: in CI, WebKit's second session once never answered, while
 * every page checked before it had passed. The retry is named in the summary; a second failure
 * stops the engine and fails the run.
 */
async function openBrowser(engine: Engine, scheme: Scheme, restarts: string[]): Promise<EngineSession> {
  const what = `${engine.name} ${scheme}: starting the browser`;
  try {
    return await inTime(engine.open(scheme), what, START_TIMEOUT_MS);
  } catch (error) {
    restarts.push(`${what} (${error instanceof Error ? error.message : String(error)})`);
    await engine.shutdown();
    return inTime(engine.open(scheme), `${what} again`, START_TIMEOUT_MS);
  }
}

/** Checks every page in one engine. */
export async function checkEngine(
  engine: Engine,
  { origin, paths, screenshots }: { origin: string; paths: string[]; screenshots?: string | undefined },
): Promise<EngineReport> {
  const started = Date.now();
  const report: EngineReport = {
    engine: engine.name,
    pages: paths.length,
    schemes: SCHEMES.length,
    widths: [],
    checks: 0,
    focused: 0,
    failures: [],
    reloads: [],
    restarts: [],
    seconds: 0,
  };
  const axe = axeSource();
  const used = new Map<number, Set<number>>(WIDTHS.map((width) => [width, new Set()]));
  /** Checks one page in an open browser: one visit, then every width. */
  async function checkPage(session: EngineSession, scheme: string, path: string): Promise<void> {
    const where = (width: number) => `${engine.name} ${scheme} ${width}px ${path}`;
    const url = new URL(path, origin).href;
    await session.resize(WIDTHS[0], HEIGHT);
    await session.goto(url);
    report.focused += await walkLinks(session, (message) => report.failures.push(`${where(WIDTHS[0])}: ${message}`));
    await session.inject(axe);
    let reloaded = false;
    for (const width of WIDTHS) {
      const real = await session.resize(width, HEIGHT);
      used.get(width)!.add(real);
      const fail = (message: string) => report.failures.push(`${where(width)} (page ${real}px wide): ${message}`);
      // On a loaded machine WebKit's page process was once seen to die between two widths, leaving
      // an empty page that axe then faulted. That says nothing about the site: load the page once
      // more, say so in the summary, and fail if it is lost again.
      if (!(await session.evaluate(showsPage, url))) {
        if (reloaded) {
          fail('the browser lost the page twice');
          return;
        }
        reloaded = true;
        report.reloads.push(where(width));
        await session.goto(url);
        await session.inject(axe);
      }
      const overflow = await session.evaluate(sidewaysOverflow);
      if (overflow > 0) fail(`scrolls sideways by ${overflow}px`);
      for (const misplaced of (await session.evaluate(listMarkers)).misplaced) fail(misplaced);
      // axe at the widest and the narrowest width: the middle one adds time, seldom a finding
      // (the Chromium test runs axe at every width).
      if (width === WIDTHS[0] || width === WIDTHS.at(-1))
        for (const violation of await session.evaluate(axeViolations, AXE_TAGS)) fail(`axe ${violation}`);
      if (screenshots) {
        const folder = join(screenshots, engine.name, `${scheme}-${width}`);
        mkdirSync(folder, { recursive: true });
        await session.screenshot(join(folder, `${pageName(path)}.png`));
      }
      report.checks++;
    }
  }
  try {
    for (const scheme of SCHEMES) {
      const session = await openBrowser(engine, scheme, report.restarts);
      try {
        for (const path of paths) await inTime(checkPage(session, scheme, path), `${engine.name} ${scheme} ${path}`);
      } finally {
        await inTime(session.close(), `${engine.name} ${scheme}: closing the browser`);
      }
    }
  } catch (error) {
    report.failures.push(`${engine.name} stopped: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await engine.shutdown();
  }
  report.widths = WIDTHS.map((asked) => ({ asked, used: [...used.get(asked)!] }));
  report.seconds = (Date.now() - started) / 1000;
  return report;
}

/** One line per engine: what was checked, at which widths, what failed, how long it took. */
export function summary(report: EngineReport): string {
  const widths = report.widths.map(({ asked, used }) =>
    used.length === 1 && used[0] === asked ? `${asked}` : `${asked} (got ${used.join(' or ') || 'none'})`,
  );
  return (
    `${report.engine}: ${report.pages} pages × ${report.schemes} schemes × ${report.widths.length} widths ` +
    `[${widths.join(', ')} px] = ${report.checks} checks, ${report.focused} focus stops, ` +
    `${report.failures.length} failures, ${report.seconds.toFixed(1)} s` +
    (report.reloads.length > 0
      ? `; pages loaded again after the browser lost them: ${report.reloads.join(', ')}`
      : '') +
    (report.restarts.length > 0 ? `; browsers started again: ${report.restarts.join(', ')}` : '')
  );
}

/**
 * Checks every page in each engine, the engines side by side (each mostly waits for its browser).
 * An engine whose browser is missing is a failure that names the package to install.
 */
export async function runEngines({
  origin,
  paths,
  engines,
  screenshots,
}: {
  origin: string;
  paths: string[];
  engines: Engine[];
  screenshots?: string;
}): Promise<EngineReport[]> {
  return Promise.all(
    engines.map((engine): Promise<EngineReport> => {
      const missing = engine.missing();
      if (missing)
        return Promise.resolve({
          engine: engine.name,
          pages: 0,
          schemes: 0,
          widths: [],
          checks: 0,
          focused: 0,
          failures: [missing],
          reloads: [],
          restarts: [],
          seconds: 0,
        });
      return checkEngine(engine, { origin, paths, screenshots });
    }),
  );
}

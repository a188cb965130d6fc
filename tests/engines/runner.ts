/*
 * Runs the layout and accessibility checks of the Chromium tests in other engines: on every page,
 * in both colour schemes, at every width of checks.ts: no sideways scrolling, list markers on the
 * first line of their items, no axe violation, and a visible focus outline on every link and table region Tab reaches, in order. One browser per engine and scheme visits
 * each page once and resizes it; each page is photographed per engine, scheme and width.
 * It takes each site's origin and page paths, so it can check any served builds, several at once.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AXE_TAGS, axeSource, axeViolations } from '../support/axe.ts';
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
  /** Links and table regions Tab reached in order, over all pages and schemes. */
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

/**
 * Tabs through the page from its start: each press must reach the next link or table region
 * (TAB_STOPS) in document order, and show an outline of 2 px or more.
 */
async function walkTabStops(session: EngineSession, fail: (message: string) => void): Promise<number> {
  const stops = await session.evaluate(tabStopCount, TAB_STOPS);
  let reached = 0;
  // As many presses as stops: one more would move focus out of the page, into the browser, and
  // Firefox then stops showing keyboard focus (:focus-visible) on the next page.
  for (let i = 0; i < stops; i++) {
    await session.pressTab();
    const focus = await session.evaluate(focusedElement, TAB_STOPS);
    if (!focus) break;
    if (focus.index !== i) {
      fail(
        `Tab press ${i + 1} reached ${focus.target}, which is ${focus.index === -1 ? 'no link or table region' : `tab stop ${focus.index + 1}`}`,
      );
      break;
    }
    if (focus.outlineStyle === 'none' || focus.outlineWidth < 2)
      fail(`focus on ${focus.target} shows no outline of 2 px or more (${focus.outlineStyle} ${focus.outlineWidth}px)`);
    reached++;
  }
  if (reached < stops) fail(`Tab reached ${reached} of ${stops} links and table regions in order`);
  // No focus ring in the screenshots.
  await session.evaluate(blurFocus);
  return reached;
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

/** A served build and the pages of it to check. */
export interface ServedSite {
  /** Where it is served, such as http://localhost:4411. */
  origin: string;
  /** The paths of the pages to check, such as /phase-1/. */
  paths: string[];
  /** Put before its paths in messages and screenshot names, to tell a second site's pages apart. */
  name?: string;
}

/** One page to check: its address, and its name in messages and screenshot files. */
interface PageToCheck {
  url: string;
  label: string;
  file: string;
}

function pagesOf(sites: ServedSite[]): PageToCheck[] {
  return sites.flatMap(({ origin, paths, name }) =>
    paths.map((path) => ({
      url: new URL(path, origin).href,
      label: name ? `${name} ${path}` : path,
      file: name ? `${name}_${pageName(path)}` : pageName(path),
    })),
  );
}

/** Checks every page of the sites in one engine. */
export async function checkEngine(
  engine: Engine,
  { sites, screenshots }: { sites: ServedSite[]; screenshots?: string | undefined },
): Promise<EngineReport> {
  const started = Date.now();
  const pages = pagesOf(sites);
  const report: EngineReport = {
    engine: engine.name,
    pages: pages.length,
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
  async function checkPage(session: EngineSession, scheme: string, { url, label, file }: PageToCheck): Promise<void> {
    const where = (width: number) => `${engine.name} ${scheme} ${width}px ${label}`;
    await session.resize(WIDTHS[0], HEIGHT);
    await session.goto(url);
    report.focused += await walkTabStops(session, (message) => report.failures.push(`${where(WIDTHS[0])}: ${message}`));
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
        await session.screenshot(join(folder, `${file}.png`));
      }
      report.checks++;
    }
  }
  try {
    for (const scheme of SCHEMES) {
      const session = await openBrowser(engine, scheme, report.restarts);
      try {
        for (const page of pages)
          await inTime(checkPage(session, scheme, page), `${engine.name} ${scheme} ${page.label}`);
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
  sites,
  engines,
  screenshots,
}: {
  sites: ServedSite[];
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
      return checkEngine(engine, { sites, screenshots });
    }),
  );
}

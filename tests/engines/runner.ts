/*
 * The Chromium test's layout and accessibility checks in another engine, one browser per scheme
 * (what and why: docs/testing.md, "Checks in three engines"). The dark scheme changes colours only, so
 * it is seen at 320 px, where axe runs; the keyboard walk happens once per page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AXE_TAGS, axeSource, axeViolations } from '../support/axe.ts';
import { ROOT } from '../support/temp-site.ts';
import { HEIGHT, layoutProblems, showsPage, walkTabStops, type Engine, type EngineSession } from './checks.ts';

/** Where `npm run test:engines` puts its photographs, for a person (git ignores the folder). */
export const SCREENSHOTS = join(ROOT, 'screenshots');

/**
 * The widths of each scheme, widest first: the keyboard walk at the first of the light scheme, axe
 * at the last (WCAG 1.4.10's 320 px; WebKitGTK's window stops at about 450 px, so the width a page
 * really got is reported). Photographs add a tablet's width, in both.
 */
const WIDTHS = { light: [1280, 320], dark: [320] };
const PHOTO_WIDTHS = [1280, 768, 320];

/** One page to check: its address, and its name in messages and screenshot files. */
type PageToCheck = { url: string; label: string };

/** Rejects when a step takes over `seconds`: a hung browser fails the run, it does not stall it. */
function inTime<T>(step: Promise<T>, what: string, seconds = 90): Promise<T> {
  const late = sleep(seconds * 1000, undefined, { ref: false }).then(() => {
    throw new Error(`${what} took over ${seconds} s`);
  });
  return Promise.race([step, late]);
}

/**
 * Checks the pages in one engine; the summary line gives the widths got, the failures and the retries.
 * Tried once more, failing when again: a browser start that fails or hangs (in CI, WebKit's second
 * session once never answered), after a shutdown; a page lost as it loads (WebKit's process died).
 */
export async function checkEngine(engine: Engine, pages: PageToCheck[], screenshots?: string) {
  const started = Date.now();
  const [failures, retries, widthsGot]: [string[], string[], string[]] = [[], [], []];
  let [checks, focused] = [0, 0];
  const axe = axeSource();

  async function checkPage(session: EngineSession, where: string, walk: boolean, runAxe: boolean, page: PageToCheck) {
    const fail = (message: string) => void failures.push(`${engine.name} ${where}px ${page.label}: ${message}`);
    await session.goto(page.url);
    if (!(await session.evaluate(showsPage, page.url))) {
      retries.push(`${where} ${page.label}`);
      await session.goto(page.url);
      if (!(await session.evaluate(showsPage, page.url))) return fail('the browser lost the page twice');
    }
    if (walk) {
      const { reached, problems } = await walkTabStops(session, false);
      focused += reached;
      problems.forEach(fail);
      // The walk ends at the foot of the page: back to its top, with no focus ring, for the photograph and
      // the list check (in Firefox, the footnotes' markers measured wrong without it).
      await session.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        scrollTo(0, 0);
      });
    }
    (await session.evaluate(layoutProblems, false)).problems.forEach(fail);
    if (runAxe) {
      if (!(await session.evaluate(() => 'axe' in window))) await session.evaluate(axe);
      for (const violation of await session.evaluate(axeViolations, AXE_TAGS)) fail(`axe ${violation}`);
    }
    if (screenshots) {
      const folder = join(screenshots, engine.name, where.replace(' ', '-'));
      mkdirSync(folder, { recursive: true });
      const name = page.label.replace(/[^\w-]+/g, '_').replace(/^_|_$/g, '') || 'index';
      await session.screenshot(join(folder, `${name}.png`));
    }
    checks++;
  }

  try {
    for (const scheme of ['light', 'dark'] as const) {
      const start = `${engine.name} ${scheme}: starting the browser`;
      const session = await inTime(engine.open(scheme, axe), start, 30).catch(async (error: Error) => {
        retries.push(`${start} (${error.message})`);
        await engine.shutdown?.();
        return inTime(engine.open(scheme, axe), `${start} again`, 30);
      });
      try {
        const widths = screenshots ? PHOTO_WIDTHS : WIDTHS[scheme];
        for (const width of widths) {
          const where = `${scheme} ${width}`;
          const real = await session.resize(width, HEIGHT);
          widthsGot.push(real === width ? where : `${where} (got ${real})`);
          const [walk, runAxe] = [scheme === 'light' && width === widths[0], width === widths.at(-1)];
          for (const page of pages)
            await inTime(checkPage(session, where, walk, runAxe, page), `${engine.name} ${where} ${page.label}`);
        }
      } finally {
        await inTime(session.close(), `${engine.name} ${scheme}: closing the browser`);
      }
    }
  } catch (error) {
    failures.push(`${engine.name} stopped: ${(error as Error).message}`);
  } finally {
    await engine.shutdown?.();
  }
  const summary =
    `${engine.name}: ${pages.length} pages at ${widthsGot.join(', ')} px = ${checks} checks, ${focused} focus stops, ` +
    `${failures.length} failures, ${((Date.now() - started) / 1000).toFixed(1)} s` +
    (retries.length > 0 ? `; tried again: ${retries.join(', ')}` : '');
  return { failures, focused, summary };
}

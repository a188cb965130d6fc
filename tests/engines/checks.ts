import { TABLE_REGION_SELECTOR } from '../../src/markdown/table-regions.ts';

/*
 * What every engine asks of a page (Chromium: tests/e2e/page-checks.ts; Firefox and WebKit: runner.ts),
 * and what firefox.ts and webkit.ts provide. Functions "in the page" are sent as source text.
 */

export const HEIGHT = 800;

/** One browser window of one engine, in one colour scheme. */
export interface EngineSession {
  goto(url: string): Promise<void>;
  /** Resizes the viewport (or the window) and returns the width the page now has. */
  resize(width: number, height: number): Promise<number>;
  /** Runs a function, or a script's source text such as axe-core's, in the page; a promise is awaited. */
  evaluate<T, A extends unknown[]>(fn: string | ((...args: A) => T | Promise<T>), ...args: A): Promise<T>;
  pressTab(): Promise<void>;
  /** Saves a PNG of the page (Firefox: all of it; WebKit: what the window shows). */
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** A browser engine the checks can drive. */
export interface Engine {
  name: string;
  /** Starts a browser in this colour scheme; Firefox runs `preload` (axe-core) in each page: 0.5 MB less a visit. */
  open(scheme: 'light' | 'dark', preload?: string): Promise<EngineSession>;
  /** Stops what the engine started that still runs (display, driver, browser); Firefox has none. */
  shutdown?(): Promise<void>;
}

// In the page: true while the browser shows the page loaded from `url`, with its content.
export function showsPage(url: string): boolean {
  return location.href === url && document.querySelector('main') !== null;
}

/**
 * In the page: sideways scrolling (WCAG 1.4.10), and a list marker not on its item's first line. A
 * ::marker has no box to measure, but sits on its item's first baseline, as does an empty probe put
 * first in the item: it must share a line with the first text. With `targets`, links and buttons
 * under 24 by 24 px outside a sentence (WCAG 2.5.8). `lists` counts the items measured.
 */
export function layoutProblems(targets: boolean): { lists: number; problems: string[] } {
  const text = (el: Element | null) => (el?.textContent ?? '').trim();
  const root = document.documentElement;
  const problems =
    root.scrollWidth > root.clientWidth ? [`scrolls sideways by ${root.scrollWidth - root.clientWidth}px`] : [];
  const items = [...document.querySelectorAll('li')].filter((li) => {
    const style = getComputedStyle(li);
    return style.display === 'list-item' && style.listStyleType !== 'none' && li.getClientRects().length > 0;
  });
  for (const li of items) {
    const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => ((node.textContent ?? '').trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
    });
    const first = walker.nextNode();
    if (!first) continue;
    const range = document.createRange();
    range.selectNodeContents(first);
    const line = range.getClientRects()[0];
    if (!line) continue;
    const probe = li.insertBefore(document.createElement('span'), li.firstChild);
    probe.textContent = '\u200b';
    const { top, bottom } = probe.getBoundingClientRect();
    probe.remove();
    const middle = (top + bottom) / 2;
    if (middle < line.top || middle > line.bottom)
      problems.push(
        `list marker of "${text(li).slice(0, 50)}" at y=${Math.round(middle)}, its first line from y=${Math.round(line.top)} to ${Math.round(line.bottom)}`,
      );
  }
  if (targets)
    for (const el of document.querySelectorAll('a[href], button')) {
      const box = el.getBoundingClientRect();
      const inSentence =
        getComputedStyle(el).display === 'inline' && text(el.closest('p, li, dd, td, div')) !== text(el);
      if (!inSentence && (box.width < 24 || box.height < 24))
        problems.push(`target ${text(el)}: ${Math.round(box.width)}x${Math.round(box.height)}`);
    }
  return { lists: items.length, problems };
}

/** An element that took focus: its tag and address or name, its place among the tab stops, its outline. */
type Focus = { target: string; index: number; outline: string; width: number };

/**
 * In the page: counts what Tab must reach, in document order: every link, and every table's
 * scrolling region (src/markdown/table-regions.ts), which takes focus so that a keyboard can scroll
 * it. Then records each element that takes focus, with its place among them and its outline, as
 * the browser draws it at that moment, so that a walk of N presses costs one more round trip, not N.
 */
function recordFocus(stops: string): number {
  const seen: Focus[] = [];
  Object.assign(window, { focusSeen: seen });
  document.addEventListener('focusin', ({ target }) => {
    const el = target as HTMLElement;
    const style = getComputedStyle(el);
    const name = el.getAttribute('href') ?? el.getAttribute('aria-label') ?? '';
    seen.push({
      target: `<${el.tagName.toLowerCase()}> ${name} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
      index: [...document.querySelectorAll(stops)].indexOf(el),
      outline: style.outlineStyle,
      width: parseFloat(style.outlineWidth) || 0,
    });
  });
  return document.querySelectorAll(stops).length;
}

/**
 * Tab reaches every link and table region (a stop, so that a keyboard scrolls a wide table) in
 * order, the skip link first, each with an outline of 2 px or more (WCAG 2.1.1, 2.4.3, 2.4.7, 1.4.10).
 * Needs a fresh visit. With `pastTheEnd`, one press more must leave the page (Firefox then shows no
 * keyboard focus on the next page, so only Chromium presses it). Returns the stops reached, the problems.
 */
export async function walkTabStops(
  session: Pick<EngineSession, 'evaluate' | 'pressTab'>,
  pastTheEnd: boolean,
): Promise<{ reached: number; problems: string[] }> {
  const stops = await session.evaluate(recordFocus, `a[href], ${TABLE_REGION_SELECTOR}`);
  for (let press = 0; press < stops + Number(pastTheEnd); press++) await session.pressTab();
  const seen = await session.evaluate(() => (window as unknown as { focusSeen: Focus[] }).focusSeen);
  const problems: string[] = [];
  let reached = 0;
  for (const [press, focus] of seen.entries()) {
    if (focus.index !== press) {
      problems.push(`Tab press ${press + 1} reached ${focus.target} (tab stop ${focus.index + 1})`);
      break;
    }
    reached++;
    if (focus.outline === 'none' || focus.width < 2)
      problems.push(`focus on ${focus.target} shows no outline of 2 px or more (${focus.outline} ${focus.width}px)`);
  }
  if (reached !== stops || seen.length > stops)
    problems.push(`Tab reached ${reached} of ${stops} links and table regions in order`);
  return { reached, problems };
}

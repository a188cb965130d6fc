import { TABLE_REGION_SELECTOR } from '../../src/markdown/table-regions.ts';

/*
 * What the Firefox and WebKit checks ask of every page, and the contract each engine's driver
 * (firefox.ts, webkit.ts) fulfils. The functions marked "in the page" are sent to the browser as
 * source text by both WebDriver clients: they use nothing from this module's scope.
 */

/** The colour schemes every page is checked in. */
export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

/**
 * The widths every page is checked and photographed at, widest first: the keyboard walk happens at
 * the first. 320 px is WCAG 1.4.10's width; a window may not get that narrow (WebKitGTK's stops at
 * about 450 px), so the width a page really got is reported too.
 */
export const WIDTHS = [1280, 768, 320] as const;
export const HEIGHT = 800;

/** One browser window of one engine, in one colour scheme. */
export interface EngineSession {
  goto(url: string): Promise<void>;
  /** Resizes the viewport (or the window) and returns the width the page now has. */
  resize(width: number, height: number): Promise<number>;
  /** Runs a function in the page and returns its (JSON) result; a promise is awaited. */
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Runs a script's source text in the page, such as axe-core's. */
  inject(source: string): Promise<void>;
  pressTab(): Promise<void>;
  /** Saves a PNG of the whole page. */
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** A browser engine the checks can drive. */
export interface Engine {
  name: string;
  /** Starts a browser whose pages prefer the given colour scheme. */
  open(scheme: Scheme): Promise<EngineSession>;
  /** Stops what the engine started that still runs (display, driver, browser); Firefox has none. */
  shutdown(): Promise<void>;
}

// In the page: how far the page scrolls sideways, in CSS pixels (0 when it does not).
export function sidewaysOverflow(): number {
  return document.documentElement.scrollWidth - document.documentElement.clientWidth;
}

// In the page: true while the browser still shows the page loaded from `url`, with its content.
export function showsPage(url: string): boolean {
  return location.href === url && document.querySelector('main') !== null;
}

/**
 * What Tab must reach, in document order: every link, and every table's scrolling region
 * (src/markdown/table-regions.ts), which takes focus so that a keyboard can scroll it. Nothing else
 * on a page takes focus from Tab.
 */
export const TAB_STOPS = `a[href], ${TABLE_REGION_SELECTOR}`;

// In the page: the number of elements a keyboard user should reach with Tab (pass TAB_STOPS).
export function tabStopCount(stops: string): number {
  return document.querySelectorAll(stops).length;
}

/** The focused element and how its focus shows, or null when nothing in the page has focus. */
export interface Focus {
  target: string;
  /** Its place among the page's tab stops (TAB_STOPS), in document order; -1 when it is none of them. */
  index: number;
  outlineStyle: string;
  outlineWidth: number;
}

// In the page: what has focus, described by its tag and address (a link) or name (a region), its
// place among the tab stops (pass TAB_STOPS), and its outline.
export function focusedElement(stops: string): Focus | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body || el === document.documentElement) return null;
  const style = getComputedStyle(el);
  const name = el.getAttribute('href') ?? el.getAttribute('aria-label') ?? '';
  return {
    target: `<${el.tagName.toLowerCase()}> ${name} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
    index: [...document.querySelectorAll(stops)].indexOf(el),
    outlineStyle: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth) || 0,
  };
}

// In the page: takes focus away from whatever has it and scrolls back to the top.
export function blurFocus(): void {
  (document.activeElement as HTMLElement | null)?.blur();
  window.scrollTo(0, 0);
}

/** Lists with markers found on a page, and the items whose marker is not on their first line. */
export interface Markers {
  checked: number;
  misplaced: string[];
}

// In the page: a list's number or bullet must stand on the first line of its item, also when the
// item wraps. A ::marker has no box a script can measure, but it sits on the baseline of its
// item's first line box, and so does an empty inline probe put first in the item: the probe must
// share its line with the first line of the item's text.
export function listMarkers(): Markers {
  const items = [...document.querySelectorAll('li')].filter((li) => {
    const style = getComputedStyle(li);
    return style.display === 'list-item' && style.listStyleType !== 'none' && li.getClientRects().length > 0;
  });
  const misplaced: string[] = [];
  for (const li of items) {
    // The first line of the item's own text: the first rectangle of its first non-blank text.
    const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => ((node.textContent ?? '').trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
    });
    const text = walker.nextNode();
    if (!text) continue;
    const range = document.createRange();
    range.selectNodeContents(text);
    const firstLine = range.getClientRects()[0];
    if (!firstLine) continue;
    const probe = document.createElement('span');
    probe.textContent = '\u200b';
    li.prepend(probe);
    const marker = probe.getBoundingClientRect();
    probe.remove();
    const middle = (marker.top + marker.bottom) / 2;
    if (middle < firstLine.top || middle > firstLine.bottom)
      misplaced.push(
        `list marker of "${(li.textContent ?? '').trim().slice(0, 50)}" at y=${Math.round(middle)}, ` +
          `its first line from y=${Math.round(firstLine.top)} to ${Math.round(firstLine.bottom)}`,
      );
  }
  return { checked: items.length, misplaced };
}

import { expect, type Page } from '@playwright/test';
import { UI } from '../../src/consts';
import { feedbackSubject } from '../../src/lib/mailto';
import { uniqueByUrl } from '../../src/page-data/sources';
import { yearRange } from '../../src/lib/timeline';
import { focusedElement, listMarkers, sidewaysOverflow, TAB_STOPS, tabStopCount } from '../engines/checks';
import { AXE_TAGS, axeSource, axeViolations } from '../support/axe';
import { NOT_FOUND_PATH, pageLabel, type Site } from '../support/sites';

/*
 * The checks of one page of one site, each a function that pages.spec.ts runs as a step of the
 * page's test. They share one browser page: a new page costs half a second here, a visit 0.1 s.
 * What each page should say comes from the site's content, never from today's wording.
 */

/** What the page did while it loaded and was checked: requests, console errors, storage. */
export interface PageLog {
  requests: { url: string; type: string }[];
  errors: string[];
}

/** Records requests and errors from the first visit on, and reports policy violations as errors. */
export async function watch(page: Page, url: string, path: string): Promise<PageLog> {
  const log: PageLog = { requests: [], errors: [] };
  page.on('request', (request) => log.requests.push({ url: request.url(), type: request.resourceType() }));
  page.on('console', (message) => {
    // The 404 page answers with status 404 on purpose, and Chromium logs that as an error about
    // the document itself; anything else, on any page, is a defect.
    const ownStatus = path === NOT_FOUND_PATH && message.location().url === url && message.text().includes('404');
    if (message.type() === 'error' && !ownStatus) log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return log;
}

/**
 * Library patrons are not tracked and the Content Security Policy holds: the first visit asks at
 * most two things of its own origin, no script and no font, stores nothing, shifts nothing.
 */
export async function loadsPrivately(page: Page, site: Site, log: PageLog): Promise<void> {
  // A request made after the load event (a lazy picture, a prefetch) counts too.
  await page.waitForLoadState('networkidle');
  const foreign = log.requests.filter(({ url }) => !url.startsWith('data:') && new URL(url).origin !== site.origin);
  expect(foreign).toEqual([]);
  expect(log.requests.length, log.requests.map(({ url }) => url).join('\n')).toBeLessThanOrEqual(2);
  expect(log.requests.filter(({ type }) => type === 'script' || type === 'font')).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  // Astro's CSP meta tag: hashes only, never 'unsafe-inline'.
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toMatch(/style-src 'self' 'sha256-/);
  expect(csp).not.toContain('unsafe-inline');
  expect(await page.locator('[style]').count()).toBe(0);
  expect(await page.locator('a[target]').count()).toBe(0);
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].length;
  });
  expect(fonts).toBe(0);
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
  expect(shift).toBe(0);
}

/**
 * Search engines and link previews read one JSON-LD block that parses (what it says is unit-tested in
 * tests/unit/structured-data.test.ts), and the canonical link names the page's absolute address.
 */
export async function describesItself(page: Page, site: Site, path: string): Promise<void> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  expect(JSON.parse(blocks[0]!)).toHaveProperty('@graph');
  const canonical = page.locator('link[rel="canonical"]');
  if (path === NOT_FOUND_PATH) await expect(canonical).toHaveCount(0);
  else await expect(canonical).toHaveAttribute('href', new URL(path, site.origin).href);
}

/** A phase page shows its years, partners, funders and ALA's page about it. */
export async function showsKeyFacts(page: Page, site: Site, path: string): Promise<void> {
  const phase = site.content.phases.find((phase) => `/${phase.id}/` === path)!;
  const facts = page.getByRole('region', { name: UI.keyFactsHeading, exact: true });
  await expect(facts.locator('dd').first()).toHaveText(yearRange(phase.data.years));
  for (const [term, organisations] of [
    [UI.partners, phase.data.partners],
    [UI.funders, phase.data.funders],
  ] as const) {
    // A list that is empty in the content leaves out its heading too.
    await expect(facts.locator('dt', { hasText: term })).toHaveCount(organisations.length > 0 ? 1 : 0);
    for (const organisation of organisations) await expect(facts).toContainText(organisation.name);
  }
  const official = facts.getByRole('link', { name: UI.officialPage(site.content.settings.publisher.shortName) });
  await expect(official).toHaveAttribute('href', phase.data.learnMore);
  // Screen readers hear which page: the title follows the link's visible words.
  await expect(official).toContainText(phase.data.title);
}

/** Every content page ends with its own sources, then the resource cards' sources, each once. */
export async function listsSources(page: Page, site: Site, path: string): Promise<void> {
  const { overview, phases, resources } = site.content;
  const own = path === '/' ? overview.sources : phases.find((phase) => `/${phase.id}/` === path)!.data.sources;
  // Each address once: two cards may share their source.
  const expected = uniqueByUrl([...own, ...resources.flatMap((card) => card.data.source ?? [])]);
  const links = page.getByRole('region', { name: UI.sourcesHeading, exact: true }).getByRole('link');
  await expect(links).toHaveText(expected.map((source) => source.title));
  for (const [index, source] of expected.entries()) await expect(links.nth(index)).toHaveAttribute('href', source.url);
}

/** Every resource card in order, with its picture and its link (a page of ALA's or a file here). */
export async function showsResourceCards(page: Page, site: Site): Promise<void> {
  const cards = page.getByRole('region', { name: UI.resourcesHeading, exact: true }).getByRole('listitem');
  await expect(cards.getByRole('heading')).toHaveText(site.content.resources.map((card) => card.data.title));
  for (const [index, { data, link }] of site.content.resources.entries()) {
    const card = cards.nth(index);
    await expect(card.getByRole('img', { name: data.graphicAlt })).toBeVisible();
    const action = card.getByRole('link');
    if (link.kind === 'external') {
      await expect(action).toHaveText(data.actionLabel);
      await expect(action).toHaveAttribute('href', link.href);
    } else {
      // A file of this site: its format and size follow the words, and the link downloads it.
      await expect(action).toHaveText(`${data.actionLabel} (${link.label})`);
      await expect(action).toHaveAttribute('href', link.path);
      await expect(action).toHaveAttribute('download', link.fileName);
    }
  }
}

/** The feedback link mails the feedback address with a subject that names the page. */
export async function mailsFeedback(page: Page, site: Site, path: string): Promise<void> {
  const { settings } = site.content;
  const feedback = page.getByRole('region', { name: UI.feedbackHeading, exact: true });
  await expect(feedback).toContainText(settings.feedback.sentence);
  const href = new URL((await feedback.getByRole('link', { name: settings.feedback.email }).getAttribute('href'))!);
  expect(href.protocol).toBe('mailto:');
  expect(decodeURIComponent(href.pathname)).toBe(settings.feedback.email);
  expect(href.searchParams.get('subject')).toBe(feedbackSubject(pageLabel(site, path)!, settings.siteName));
}

/** The links and buttons that are smaller than 24 by 24 px and not part of a sentence (WCAG 2.5.8). */
function smallTargets(page: Page) {
  return page.locator('a[href], button').evaluateAll((elements) =>
    elements
      // Links inside a sentence are exempt (WCAG 2.5.8 "inline" exception): an inline link whose
      // block holds other words. A link that stands alone in its list item must be big enough.
      .filter((el) => {
        if (getComputedStyle(el).display !== 'inline') return true;
        const block = el.closest('p, li, dd, td, div');
        return (block?.textContent ?? '').trim() === (el.textContent ?? '').trim();
      })
      .map((el) => ({ text: (el.textContent ?? '').trim(), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ text, box }) => `${text}: ${Math.round(box.width)}x${Math.round(box.height)}`),
  );
}

/**
 * Each width is checked in both colour schemes. 320 px is WCAG 1.4.10's width and 640 px a 1280 px
 * window zoomed to 200 %; 768 px is a tablet. At 1280 px, links that wrap at 320 px are smallest.
 * axe at the narrowest and the widest: in between only the layout changes, which the rest measures.
 */
const WIDTHS = [
  { width: 320, axe: true, overflow: true, markers: true, targets: true },
  { width: 640, axe: false, overflow: true, markers: false, targets: false },
  { width: 768, axe: false, overflow: false, markers: true, targets: false },
  { width: 1280, axe: true, overflow: false, markers: true, targets: true },
];
export const AXE_WIDTHS = WIDTHS.filter(({ axe }) => axe).map(({ width }) => width);

/**
 * WCAG 2.2 AA at every width and in both schemes: axe finds nothing (no rule is off), nothing
 * scrolls sideways, targets are big enough, and a list's number or bullet stands on the first line
 * of its item (listMarkers() says how it measures; the 404 page has no such list).
 */
export async function fitsEveryWidth(page: Page, path: string): Promise<void> {
  // The skip link is visible only with focus: measure it as a keyboard user sees it.
  await page.keyboard.press('Tab');
  await page.evaluate(axeSource());
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const { width, axe, overflow, markers, targets } of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const at = `${colorScheme} ${width}px`;
      if (axe) found.push(...(await page.evaluate(axeViolations, AXE_TAGS)).map((line) => `${at} axe ${line}`));
      if (overflow) {
        const by = await page.evaluate(sidewaysOverflow);
        if (by > 0) found.push(`${at} scrolls sideways by ${by}px`);
      }
      if (markers) {
        const { checked, misplaced } = await page.evaluate(listMarkers);
        found.push(...misplaced.map((line) => `${at} ${line}`));
        // Every page but the 404 page ends with its Sources list: the check must have found it.
        if (path !== NOT_FOUND_PATH && checked === 0) found.push(`${at} found no list item with a marker`);
      }
      if (targets) found.push(...(await smallTargets(page)).map((line) => `${at} target ${line}`));
    }
  }
  await page.emulateMedia({ colorScheme: null });
  expect(found).toEqual([]);
}

/** Smooth scrolling only for visitors who do not ask for reduced motion; for them nothing moves. */
export async function respectsReducedMotion(page: Page): Promise<void> {
  const motion = () =>
    page.evaluate(() => ({
      animations: document.getAnimations().length,
      scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
      transitions: [...document.querySelectorAll('*')].filter(
        (el) => parseFloat(getComputedStyle(el).transitionDuration) > 0,
      ).length,
    }));
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await motion()).toEqual({ animations: 0, scrollBehavior: 'auto', transitions: 0 });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect((await motion()).scrollBehavior).toBe('smooth');
  await page.emulateMedia({ reducedMotion: null });
}

/**
 * A keyboard-only visitor reaches every link with Tab, in order, the skip link first, and always
 * sees where the focus is (WCAG 2.1.1, 2.4.3, 2.4.7): an outline of 2 px or more. The region around
 * each table of the text is a tab stop too, in its place among the links, so that the keyboard can
 * scroll a wide table (WCAG 1.4.10, 2.1.1); nothing else takes focus. Needs a fresh visit.
 */
export async function tabsThroughEveryLink(page: Page): Promise<void> {
  const stops = await page.evaluate(tabStopCount, TAB_STOPS);
  const seen: string[] = [];
  // One press more than there are stops: it must leave the page, not reach something else.
  for (let i = 0; i < stops + 1; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(focusedElement, TAB_STOPS);
    if (!focus) break;
    expect(focus.index, `Tab press ${i + 1} reached ${focus.target} (tab stop ${focus.index + 1})`).toBe(i);
    expect(focus.outlineStyle, `focus on ${focus.target} has no outline`).not.toBe('none');
    expect(focus.outlineWidth, `focus outline on ${focus.target} is thinner than 2px`).toBeGreaterThanOrEqual(2);
    seen.push(focus.target);
  }
  expect(seen).toHaveLength(stops);
}

/** The header's links that overlap another or leave a screen of this width. */
export async function untidyHeaderLinks(page: Page, width: number): Promise<string[]> {
  const boxes = await page
    .getByRole('banner')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect));
  const overlaps = boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
      .map((b) => `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`),
  );
  const outside = boxes
    .filter((box) => box.left < 0 || box.right > width)
    .map((box) => `${JSON.stringify(box)} is off screen`);
  return [...overlaps, ...outside];
}

/**
 * Gives the header's phase links labels of ALA's kind ("Phase 6") and adds copies up to `links`:
 * links in the real markup and stylesheet, where a build per count would cost seconds. Returns the
 * top of each link. Changes the page: visit it again afterwards.
 */
export async function navWithPhases(page: Page, links: number): Promise<number[]> {
  return page
    .getByRole('banner')
    .getByRole('navigation')
    .evaluate((nav, wanted) => {
      const list = nav.querySelector('ul')!;
      const model = [...list.querySelectorAll('li')].at(-1)!;
      while (list.querySelectorAll('a').length < wanted) list.append(model.cloneNode(true));
      // The first link is the overview's; the others are phases.
      [...list.querySelectorAll('a')].slice(1).forEach((link, index) => (link.textContent = `Phase ${index + 1}`));
      return [...nav.querySelectorAll('a')].map((a) => Math.round(a.getBoundingClientRect().top));
    }, links);
}

/** The size of every picture of the page, in document order. */
function pictureSizes(page: Page) {
  return page.locator('svg, img').evaluateAll((pictures) =>
    pictures.map((picture) => ({
      picture: picture.outerHTML.slice(0, 80),
      width: picture.getBoundingClientRect().width,
      height: picture.getBoundingClientRect().height,
    })),
  );
}

async function top(locator: ReturnType<Page['locator']>): Promise<number> {
  await expect(locator).toBeVisible();
  return (await locator.boundingBox())!.y;
}

/**
 * A browser older than the stylesheet's needs (see the README) drops most of it. The page must
 * still read as plain HTML: the skip link, the header's navigation, the content, the resource
 * cards and the feedback address in that order, and no picture larger than the stylesheet makes
 * it (an SVG without width and height would fill the screen). The stylesheet is inlined, so this
 * removes every <style> from the loaded page. Changes the page.
 */
export async function readsWithoutStylesheet(page: Page): Promise<void> {
  const styled = await pictureSizes(page);
  await page.evaluate(() => {
    for (const sheet of document.querySelectorAll('style, link[rel~="stylesheet"]')) sheet.remove();
  });
  expect(await page.evaluate(() => document.styleSheets.length)).toBe(0);
  const unstyled = await pictureSizes(page);
  expect(unstyled).toHaveLength(styled.length);
  const grown = unstyled.filter(
    (size, i) => size.width > styled[i]!.width + 0.5 || size.height > styled[i]!.height + 0.5,
  );
  expect(grown, JSON.stringify({ styled, unstyled })).toEqual([]);

  const main = page.getByRole('main');
  const mainId = await main.getAttribute('id');
  // The skip link: the page's first link, to the main content.
  const skip = page.getByRole('link').first();
  await expect(skip).toHaveAttribute('href', `#${mainId}`);
  const order = [
    await top(skip),
    await top(page.getByRole('banner').getByRole('navigation')),
    await top(main.getByRole('heading', { level: 1 })),
    // The resource cards: the list items of the content that hold a picture.
    await top(
      main
        .getByRole('listitem')
        .filter({ has: page.getByRole('img') })
        .first(),
    ),
    await top(main.locator('a[href^="mailto:"]')),
  ];
  expect(order, 'skip link, navigation, content, cards, feedback address').toEqual([...order].sort((a, b) => a - b));
  expect(new Set(order).size).toBe(order.length);
}

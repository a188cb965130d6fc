import { expect, type Page } from '@playwright/test';
import { UI } from '../../src/consts';
import { addressIn, buildMailto, feedbackSubject } from '../../src/lib/mailto';
import { distinctSources } from '../../src/page-data/sources';
import { spanOf, yearRange } from '../../src/lib/timeline';
import { layoutProblems, walkTabStops } from '../engines/checks';
import { AXE_TAGS, axeSource, axeViolations } from '../support/axe';
import { FEEDBACK_MAIL } from '../support/site-pages';
import { NOT_FOUND_PATH, type Site } from '../support/sites';

/*
 * The checks of one page of one site, each a function that pages.spec.ts runs as a step of the
 * page's test, all on one visit. What each page should say comes from the site's content.
 */

/** Records requests and console errors from the first visit on, and reports policy violations as errors. */
export async function watch(page: Page, url: string, path: string) {
  const log = { requests: [] as { url: string; type: string }[], errors: [] as string[] };
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
 * most two things of its own origin besides the text's pictures, no script and no font, stores
 * nothing, shifts nothing.
 */
export async function loadsPrivately(page: Page, site: Site, log: Awaited<ReturnType<typeof watch>>): Promise<void> {
  // A request made after the load event (a lazy picture, a prefetch), and any shift it causes, count too.
  await page.waitForLoadState('networkidle');
  const { csp, ...rest } = await page.evaluate(async () => {
    await document.fonts.ready;
    let shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shift += (entry as PerformanceEntry & { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const count = (selector: string) => document.querySelectorAll(selector).length;
    return {
      storage: localStorage.length + sessionStorage.length,
      fonts: document.fonts.size,
      shift,
      styleAttributes: count('[style]'),
      linkTargets: count('a[target]'),
      scripts: count('script:not([type="application/ld+json"])'),
      // Astro's CSP meta tag: hashes only, never 'unsafe-inline'.
      csp: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '',
    };
  });
  expect(rest).toEqual({ storage: 0, fonts: 0, shift: 0, styleAttributes: 0, linkTargets: 0, scripts: 0 });
  expect(csp).toMatch(/style-src 'self' 'sha256-/);
  expect(csp).not.toContain('unsafe-inline');
  expect(log.requests.filter(({ url }) => !url.startsWith('data:') && new URL(url).origin !== site.origin)).toEqual([]);
  // The pictures of the text come on top: each one file of the srcset (npm run audit:pictures).
  const asked = log.requests.filter(
    ({ type, url }) => !(type === 'image' && new URL(url).pathname.includes('/_astro/')),
  );
  expect(asked.length, asked.map(({ url }) => url).join('\n')).toBeLessThanOrEqual(2);
  expect(log.requests.filter(({ type }) => type === 'script' || type === 'font')).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
}

/** One JSON-LD block that parses (its words: structured-data.test.ts), and the canonical address; the 404 page has noindex instead. */
export async function describesItself(page: Page, site: Site, path: string): Promise<void> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks.map((block) => '@graph' in JSON.parse(block))).toEqual([true]);
  const canonical = page.locator('link[rel="canonical"]');
  const robots = page.locator('meta[name="robots"]');
  if (path === NOT_FOUND_PATH) {
    await expect(canonical).toHaveCount(0);
    await expect(robots).toHaveAttribute('content', 'noindex');
  } else {
    await expect(canonical).toHaveAttribute('href', new URL(path, site.origin).href);
    await expect(robots).toHaveCount(0);
  }
}

/** The links of the region a heading names, in order: their words, address and download name. */
function linksIn(page: Page, region: string) {
  return page
    .getByRole('region', { name: region, exact: true })
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((a) => [a.textContent?.trim(), a.getAttribute('href'), a.getAttribute('download')]),
    );
}

/**
 * A content page shows what its content says: a phase its key facts (an empty list without its
 * heading) and ALA's page, named with its title; its own sources then the cards', each (name,
 * address) once; every card with its picture and link (a file: format, size, download); the feedback mail.
 */
export async function showsItsContent(page: Page, site: Site, path: string): Promise<void> {
  const { overview, phases, resources, settings } = site.content;
  const phase = phases.find((phase) => `/${phase.id}/` === path)?.data;
  if (phase) {
    const facts = page.getByRole('region', { name: UI.keyFactsHeading, exact: true });
    await expect(facts.locator('dd').first()).toHaveText(yearRange(spanOf(phase.years)));
    for (const [term, organisations] of [
      [UI.partners, phase.partners],
      [UI.funders, phase.funders],
    ] as const) {
      await expect(facts.locator('dt', { hasText: term })).toHaveCount(organisations.length > 0 ? 1 : 0);
      for (const organisation of organisations) await expect(facts).toContainText(organisation.name);
    }
    const official = facts.getByRole('link', { name: UI.officialPage(settings.publisher.shortName) });
    await expect(official).toHaveAttribute('href', phase.learnMore);
    await expect(official).toContainText(phase.title);
  }
  const sources = distinctSources([
    ...(phase ?? overview.data).sources,
    ...resources.flatMap(({ data }) => data.source ?? []),
  ]);
  expect(await linksIn(page, UI.sourcesHeading)).toEqual(sources.map(({ title, url }) => [title, url, null]));
  const cards = page.getByRole('region', { name: UI.resourcesHeading, exact: true }).getByRole('listitem');
  await expect(cards.getByRole('heading')).toHaveText(resources.map(({ data }) => data.title));
  for (const [index, { data }] of resources.entries())
    await expect(cards.nth(index).getByRole('img', { name: data.graphicAlt })).toBeVisible();
  expect(await linksIn(page, UI.resourcesHeading)).toEqual(
    resources.map(({ data: { link, ...data } }) =>
      link.kind === 'external'
        ? [data.actionLabel, link.href, null]
        : [`${data.actionLabel} (${link.label})`, link.path, link.fileName],
    ),
  );
  const { sentence } = settings.feedback;
  const email = addressIn(sentence);
  await expect(page.getByRole('region', { name: UI.feedbackHeading, exact: true })).toContainText(sentence);
  expect(await linksIn(page, UI.feedbackHeading)).toEqual([
    [email, buildMailto(email, feedbackSubject((phase ?? overview.data).label, settings.siteName)), null],
  ]);
}

/**
 * 320 px is WCAG 1.4.10's width, 640 px 1280 px at 200 %, 768 px a tablet. axe and target sizes at
 * the narrowest and the widest (links that wrap at 320 px are smallest there), in both schemes.
 */
const WIDTHS = [320, 640, 768, 1280];
export const AXE_WIDTHS = [320, 1280];

/**
 * WCAG 2.2 AA: axe finds nothing (no rule is off), nothing scrolls sideways, targets are big
 * enough, and a list's number or bullet stands on the first line of its item (layoutProblems() in
 * tests/engines/checks.ts says how it measures; every page but the 404 page has such a list).
 */
export async function fitsEveryWidth(page: Page, path: string): Promise<void> {
  // The skip link is visible only with focus: measure it as a keyboard user sees it.
  await page.getByRole('link').first().focus();
  await page.evaluate(axeSource());
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of colorScheme === 'light' ? WIDTHS : AXE_WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const axe = AXE_WIDTHS.includes(width);
      const { lists, problems } = await page.evaluate(layoutProblems, axe);
      if (axe) problems.push(...(await page.evaluate(axeViolations, AXE_TAGS)).map((line) => `axe ${line}`));
      if (path !== NOT_FOUND_PATH && lists === 0) problems.push('found no list item with a marker');
      found.push(...problems.map((line) => `${colorScheme} ${width}px ${line}`));
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

/** Tab reaches every link and table region in order, with an outline (walkTabStops), and then leaves the page. */
export async function tabsThroughEveryLink(page: Page): Promise<void> {
  const session = {
    evaluate: <T, A extends unknown[]>(fn: string | ((...args: A) => T | Promise<T>), ...args: A) =>
      page.evaluate<T, unknown>(fn as never, args[0]),
    pressTab: () => page.keyboard.press('Tab'),
  };
  expect((await walkTabStops(session, true)).problems).toEqual([]);
}

/**
 * A browser older than the stylesheet's needs (docs/testing.md, "Supported browsers") drops most of it. The page must
 * still read as plain HTML: the skip link, the header's navigation, the content, the resource
 * cards and the feedback address in that order, and no picture larger than the stylesheet makes
 * it (an SVG without width and height would fill the screen). The stylesheet is inlined, so this
 * removes every <style> from the loaded page. Changes the page.
 */
export async function readsWithoutStylesheet(page: Page): Promise<void> {
  const found = await page.evaluate((feedbackMail) => {
    const sizes = () =>
      [...document.querySelectorAll('svg, img')].map((picture) => {
        const { width, height } = picture.getBoundingClientRect();
        return { picture: picture.outerHTML.slice(0, 80), width, height };
      });
    const styled = sizes();
    for (const sheet of document.querySelectorAll('style, link[rel~="stylesheet"]')) sheet.remove();
    const unstyled = sizes();
    // The skip link is the page's first link; the cards and the address by their headings, since the
    // text of a page may hold lists with pictures and e-mail links of its own.
    const order = ['a', 'header nav', 'main h1', '#resources-heading ~ ul > li', feedbackMail].map((selector) => {
      const el = document.querySelector(selector);
      return el?.getClientRects().length ? el.getBoundingClientRect().top : `${selector} is not shown`;
    });
    return {
      sheets: document.styleSheets.length,
      skipsTo: document.querySelector('a')?.getAttribute('href') === `#${document.querySelector('main')?.id}`,
      pictures: unstyled.length === styled.length,
      grown: unstyled.filter(
        ({ width, height }, i) => width > styled[i]!.width + 0.5 || height > styled[i]!.height + 0.5,
      ),
      order,
    };
  }, FEEDBACK_MAIL);
  expect(found).toMatchObject({ sheets: 0, skipsTo: true, pictures: true, grown: [] });
  const order = found.order.map((top) => (typeof top === 'number' ? top : expect(top).toBe('shown')));
  expect(order, 'skip link, navigation, content, cards, feedback address').toEqual([...order].sort((a, b) => +a - +b));
  expect(new Set(order).size).toBe(order.length);
}

import { expect, test } from '@playwright/test';
import { NOT_FOUND_PATH, SITES } from '../support/sites';

/*
 * Library patrons are not tracked, and the Content Security Policy holds: on every page load,
 * no request leaves this origin, nothing is stored, no policy is violated, nothing is logged as
 * an error, and no script runs.
 */
for (const site of SITES)
  for (const path of site.pages) {
    const url = new URL(path, site.origin).href;
    test(`${site.name} site: ${path} stays on its origin, stores nothing and breaks no policy`, async ({
      page,
      context,
    }) => {
      const origin = site.origin;
      const requests: { url: string; type: string }[] = [];
      const errors: string[] = [];
      page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
      page.on('console', (message) => {
        // The 404 page answers with status 404 on purpose, and Chromium logs that as an error
        // about the document itself; anything else, on any page, is a defect.
        const ownStatus = path === NOT_FOUND_PATH && message.location().url === url && message.text().includes('404');
        if (message.type() === 'error' && !ownStatus) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });

      await page.goto(url, { waitUntil: 'networkidle' });

      const foreign = requests.filter(({ url }) => !url.startsWith('data:') && new URL(url).origin !== origin);
      expect(foreign).toEqual([]);
      expect(requests.filter(({ type }) => type === 'script' || type === 'font')).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
      expect(errors).toEqual([]);
      // Astro's CSP meta tag: hashes only, never 'unsafe-inline'.
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toMatch(/style-src 'self' 'sha256-/);
      expect(csp).not.toContain('unsafe-inline');
      expect(await page.locator('[style]').count()).toBe(0);
      expect(await page.locator('a[target]').count()).toBe(0);
    });

    test(`${site.name} site: ${path} renders with at most 2 requests, no JavaScript, no web font and no layout shift`, async ({
      page,
    }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(`${request.resourceType()} ${request.url()}`));
      await page.goto(url, { waitUntil: 'networkidle' });
      expect(requests.length, requests.join('\n')).toBeLessThanOrEqual(2);
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
    });
  }

import { expect, test } from '@playwright/test';
import { builtPages, NOT_FOUND_PATH } from '../support/site-pages';

type Node = Record<string, unknown> & { '@type': string };

/*
 * Search engines and link previews read each built page's JSON-LD: one valid block, describing
 * the site and its publisher, the page with its breadcrumb, the free e-course and the guide.
 */
for (const path of builtPages()) {
  test(`${path} describes itself in one valid JSON-LD block`, async ({ page, baseURL }) => {
    await page.goto(path);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const graph = (JSON.parse(blocks[0]!) as { '@graph': Node[] })['@graph'];
    const node = (type: string) => graph.find((entry) => entry['@type'] === type);
    const types = graph.map((entry) => entry['@type']);
    expect(types).toEqual(expect.arrayContaining(['WebSite', 'Organization', 'Course', 'DigitalDocument']));
    expect(node('Organization')?.['name']).toBe('American Library Association');
    expect(node('Course')?.['isAccessibleForFree']).toBe(true);
    expect(node('Course')?.['url']).toBe(
      'https://www.ala.org/tools/librariestransform/libraries-transforming-communities/online-learning',
    );
    // Canonical and structured URLs name the same absolute page (SITE_URL, here the preview origin).
    if (path === NOT_FOUND_PATH) {
      expect(types).not.toContain('WebPage');
    } else {
      expect(node('WebPage')?.['url']).toBe(new URL(path, baseURL).href);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(new URL(path, baseURL).href);
      expect(types).toContain('BreadcrumbList');
    }
  });
}

import { join } from 'node:path';
import { readSiteContent } from './site-content.ts';
import { FIXTURE_SITE_NAME, FIXTURE_SITE_ROOT, fixtureSiteDir, ROOT } from './temp-site.ts';

/*
 * The browser tests run on two sites: the real content/, and a fixture content set that differs in
 * every way the editors' guide allows (tests/fixtures/second-site/). Each test reads what it expects
 * from the site's content, so it holds for any valid content.
 */

/** An address of this site that answers 404, to test the not-found page like any other. */
export const NOT_FOUND_PATH = '/no-such-page/';

/**
 * A site under test: its name, the local port that serves its build (playwright.config.ts starts it),
 * the folder that holds its content/ and public/, its content as the build reads it, its built
 * files, and every page as a path: the overview, each phase in order, then the 404 address.
 */
function site(name: string, port: number, contentRoot: string, buildDir: string) {
  const content = readSiteContent(contentRoot);
  const pages = ['/', ...content.phases.map((phase) => `/${phase.id}/`), NOT_FOUND_PATH];
  return { name, contentRoot, origin: `http://localhost:${port}`, content, distDir: join(buildDir, 'dist'), pages };
}

export type Site = ReturnType<typeof site>;

export const REAL_SITE = site('content', 4321, ROOT, ROOT);
export const FIXTURE_SITE = site(FIXTURE_SITE_NAME, 4322, FIXTURE_SITE_ROOT, fixtureSiteDir(FIXTURE_SITE_NAME));
export const SITES = [REAL_SITE, FIXTURE_SITE];

/** The file of dist/ that holds a page. */
export function pageFile(site: Site, path: string): string {
  return join(site.distDir, path === NOT_FOUND_PATH ? '404.html' : `${path.slice(1)}index.html`);
}

import { join } from 'node:path';
import { readSiteContent, type SiteContent } from './site-content.ts';
import { FIXTURE_SITE_NAME, fixtureSiteDir, ROOT } from './temp-site.ts';

/*
 * The browser tests run on two sites: the real content/, and a fixture content set that differs in
 * every way the editors' guide allows (tests/fixtures/second-site/). Each test reads what it expects
 * from the site's content, so it holds for any valid content.
 */

/** An address of this site that answers 404, to test the not-found page like any other. */
export const NOT_FOUND_PATH = '/no-such-page/';

/** A site under test: where its words are, where it is built, where it is served. */
export interface Site {
  name: string;
  /** The folder that holds its content/ (and, for a fixture, its public/ files). */
  contentRoot: string;
  /** The local server that serves its build (playwright.config.ts starts it). */
  origin: string;
  /** Its content, read as the build reads it. */
  content: SiteContent;
  /** Its public/ files, as the content refers to them (/downloads/…). */
  publicDir: string;
  /** Its built files. */
  distDir: string;
  /** Every page, as paths: the overview, each phase in order, then the 404 address. */
  pages: string[];
}

function site(name: string, origin: string, contentDir: string, buildDir: string): Site {
  const content = readSiteContent(contentDir);
  return {
    name,
    contentRoot: contentDir,
    origin,
    content,
    publicDir: join(contentDir, 'public'),
    distDir: join(buildDir, 'dist'),
    pages: ['/', ...content.phases.map((phase) => `/${phase.id}/`), NOT_FOUND_PATH],
  };
}

export const REAL_SITE = site('content', 'http://localhost:4321', ROOT, ROOT);
export const FIXTURE_SITE = site(
  FIXTURE_SITE_NAME,
  'http://localhost:4322',
  join(ROOT, 'tests', 'fixtures', FIXTURE_SITE_NAME),
  fixtureSiteDir(FIXTURE_SITE_NAME),
);
export const SITES = [REAL_SITE, FIXTURE_SITE];

/** The file of dist/ that holds a page. */
export function pageFile(site: Site, path: string): string {
  return join(site.distDir, path === NOT_FOUND_PATH ? '404.html' : `${path.slice(1)}index.html`);
}

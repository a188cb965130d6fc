import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { joinBase } from '../lib/paths.ts';
import { asWritten } from './content-links.ts';
import { problemAt, problemsError, sortProblems, type ContentProblem } from './entry-errors.ts';

/*
 * A link to a section (#partners, /phase-1/#partners) must name an id its page has: renaming a heading
 * would otherwise break every link to it without a word. contentLinksPlugin records each such link
 * while it compiles a page; when every page is built, each is checked against the ids of the built
 * page it names. The built page is the truth: it holds the ids Astro gives headings (its own slugger,
 * run after the plugin), the footnotes' ids, those written in tags and the layout's (#main), so the
 * check and the page cannot disagree, and no MDX file is read again.
 */

/** A link to a section of a page of this site, where it was written. */
export interface SectionLink {
  line: number | undefined;
  /** The link as written, such as /phase-1/#partners. */
  link: string;
  /** The page it goes to ("/", "/phase-1/"), without the base path. */
  page: string;
  id: string;
}

/** The section links of each compiled MDX file, by file (in the project, such as content/phases/phase-1.mdx). */
export type SectionLinks = Map<string, SectionLink[]>;

/* #top and # alone go to the top of any page (HTML's "top of the document"). */
const TOP = new Set(['', 'top']);

/** The page and id a link names, when it goes to a section of a page of this site; `page` is the link's own page. */
export function sectionOf(href: string, page: string, pages: readonly string[]): Omit<SectionLink, 'line'> | undefined {
  const hash = href.indexOf('#');
  if (hash === -1 || (hash > 0 && !href.startsWith('/'))) return undefined;
  const path = href.slice(0, hash).split('?')[0]!;
  const target = path === '' ? page : joinBase(path, '');
  const id = asWritten(href.slice(hash + 1), decodeURIComponent);
  if (TOP.has(id) || !pages.includes(target)) return undefined;
  return { link: href, page: target, id };
}

/** How many single-character edits turn one word into the other. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The problem of each link whose page lacks its id, sorted by file and line. */
export function sectionLinkProblems(links: SectionLinks, idsOf: (page: string) => readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [file, found] of links)
    for (const { line, link, page, id } of found) {
      const ids = idsOf(page);
      if (ids.includes(id)) continue;
      const closest = [...ids].sort((a, b) => distance(id, a) - distance(id, b) || a.localeCompare(b)).slice(0, 3);
      const where = link.startsWith('#') ? 'this page' : `the page ${page}`;
      const offers = closest.length > 0 ? `; the closest ids it has are ${closest.map((c) => `#${c}`).join(', ')}` : '';
      const text = `the link "${link}" goes to no section of ${where}: it has no id "${id}"${offers}. A heading's id is its words in small letters joined by dashes (## The Cohort is #the-cohort): correct the link, or the heading it names.`;
      problems.push(problemAt(file, line, text));
    }
  return sortProblems(problems);
}

/** The ids of a built page of dist/ ("/phase-1/" is dist/phase-1/index.html). */
function builtIds(dist: URL, page: string): string[] {
  const file = fileURLToPath(new URL(`.${page}index.html`, dist));
  if (!existsSync(file)) return [];
  return [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]!);
}

/** Stops the build when a section link recorded while the pages compiled names an id its built page lacks. */
export function sectionLinksCheck(links: SectionLinks): AstroIntegration {
  let root = new URL('file:///');
  return {
    name: 'ltc-section-links',
    hooks: {
      'astro:config:done': ({ config }) => void (root = config.root),
      'astro:build:done': ({ dir }) => {
        const ids = new Map<string, string[]>();
        const problems = sectionLinkProblems(links, (page) => {
          if (!ids.has(page)) ids.set(page, builtIds(dir, page));
          return ids.get(page)!;
        });
        if (problems.length > 0) throw problemsError(fileURLToPath(root), problems);
      },
    },
  };
}

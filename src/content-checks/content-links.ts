import { dashedPath, spacedDownloadAdvice } from '../lib/file-names.ts';
import { joinBase } from '../lib/paths.ts';

/*
 * Editors write links to this site from its root (/phase-1/); the build checks the page or file exists
 * and puts the base path in front (/tools/ltc/phase-1/), so the text works wherever the site is served.
 */

/** What a link or image is checked against: pages ("/", "/phase-1/"), files of public/, the base path. */
export interface SiteFiles {
  pages: readonly string[];
  isPublicFile: (path: string) => boolean;
  base: string;
}

/** The value to write into the page, and what is wrong with it. */
export interface Checked {
  value: string;
  problems: string[];
}

const accepted = (value: string): Checked => ({ value, problems: [] });
const refused = (value: string, problem: string): Checked => ({ value, problems: [problem] });

/** The overview at / and one page per phase, named by its id (its file name). */
export function sitePages(phaseIds: readonly string[]): string[] {
  return ['/', ...[...phaseIds].sort().map((id) => `/${id}/`)];
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/* javascript: and data: links run code or carry a whole document (the CSP blocks them: a visitor sees nothing). */
const ALLOWED_SCHEMES = new Set(['https:', 'mailto:', 'tel:']);

/* Quote marks around an address by mistake: curly ones come from word processors. */
const CURLY_QUOTES = /[“”‘’]/;
const QUOTES_AROUND = /^["'“”‘’]+|["'“”‘’]+$/g;

/** The address as the editor wrote it: the parser percent-encodes “ and spaces (not percent-encoded: as it is). */
export function asWritten(href: string, decode = decodeURI): string {
  try {
    return decode(href);
  } catch {
    return href;
  }
}

/** Checks a link's href: https:, mailto:, tel: and #section pass; a link to this site gets the base path. */
export function checkLink(href: string, site: SiteFiles): Checked {
  if (href === '')
    return refused(href, 'a link has no address: write it between the round brackets, such as [Phase 1](/phase-1/).');
  if (/^http:/i.test(href) || href.startsWith('//')) {
    return refused(
      href,
      `the link "${href}" is not secure: write the address with https:// (${href.replace(/^(http:)?\/\//i, 'https://')}), so visitors are not sent over an unencrypted connection.`,
    );
  }
  const written = asWritten(href);
  if (CURLY_QUOTES.test(written) || /^["']|["']$/.test(written)) {
    const bare = written.replace(QUOTES_AROUND, '');
    const marks = CURLY_QUOTES.test(written) ? 'curly quotes (“ ”)' : 'quote marks (")';
    return refused(
      href,
      `the link ${written} is written with ${marks} around its address: remove them and write the address alone between the round brackets, such as [ALA](${bare}).`,
    );
  }
  if (href.startsWith('#')) return accepted(href);
  const scheme = SCHEME.exec(href)?.[0].toLowerCase();
  if (scheme !== undefined) {
    if (ALLOWED_SCHEMES.has(scheme)) return accepted(href);
    const does = scheme === 'javascript:' ? 'runs code' : `is a ${scheme} address`;
    return refused(
      href,
      `the link "${written}" ${does}, which this site does not allow: link to a web page (https://…), an e-mail address (mailto:…), a phone number (tel:…) or a page of this site (/phase-1/).`,
    );
  }
  if (!href.startsWith('/')) {
    return refused(
      href,
      `the link "${href}" does not start with /. Write links to pages of this site from the site root, such as /phase-1/. The pages are: ${site.pages.join(', ')}.`,
    );
  }
  const path = href.replace(/[?#].*/s, '');
  const rest = href.slice(path.length);
  // A page written without its closing slash (/phase-1) is still that page.
  const page = joinBase(path, '');
  if (site.pages.includes(page)) return accepted(joinBase(site.base, page) + rest);
  if (site.isPublicFile(path)) return accepted(joinBase(site.base, path) + rest);
  return refused(
    href,
    `the link "${href}" goes to no page of this site. The pages are: ${site.pages.join(', ')}; a file must be in public/ (${path} would be public${path}).`,
  );
}

/*
 * What CommonMark reads as a link's address and title (spec 6.3): an address between < > (which may
 * hold spaces), or one with no space and balanced parentheses; then a title in "", '' or ().
 */
const ADDRESS_AND_TITLE =
  /^\s*(?:<(?:[^<>\n\\]|\\.)*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))+)(?:\s+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?\s*\)/;

/** Markdown links in a line whose address has a space: the parser reads them as text, "[the e-course](". */
export function spacedLinkProblems(text: string): string[] {
  const problems: string[] = [];
  // Code (`[words](an address)`) shows Markdown as it is written: blanked, its length kept.
  const line = text.replace(/(`+)[^`][\s\S]*?\1/g, (code) => ' '.repeat(code.length));
  for (const match of line.matchAll(/\[([^\]\n]*)\]\(([^)\n]*\s[^)\n]*)\)/g)) {
    const [link = '', label = '', address = ''] = match;
    const trimmed = address.trim();
    // [words](https://… "a title") and [words](</images/Workshop photo.png>) are valid links.
    if (ADDRESS_AND_TITLE.test(line.slice(match.index + link.length - address.length - 1))) continue;
    const fix = trimmed.startsWith('/downloads/')
      ? `${spacedDownloadAdvice(trimmed)}: [${label}](${dashedPath(trimmed)})`
      : `remove the space, or write each space in the address as %20: [${label}](${trimmed.replace(/\s+/g, '%20')})`;
    problems.push(`the link "${link}" has a space in its address, so the page would show it as plain text: ${fix}.`);
  }
  return problems;
}

/** Alt text that is a file's name (IMG_1234.jpg, or the picture's own name), as an upload leaves it. */
function isFileName(alt: string, src: string): boolean {
  const name = src.slice(src.lastIndexOf('/') + 1).toLowerCase();
  const bare = name.replace(/\.[a-z0-9]+$/, '');
  return /\.(?:jpe?g|png|webp|avif|gif|svg|heic|heif)$/i.test(alt) || [name, bare].includes(alt.toLowerCase());
}

/** Checks an image: it needs alt text that describes it (WCAG 1.1.1) and a file (checkImageFile). */
export function checkImage(src: string, alt: string | undefined, existsNextToPage: (src: string) => boolean): Checked {
  const problems: string[] = [];
  const example = `such as ![Map of the ten cohort libraries](${src || './images/map.png'})`;
  if (!alt || alt.trim() === '') {
    problems.push(`the image "${src}" has no alt text: describe the picture between the square brackets, ${example}.`);
  } else if (isFileName(alt.trim(), src)) {
    problems.push(
      `the image "${src}" has a file name as its alt text ("${alt.trim()}"), which tells someone who cannot see it nothing: describe what the picture shows between the square brackets, ${example}.`,
    );
  }
  const file = checkImageFile(src, existsNextToPage);
  return { value: file.value, problems: [...problems, ...file.problems] };
}

/** The folder beside the page where its pictures are, as the text writes it. */
const PICTURES = './images/';

/** Checks what a src= loads: a picture in the images/ folder beside the page, which Astro makes small for phones. */
export function checkImageFile(src: string, existsNextToPage: (src: string) => boolean): Checked {
  const name = src.slice(src.lastIndexOf('/') + 1).replace(/[?#].*/, '') || 'NAME.jpg';
  const instead = `put the file in the images/ folder beside the page (such as content/phases/images/${name}) and write ${PICTURES}${name}`;
  if (src === '')
    return refused(
      src,
      `an image has no file: write its path between the round brackets, such as ![Map of the cohort](${PICTURES}map.png).`,
    );
  if (SCHEME.test(src) || src.startsWith('//'))
    return refused(
      src,
      `the image "${src}" is on another site, and this site's security policy blocks such images: ${instead}.`,
    );
  if (src.startsWith('/'))
    return refused(src, `the image "${src}" is a file of public/, which reaches phones at its full size: ${instead}.`);
  if (!src.startsWith(PICTURES))
    return refused(src, `the image "${src}" is not in the images/ folder beside the page: ${instead}.`);
  if (!existsNextToPage(src))
    return refused(
      src,
      `the image "${src}" does not exist: there is no file ${name} in the images/ folder beside the page. Put the file there or correct the path.`,
    );
  return accepted(src);
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter, type MarkdownProcessor } from 'astro/markdown';
import type { HastPluginDefinition, HastVisitorContext, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import {
  checkImage,
  checkImageFile,
  checkLink,
  sitePages,
  spacedLinkProblems,
  type Checked,
  type SiteFiles,
} from './content-links.ts';
import { formatMdxSyntaxError, type ContentProblem } from './entry-errors.ts';
import {
  attributeCodeProblems,
  codeInAltText,
  codeInBraces,
  codeLine,
  FRAGMENT,
  isEditorNote,
  statementLines,
  type MdxAttribute,
} from './mdx-code.ts';
import { isRefusedTag, rawHtmlProblems } from './raw-html.ts';
import { hasWords, wordlessHeading, wordlessLink } from './wordless.ts';

/*
 * Checks the text of the MDX pages in content/: nothing in it is code (no {…} but notes for
 * editors, no import or export: see mdx-code.ts), every link to this site goes to a page or a
 * file that exists, every image exists and has alt text, no tag runs code, embeds another site
 * or restyles the page (see raw-html.ts), the page title stays its only level-1 heading,
 * headings and links have words (wordless.ts), the page has text, and the MDX itself is valid.
 * Each mistake stops the build with the file's path in the project and the line. The code is
 * refused while the page is compiled, so none of it ever runs.
 * The plugin runs wherever MDX is compiled (build and dev); checkMdxFiles runs it from the
 * content loader, so mistakes are reported while content is synced, before Vite starts.
 */

/** Where the project lives and where the site is served from. */
export interface MdxChecksOptions {
  /** The project's root folder, absolute. */
  root: string;
  /** The base path, "/" or "/tools/ltc/", put in front of every link to this site. */
  base: string;
}

type JsxElement = Readonly<MdxJsxFlowElementHast> | Readonly<MdxJsxTextElementHast>;

/** The name of errors from these checks, so they are not wrapped a second time. */
const CHECK_ERROR = 'ContentCheckError';

/** The site's pages and public files as they are on disk now, so a page added during `astro dev` counts. */
function siteFiles({ root, base }: MdxChecksOptions): SiteFiles {
  const phases = join(root, 'content', 'phases');
  // The content loader checks that each phase file's name is its entry's id.
  const ids = existsSync(phases)
    ? readdirSync(phases)
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => basename(name, '.mdx'))
    : [];
  return {
    pages: sitePages(ids),
    isPublicFile: (path) => {
      const file = join(root, 'public', ...decodeURI(path).split('/').filter(Boolean));
      return existsSync(file) && statSync(file).isFile();
    },
    base,
  };
}

/** When content/phases/ last changed: its entries' names change its modification time. */
function phasesStamp(root: string): number {
  const phases = join(root, 'content', 'phases');
  return existsSync(phases) ? statSync(phases).mtimeMs : 0;
}

/** Attributes whose value is an address a visitor follows: checked as links. */
const LINK_ATTRIBUTES = new Set(['href', 'cite', 'longdesc']);

/** The problems found so far in the document being compiled, kept in Sätteri's per-document data. */
interface Problems {
  ltcContentProblems?: string[];
  /** The code already refused in images' alt text, as "line:code", so two images on a line report it once. */
  ltcAltCode?: string[];
}

/** Where a node starts in the file, as far as the messages need it. */
type Position = { start: { line: number } };

function lineOf(node: { position?: Position | undefined }): string {
  return node.position ? `, line ${node.position.start.line}` : '';
}

/** The attributes of an MDX JSX element whose values are text, by name, and the names of all of them. */
function jsxAttributes(attributes: readonly MdxAttribute[]): { values: Map<string, string>; names: string[] } {
  const values = new Map<string, string>();
  const names: string[] = [];
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) continue;
    names.push(attribute.name);
    if (typeof attribute.value === 'string') values.set(attribute.name, attribute.value);
  }
  return { values, names };
}

/** The line of the text after the frontmatter: where the text of an empty page would start. */
function lineAfterFrontmatter(source: string): number {
  // The frontmatter's lines, --- included, are kept as lines of spaces: the text starts after the last of them.
  return source.split('\n').findLastIndex((line) => line.length > 0) + 2;
}

/**
 * A Sätteri hast plugin (markdown.processor) that checks links, images, tags and headings in
 * MDX text (see the top of this file) and puts the base path in front of links to this site.
 * Throws once per file, listing every mistake in it.
 */
export function contentLinksPlugin(options: MdxChecksOptions): HastPluginDefinition {
  let site = siteFiles(options);
  let seen = phasesStamp(options.root);
  const fileOf = (url: URL | undefined) =>
    url ? relative(options.root, fileURLToPath(url)).split('\\').join('/') : 'an MDX file';
  /** Keeps a check's problems, at the node's line, for the document being compiled; returns its value. */
  const record = (ctx: HastVisitorContext, node: { position?: Position | undefined }, checked: Checked) => {
    const data = ctx.data as Problems;
    for (const problem of checked.problems)
      (data.ltcContentProblems ??= []).push(`${fileOf(ctx.fileURL)}${lineOf(node)}: ${problem}`);
    return checked.value;
  };
  const refuse = (ctx: HastVisitorContext, node: { position?: Position | undefined }, ...problems: string[]) =>
    record(ctx, node, { value: '', problems });
  const nextTo = (url: URL | undefined) => (src: string) =>
    url !== undefined && existsSync(join(dirname(fileURLToPath(url)), decodeURI(src)));

  /**
   * Checks every address in a tag's attributes (href=, cite=, longdesc= as links; src= as a file
   * to load, with alt text on <img>), so <area href="javascript:…"> is refused like a link.
   * Returns the tag with the base path put in front of the addresses to this site, or undefined
   * when nothing changed.
   */
  const checkAddresses = <N extends JsxElement>(node: N, ctx: HastVisitorContext): N | undefined => {
    const attributes: readonly MdxAttribute[] = node.attributes;
    let changed = false;
    const updated = attributes.map((attribute) => {
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') return attribute;
      const name = attribute.name?.toLowerCase() ?? '';
      let checked: Checked | undefined;
      if (LINK_ATTRIBUTES.has(name)) checked = checkLink(attribute.value, site);
      else if (name === 'src' && node.name === 'img')
        checked = checkImage(attribute.value, jsxAttributes(attributes).values.get('alt'), site, nextTo(ctx.fileURL));
      else if (name === 'src') checked = checkImageFile(attribute.value, site, nextTo(ctx.fileURL));
      if (checked === undefined) return attribute;
      const value = record(ctx, node, checked);
      if (value === attribute.value) return attribute;
      changed = true;
      return { ...attribute, value };
    });
    if (!changed) return undefined;
    // Sätteri's nodes read their fields lazily: name each one rather than spreading.
    return { ...node, type: node.type, name: node.name, attributes: updated, children: node.children };
  };

  /**
   * Refuses fragments, tags that run code, embed other sites or restyle the page, code in
   * attributes, a level-1 heading, and headings and links without words.
   */
  const visitTag = <N extends JsxElement>(node: N, ctx: HastVisitorContext): N | undefined => {
    if (node.name === null || node.name === undefined) {
      refuse(ctx, node, FRAGMENT);
      return undefined;
    }
    const { values, names } = jsxAttributes(node.attributes);
    const problems = rawHtmlProblems(node.name, values, names);
    problems.push(...attributeCodeProblems(node.name, node.attributes));
    const heading = /^h([1-6])$/.exec(node.name)?.[1];
    const words = hasWords(node);
    if (heading !== undefined && !words) problems.push(wordlessHeading(Number(heading)));
    else if (heading === '1') problems.push(levelOneHeading(ctx.textContent(node)));
    if (node.name === 'a' && names.includes('href') && !words)
      problems.push(wordlessLink(values.get('href') ?? '', true));
    refuse(ctx, node, ...problems);
    // A refused tag gets one message: <iframe src="https://…"> is not also an image on another site.
    return isRefusedTag(node.name) ? undefined : checkAddresses(node, ctx);
  };

  /** Refuses code between braces, in the text or on a line of its own; notes for editors pass. */
  const visitExpression = (
    node: { value: string; position?: Position | undefined },
    ctx: HastVisitorContext,
  ): undefined => {
    if (!isEditorNote(node.value)) refuse(ctx, node, codeInBraces(node.value));
    return undefined;
  };

  /**
   * Refuses code between braces in a Markdown image's alt text, read from the image's lines of
   * the source (the tree holds only the alt text MDX made of it), each piece of code once.
   */
  const altTextCode = (
    node: { position?: { start: { line: number }; end?: { line: number } | undefined } | undefined },
    ctx: HastVisitorContext,
  ) => {
    if (!node.position) return;
    const { start, end } = node.position;
    const lines = ctx.source.split('\n').slice(start.line - 1, end?.line ?? start.line);
    const data = ctx.data as Problems;
    for (const code of codeInAltText(lines.join('\n'))) {
      const key = `${start.line}:${code}`;
      if (data.ltcAltCode?.includes(key)) continue;
      (data.ltcAltCode ??= []).push(key);
      refuse(ctx, node, codeInBraces(code));
    }
  };

  return {
    name: 'ltc-content-links',
    // Line numbers in the messages need source positions.
    options: { position: true },
    before: () => {
      // Every MDX file is compiled with this plugin: list the pages again only when the folder
      // changed (a page added or removed during `astro dev`), or a build would read it once per page.
      const stamp = phasesStamp(options.root);
      if (stamp !== seen) {
        site = siteFiles(options);
        seen = stamp;
      }
    },
    element: [
      {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit: (node, ctx) => {
          const depth = Number(node.tagName.slice(1));
          const words = hasWords(node);
          if (depth > 1 && words) return;
          refuse(ctx, node, words ? levelOneHeading(ctx.textContent(node)) : wordlessHeading(depth));
        },
      },
      {
        filter: ['a', 'img'],
        visit: (node, ctx) => {
          const properties = node.properties ?? {};
          if (node.tagName === 'a' && typeof properties.href === 'string') {
            if (!hasWords(node)) refuse(ctx, node, wordlessLink(properties.href));
            ctx.setProperty(node, 'href', record(ctx, node, checkLink(properties.href, site)));
          } else if (node.tagName === 'img') {
            altTextCode(node, ctx);
            const src = typeof properties.src === 'string' ? properties.src : '';
            const alt = typeof properties.alt === 'string' ? properties.alt : undefined;
            ctx.setProperty(node, 'src', record(ctx, node, checkImage(src, alt, site, nextTo(ctx.fileURL))));
          }
        },
      },
    ],
    mdxJsxFlowElement: [{ filter: [], visit: visitTag }],
    mdxJsxTextElement: [{ filter: [], visit: visitTag }],
    mdxFlowExpression: visitExpression,
    mdxTextExpression: visitExpression,
    mdxjsEsm: (node, ctx) => {
      // MDX reads consecutive import/export lines as one block: each statement gets its own line.
      for (const { line, text } of statementLines(node.value, node.position?.start.line ?? 1)) {
        refuse(ctx, { position: { start: { line } } }, codeLine(text));
      }
    },
    after: (_root, ctx) => {
      // "[words](address with a space)" is no link to the parser: it stays text. Read from the
      // source, which costs less than visiting every text node of every page.
      ctx.source.split('\n').forEach((text, index) => {
        if (!text.includes('](')) return;
        refuse(ctx, { position: { start: { line: index + 1 } } }, ...spacedLinkProblems(text));
      });
      if (ctx.source.trim() === '') {
        const file = fileOf(ctx.fileURL);
        (ctx.data as Problems).ltcContentProblems = [
          `${file}, line ${lineAfterFrontmatter(ctx.source)}: ${EMPTY_PAGE}`,
        ];
      }
      const problems: string[] = (ctx.data as Problems).ltcContentProblems ?? [];
      if (problems.length === 0) return;
      throw Object.assign(new Error(problems.join('\n')), { name: CHECK_ERROR });
    },
  };
}

/** The message for a page with nothing below its frontmatter. */
const EMPTY_PAGE =
  "the page has no text: write the page's text below its fields (after the second --- line), such as a paragraph about the phase.";

/** The message for a level-1 heading in a page's text: the page's title is its only one. */
function levelOneHeading(text: string): string {
  return `the heading "# ${text}" is a level-1 heading, but the page's title is already its only one: write ## ${text} (two #) for a section of the page.`;
}

/** A Markdown processor that may compile MDX, as Astro's resolved config holds it. */
export type MdxCapable = { createMdxRenderer?: MarkdownProcessor['createMdxRenderer'] | undefined };

/** The line a message names ("content/phases/phase-2.mdx, line 39: …"), for Astro's Location. */
function messageLine(message: string): number | undefined {
  const line = /^[^\n]*?, line (\d+):/.exec(message)?.[1];
  return line === undefined ? undefined : Number(line);
}

/**
 * Compiles MDX files with the configured Markdown processor (and so with contentLinksPlugin)
 * and returns every problem found, each with its file's path in the project and its line.
 * Vite reports an MDX syntax error as "39:1: Expected a closing tag…" with no file on that
 * line; these messages name it.
 */
export async function checkMdxFiles(
  processor: MdxCapable | undefined,
  root: string,
  files: readonly string[],
): Promise<ContentProblem[]> {
  if (!processor?.createMdxRenderer) return [];
  const renderer = await processor.createMdxRenderer({}, { optimize: false });
  const problems: ContentProblem[] = [];
  const report = (file: string, message: string) => problems.push({ file, line: messageLine(message), message });
  for (const path of files) {
    const file = relative(root, path).split('\\').join('/');
    const source = readFileSync(path, 'utf8');
    try {
      // Blank frontmatter lines keep the line numbers of the text the same as in the file.
      const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
      await renderer.process(content, path, frontmatter);
    } catch (error) {
      if (error instanceof Error && error.name === CHECK_ERROR) {
        for (const message of error.message.split('\n')) report(file, message);
      } else report(file, formatMdxSyntaxError(file, error instanceof Error ? error.message : String(error), source));
    }
  }
  return problems;
}

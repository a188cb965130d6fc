import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { MarkdownHeading } from 'astro';
import type { Element, Nodes } from 'hast';
import {
  hastToHtml,
  mdxToHast,
  type HastNode,
  type HastPluginDefinition,
  type HastVisitorContext,
  type MdxJsxAttributeNode,
  type MdxJsxFlowElementHast,
  type MdxJsxTextElementHast,
} from 'satteri';
import {
  checkImage,
  checkImageFile,
  checkLink,
  sitePages,
  spacedLinkProblems,
  type Checked,
  type SiteFiles,
} from './content-links.ts';
import { mdxSyntaxProblem, problemAt, sortProblems, type ContentProblem } from './entry-errors.ts';
import {
  attributeCodeProblems,
  codeInAltText,
  codeInBraces,
  codeLine,
  FRAGMENT,
  isEditorNote,
  statementLines,
} from './mdx-code.ts';
import { isRefusedTag, rawHtmlProblems } from './raw-html.ts';
import { sectionOf, type SectionLink, type SectionLinks } from './section-links.ts';
import { hasWords, wordlessHeading, wordlessLink } from './wordless.ts';
import { splitFile } from './read-folder.ts';
import { picturesPlugin, type PictureData } from '../markdown/pictures.ts';
import { tableRegionsPlugin } from '../markdown/table-regions.ts';

/*
 * Checks the text of the MDX pages as the loader compiles each to HTML, so no code in it ever reaches a
 * page (mdx-code.ts, raw-html.ts, wordless.ts, content-links.ts): a mistake stops the compile.
 */

/** The project's absolute root, the base path put in front of every link to this site, where links to sections go. */
interface MdxChecksOptions {
  root: string;
  base: string;
  sections?: SectionLinks | undefined;
}

type JsxElement = Readonly<MdxJsxFlowElementHast> | Readonly<MdxJsxTextElementHast>;

/** The site's pages and public files on disk now, so a page added during `astro dev` counts. */
function siteFiles({ root, base }: MdxChecksOptions): SiteFiles {
  const phases = join(root, 'content', 'phases');
  let pages: string[] | undefined;
  return {
    // Read when a link to this site asks: most pages have none, and a page's compile that read the
    // folder each time took a time that grew with the number of pages (0.8 s of 1,000 pages' build).
    get pages() {
      const files = () => (existsSync(phases) ? readdirSync(phases) : []).filter((name) => name.endsWith('.mdx'));
      return (pages ??= sitePages(files().map((name) => basename(name, '.mdx'))));
    },
    isPublicFile: (path) => {
      const file = join(root, 'public', ...decodeURI(path).split('/').filter(Boolean));
      return existsSync(file) && statSync(file).isFile();
    },
    base,
  };
}

const LINK_ATTRIBUTES = new Set(['href', 'cite', 'longdesc']);

/** Sätteri's per-document data: the problems so far, the alt-text code refused ("line:code"), the section links. */
interface Problems {
  ltcContentProblems?: ContentProblem[];
  ltcAltCode?: string[];
  ltcSections?: SectionLink[];
}

type Position = { start: { line: number; offset?: number | undefined }; end?: { line: number } | undefined };
type Located = { position?: Position | undefined };
const atLine = (line: number): Located => ({ position: { start: { line } } });

/** The node's line, else its closest ancestor's: GFM writes some nodes itself (a footnote's back-link). */
function lineOf(node: Located, ctx: HastVisitorContext): number | undefined {
  for (let at: Located | undefined = node; at; at = ctx.parent(at as Parameters<HastVisitorContext['parent']>[0]))
    if (at.position) return at.position.start.line;
  return undefined;
}

/** The page a content file is: content/phases/phase-1.mdx is /phase-1/, the overview /. */
const pageOf = (file: string) => (file.startsWith('content/phases/') ? `/${basename(file, '.mdx')}/` : '/');

/** A Sätteri hast plugin that checks the MDX text and puts the base path in front of links to this site. */
function contentLinksPlugin(options: MdxChecksOptions): HastPluginDefinition {
  let site = siteFiles(options);
  const fileOf = (url: URL | undefined) =>
    url ? relative(options.root, fileURLToPath(url)).split('\\').join('/') : 'an MDX file';
  const record = (ctx: HastVisitorContext, node: Located, checked: Checked) => {
    const data = ctx.data as Problems;
    const line = lineOf(node, ctx);
    for (const problem of checked.problems)
      (data.ltcContentProblems ??= []).push(problemAt(fileOf(ctx.fileURL), line, problem));
    return checked.value;
  };
  const refuse = (ctx: HastVisitorContext, node: Located, ...problems: string[]) =>
    record(ctx, node, { value: '', problems });
  /** Checks a link; one to a section is kept for sectionLinksCheck, which knows the built pages' ids. */
  const link = (ctx: HastVisitorContext, node: Located, href: string) => {
    const checked = checkLink(href, site);
    const section =
      checked.problems.length === 0 ? sectionOf(href, pageOf(fileOf(ctx.fileURL)), site.pages) : undefined;
    if (section) ((ctx.data as Problems).ltcSections ??= []).push({ ...section, line: lineOf(node, ctx) });
    return record(ctx, node, checked);
  };
  const nextTo = (url: URL | undefined) => (src: string) =>
    url !== undefined && existsSync(join(dirname(fileURLToPath(url)), decodeURI(src)));

  const visitTag = (node: JsxElement, ctx: HastVisitorContext): Element | undefined => {
    if (node.name === null || node.name === undefined) {
      refuse(ctx, node, FRAGMENT);
      return undefined;
    }
    // Those written name="value" or name alone; {...props} is refused (mdx-code.ts).
    const named = node.attributes.filter((attribute) => attribute.type === 'mdxJsxAttribute');
    const names = named.map(({ name }) => name);
    const values = new Map<string, string>();
    for (const { name, value } of named) if (typeof value === 'string') values.set(name, value);
    const problems = rawHtmlProblems(node.name, values, names);
    problems.push(...attributeCodeProblems(node.name, node.attributes));
    problems.push(...headingProblems(node.name, node, ctx));
    if (node.name === 'a' && names.includes('href') && !hasWords(node))
      problems.push(wordlessLink(values.get('href') ?? '', true));
    refuse(ctx, node, ...problems);
    // A refused tag gets one message: <iframe src="https://…"> is not also an image on another site.
    if (isRefusedTag(node.name)) return undefined;
    // Each address in the attributes checked (<area href="javascript:…"> too), the base put in front.
    const property = ({ name, value }: MdxJsxAttributeNode) => {
      // One without a value is on (<a download>); one in braces is refused (mdx-code.ts).
      if (typeof value !== 'string') return true;
      if (LINK_ATTRIBUTES.has(name.toLowerCase())) return link(ctx, node, value);
      // <img> is a refused tag (raw-html.ts): a src= here is another tag's, such as <source>, with no alt text.
      if (name.toLowerCase() === 'src') return record(ctx, node, checkImageFile(value, nextTo(ctx.fileURL)));
      return value;
    };
    const properties = Object.fromEntries(named.map((attribute) => [attribute.name, property(attribute)]));
    return { type: 'element', tagName: node.name, properties, children: node.children };
  };

  const visitExpression = (node: { value: string; position?: Position | undefined }, ctx: HastVisitorContext) => {
    if (!isEditorNote(node.value)) refuse(ctx, node, codeInBraces(node.value));
  };

  /** Code between braces in a Markdown image's alt text, read from the source: the tree holds only the alt text. */
  const altTextCode = (node: Located, ctx: HastVisitorContext) => {
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
    options: { position: true },
    // Per compiled page: a page added under `astro dev` counts at once (a folder of a few files to list).
    before: () => void (site = siteFiles(options)),
    element: [
      {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit: (node, ctx) => void refuse(ctx, node, ...headingProblems(node.tagName, node, ctx)),
      },
      // GFM's task list (- [ ] …) is the one way Markdown writes an <input>.
      { filter: ['input'], visit: (node, ctx) => void refuse(ctx, node, TASK_LIST) },
      {
        filter: ['a', 'img'],
        visit: (node, ctx) => {
          const properties = node.properties ?? {};
          if (node.tagName === 'a' && typeof properties.href === 'string') {
            // A footnote's back-link (↩) is GFM's, named by its aria-label.
            if (!hasWords(node) && !('dataFootnoteBackref' in properties))
              refuse(ctx, node, wordlessLink(properties.href));
            ctx.setProperty(node, 'href', link(ctx, node, secureAutolink(properties.href, node, ctx.source)));
          } else if (node.tagName === 'img') {
            altTextCode(node, ctx);
            const src = typeof properties.src === 'string' ? properties.src : '';
            const alt = typeof properties.alt === 'string' ? properties.alt : undefined;
            ctx.setProperty(node, 'src', record(ctx, node, checkImage(src, alt, nextTo(ctx.fileURL))));
          }
        },
      },
    ],
    mdxJsxFlowElement: [{ filter: [], visit: visitTag }],
    mdxJsxTextElement: [{ filter: [], visit: visitTag }],
    mdxFlowExpression: visitExpression,
    mdxTextExpression: visitExpression,
    mdxjsEsm: (node, ctx) => {
      for (const { line, text } of statementLines(node.value, node.position?.start.line ?? 1))
        refuse(ctx, atLine(line), codeLine(text));
    },
    after: (_root, ctx) => {
      if (ctx.fileURL) options.sections?.set(fileOf(ctx.fileURL), (ctx.data as Problems).ltcSections ?? []);
      // Read from the source: cheaper than visiting every text node of every page.
      let fenced = false;
      ctx.source.split('\n').forEach((text, index) => {
        // A fenced block of code (```) shows Markdown as it is written.
        if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
        if (fenced || !text.includes('](')) return;
        refuse(ctx, atLine(index + 1), ...spacedLinkProblems(text));
      });
      // An empty page's text would start below its frontmatter, whose lines are kept as lines of spaces.
      if (ctx.source.trim() === '')
        refuse(ctx, atLine(ctx.source.split('\n').findLastIndex((line) => line.length > 0) + 2), EMPTY_PAGE);
      const problems = (ctx.data as Problems).ltcContentProblems ?? [];
      if (problems.length > 0) throw new PageError(problems);
    },
  };
}

/** GFM links a bare www.ala.org to http://: the editor wrote no http://, so it goes over https://. */
function secureAutolink(href: string, node: Located, source: string): string {
  const offset = node.position?.start.offset;
  return href.startsWith('http://www.') && offset !== undefined && source.startsWith('www.', offset)
    ? `https://${href.slice('http://'.length)}`
    : href;
}

const TASK_LIST =
  'the list item starts with [ ] or [x], which makes a checkbox that visitors cannot tick and a screen reader names nothing, which this site does not allow: write the item without the brackets, such as - Done: the first workshop.';

const EMPTY_PAGE =
  "the page has no text: write the page's text below its fields (after the second --- line), such as a paragraph about the phase.";

/** A heading (a tag h1 to h6) needs words, and level 1 is the page's title alone; another tag has no such problem. */
function headingProblems(tag: string, node: Readonly<HastNode>, ctx: HastVisitorContext): string[] {
  const depth = Number(/^h([1-6])$/.exec(tag)?.[1] ?? 0);
  if (depth === 0) return [];
  if (!hasWords(node)) return [wordlessHeading(depth)];
  if (depth > 1) return [];
  const text = ctx.textContent(node);
  return [
    `the heading "# ${text}" is a level-1 heading, but the page's title is already its only one: write ## ${text} (two #) for a section of the page.`,
  ];
}

/** The error that refuses a page: its message lists its problems, each naming the file and line. */
class PageError extends Error {
  override name = 'ContentCheckError';
  readonly problems: ContentProblem[];
  constructor(found: readonly ContentProblem[]) {
    const problems = sortProblems(found);
    super(problems.map((problem) => problem.message).join('\n'));
    this.problems = problems;
  }
}

/** A page compiled for the content store: its HTML, its headings and its own pictures, as Astro's glob() loader stores a Markdown page. */
export interface RenderedPage {
  html: string;
  metadata: { headings: MarkdownHeading[]; imagePaths: string[] };
}

/** Compiles a page from its file in the project (content/phases/phase-1.mdx), its text and its fields as read. */
export type PageRenderer = (
  file: string,
  text: string,
  data: object,
) => { page: RenderedPage } | { problems: ContentProblem[] };

/**
 * The site's Markdown processor, carrying the one compiler of its MDX pages (renderPage) from
 * astro.config.mjs, which knows the base path and collects the links to sections, to the loader, which
 * compiles each page once. The HTML holds no MDX: the checks refuse code and the tags they allow become
 * HTML, so Astro renders it as it renders a Markdown page.
 */
export function siteProcessor(options: MdxChecksOptions) {
  const hastPlugins = [contentLinksPlugin(options), tableRegionsPlugin(), picturesPlugin()];
  const renderPage: PageRenderer = (file, source, frontmatter) => {
    // MDX's own way to keep the lines: the frontmatter, fences included, becomes spaces.
    const { body } = splitFile(file, source);
    const content = source.slice(0, source.length - body.length).replace(/[^\r\n]/g, ' ') + body;
    // As Astro's Markdown pages have: the fields (a table before the first heading is named by the
    // page's title), and the headings, which Astro's heading-ids plugin puts there.
    const astro: { frontmatter: object; headings: MarkdownHeading[] } = { frontmatter, headings: [] };
    const data: Record<string, unknown> & PictureData = { astro };
    try {
      // Synchronous, as every plugin of the site is: a reload under `astro dev` is never interleaved with another.
      const tree = mdxToHast(content, {
        hastPlugins: [...hastPlugins, satteriHeadingIdsPlugin()],
        features: { gfm: true, smartPunctuation: true },
        fileURL: pathToFileURL(join(options.root, file)),
        data,
      }) as Nodes;
      const imagePaths = [...(data.ltcPictures?.files ?? [])];
      return { page: { html: hastToHtml(tree), metadata: { headings: astro.headings, imagePaths } } };
    } catch (error) {
      if (error instanceof PageError) return { problems: error.problems };
      // MDX's syntax error, in an editor's words.
      return { problems: [mdxSyntaxProblem(file, error instanceof Error ? error.message : String(error), content)] };
    }
  };
  const processor = satteri({ hastPlugins });
  // Astro's config keeps the processor's options object itself (its schema says so), so it carries renderPage.
  Object.assign(processor.options, { renderPage });
  return processor;
}

/** The page renderer of the processor in astro.config.mjs. */
export function pageRenderer(processor: { options?: unknown }): PageRenderer {
  const { renderPage } = (processor.options ?? {}) as { renderPage?: PageRenderer };
  if (renderPage === undefined) throw new Error('astro.config.mjs must set markdown.processor to siteProcessor(…)');
  return renderPage;
}

import type { Element } from 'hast';
import type { HastPluginDefinition, HastVisitorContext, MdxJsxFlowElementHast } from 'satteri';
import { UI } from '../consts.ts';

/*
 * WCAG 1.4.10 Reflow: a table wider than a 320 px phone must not make the page scroll sideways, so
 * each table of the MDX text is written, at build time, into a region of its own that scrolls
 * (global.css). The region is a Tab stop, for the arrow keys (axe's scrollable-region-focusable), and
 * has a name a screen reader says: the table's caption (only a <table> can have one), else "Table: "
 * and the nearest heading before it, else the page's title. The heading's words are copied, not
 * referred to with aria-labelledby: Astro gives headings their ids only after this plugin has run.
 */

/** The class of the region around each table; global.css styles it, the browser tests find it by it. */
export const TABLE_REGION_CLASS = 'table-region';

/** The element written around each table: a <section> with a name is a region landmark. */
export const TABLE_REGION_SELECTOR = `section.${TABLE_REGION_CLASS}`;

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** What the plugin remembers while it walks one document, kept in Sätteri's per-document data. */
interface TableState {
  /** The words of the last heading passed, or the page's title before the first heading. */
  context: string;
  /** How many tables have had each name, so that two regions never share one. */
  names: Map<string, number>;
}

interface Data {
  ltcTables?: TableState;
  astro?: { frontmatter?: Record<string, unknown> };
}

type TableNode = Readonly<Element> | Readonly<MdxJsxFlowElementHast>;

/** The words of a heading or a caption, on one line. */
function wordsOf(node: Parameters<HastVisitorContext['textContent']>[0], ctx: HastVisitorContext): string {
  return ctx.textContent(node).replace(/\s+/g, ' ').trim();
}

/** The words of the table's <caption>, or undefined when it has none (a Markdown table never has). */
function captionOf(node: TableNode, ctx: HastVisitorContext): string | undefined {
  for (const child of node.children) {
    // <caption> written on the line of its <table> is a text element of MDX, on a line of its own a flow element.
    const tag = child.type === 'element' ? child.tagName : 'name' in child ? child.name : undefined;
    if (tag === 'caption') {
      const words = wordsOf(child, ctx);
      return words === '' ? undefined : words;
    }
  }
  return undefined;
}

function stateOf(ctx: HastVisitorContext): TableState {
  const data = ctx.data as Data;
  const title = data.astro?.frontmatter?.['title'];
  return (data.ltcTables ??= { context: typeof title === 'string' ? title : '', names: new Map() });
}

/** The accessible name of the region around a table, unique in its page. */
function regionName(node: TableNode, ctx: HastVisitorContext): string {
  const state = stateOf(ctx);
  const base = captionOf(node, ctx) ?? UI.tableRegion(state.context);
  const count = (state.names.get(base) ?? 0) + 1;
  state.names.set(base, count);
  return count === 1 ? base : `${base} (${count})`;
}

/** Remembers a heading's words, or wraps a table in its named, focusable region. */
function visit(node: TableNode, ctx: HastVisitorContext): undefined {
  if ((node.type === 'element' ? node.tagName : node.name) !== 'table') {
    stateOf(ctx).context = wordsOf(node, ctx);
    return undefined;
  }
  ctx.wrapNode(node, {
    type: 'element',
    tagName: 'section',
    properties: { className: [TABLE_REGION_CLASS], tabIndex: 0, ariaLabel: regionName(node, ctx) },
    children: [],
  });
  return undefined;
}

/**
 * A Sätteri hast plugin (markdown.processor, beside contentLinksPlugin) that puts every table of
 * the MDX text, Markdown or <table>, in a named region that scrolls by itself and takes focus.
 */
export function tableRegionsPlugin(): HastPluginDefinition {
  const filter = [...HEADINGS, 'table'];
  return {
    name: 'ltc-table-regions',
    // The visitors see the document in order: each table after the heading it stands under.
    element: { filter, visit },
    mdxJsxFlowElement: { filter, visit },
  };
}

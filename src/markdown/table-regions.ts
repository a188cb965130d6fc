import type { Element } from 'hast';
import type { HastNode, HastPluginDefinition, HastVisitorContext } from 'satteri';
import { UI } from '../consts.ts';

/*
 * WCAG 1.4.10 Reflow: each table of the MDX text goes in a region that scrolls by itself (global.css),
 * a Tab stop for the arrow keys (axe's scrollable-region-focusable), named by the table's caption, else
 * "Table: " and the heading before it, else the page's title. The words are copied, not referred to
 * with aria-labelledby: Astro gives headings their ids only after this plugin has run.
 */

export const TABLE_REGION_CLASS = 'table-region';

/** A <section> with a name is a region landmark. */
export const TABLE_REGION_SELECTOR = `section.${TABLE_REGION_CLASS}`;

interface Data {
  /** Per document: the last heading's words (or the title), and how many tables had each name. */
  ltcTables?: { context: string; names: Map<string, number> };
  astro?: { frontmatter?: Record<string, unknown> };
}

function wordsOf(node: Readonly<HastNode>, ctx: HastVisitorContext): string {
  return ctx.textContent(node).replace(/\s+/g, ' ').trim();
}

function stateOf(ctx: HastVisitorContext) {
  const data = ctx.data as Data;
  const title = data.astro?.frontmatter?.['title'];
  return (data.ltcTables ??= { context: typeof title === 'string' ? title : '', names: new Map() });
}

function regionName(node: Readonly<Element>, ctx: HastVisitorContext): string {
  const state = stateOf(ctx);
  // The words of the table's first <caption>, unless it has none.
  const caption = node.children.find((child) => child.type === 'element' && child.tagName === 'caption');
  const base = (caption && wordsOf(caption, ctx)) || UI.tableRegion(state.context);
  const count = (state.names.get(base) ?? 0) + 1;
  state.names.set(base, count);
  return count === 1 ? base : `${base} (${count})`;
}

function visit(node: Readonly<Element>, ctx: HastVisitorContext): undefined {
  if (node.tagName !== 'table') {
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

/** A Markdown table's column alignment, style="text-align: center", as data-align="center" (global.css). */
function alignCell(node: Readonly<Element>): Element | undefined {
  const { style, ...properties } = node.properties;
  const align = /^text-align:\s*(left|center|right);?$/.exec(String(style ?? ''))?.[1];
  if (align === undefined) return undefined;
  // The CSP allows no style attribute (style-src has hashes only): the browser would drop it. A new
  // element, as Sätteri's tree keeps a property set to null as an empty one.
  return {
    type: 'element',
    tagName: node.tagName,
    properties: { ...properties, dataAlign: align },
    children: node.children,
  };
}

/**
 * A Sätteri hast plugin that puts every table in its named, focusable region: a Markdown table, or a
 * <table> tag, which the checks have made an element (mdx-checks.ts) by the time it runs.
 */
export function tableRegionsPlugin(): HastPluginDefinition {
  return {
    name: 'ltc-table-regions',
    // The visitors see the document in order: each table after the heading it stands under.
    element: [
      { filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table'], visit },
      { filter: ['th', 'td'], visit: alignCell },
    ],
  };
}

import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

/*
 * Pictures of the MDX text (docs/editing.md, "Add a picture"): Astro turns each Markdown image with a
 * relative path into its <Image> (a WebP srcset, width and height, lazy, metadata stripped). This plugin
 * runs before that and tells it how wide the picture shows, so each reader gets the smallest file that
 * fills it; a picture with a title becomes a <figure> whose <figcaption> is the title's words.
 */

/**
 * The width the text shows a picture at: the column of BaseLayout.astro (max-w-3xl, 48rem, less px-4
 * on each side), or the window less that padding on a narrower screen.
 */
export const PICTURE_SIZES = '(min-width: 48rem) 46rem, calc(100vw - 2rem)';

/** A picture's own file: a relative path, which Astro optimises (an address or /… is not). */
const isOwnPicture = (src: unknown): src is string =>
  typeof src === 'string' && !src.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(src);

/** The element alone in a paragraph, whitespace aside. */
function onlyChild(node: Readonly<Element>): Readonly<Element> | undefined {
  const children = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [child] = children;
  return children.length === 1 && child?.type === 'element' ? child : undefined;
}

/** The picture Astro's <Image> gets: how wide it shows, and lazy unless it opens the text. */
function picture(img: Readonly<Element>, first: boolean): Element {
  const { title: _caption, ...properties } = img.properties;
  return {
    type: 'element',
    tagName: 'img',
    properties: { ...properties, sizes: PICTURE_SIZES, ...(first ? { priority: true } : {}) },
    children: [],
  };
}

interface Data {
  ltcPictures?: { blocks: number };
}

function visit(node: Readonly<Element>, ctx: HastVisitorContext): Element | undefined {
  const state = ((ctx.data as Data).ltcPictures ??= { blocks: 0 });
  const first = state.blocks++ === 0;
  const img = node.tagName === 'p' ? onlyChild(node) : undefined;
  if (img?.tagName !== 'img' || !isOwnPicture(img.properties.src)) return undefined;
  const caption = typeof img.properties.title === 'string' ? img.properties.title.trim() : '';
  const children: ElementContent[] = [picture(img, first)];
  if (caption !== '')
    children.push({
      type: 'element',
      tagName: 'figcaption',
      properties: {},
      children: [{ type: 'text', value: caption }],
    });
  return { type: 'element', tagName: caption === '' ? 'p' : 'figure', properties: {}, children };
}

/** A Sätteri hast plugin for the pictures of the text: their shown width, a caption, lazy loading. */
export function picturesPlugin(): HastPluginDefinition {
  return {
    name: 'ltc-pictures',
    element: { filter: ['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'hr'], visit },
  };
}

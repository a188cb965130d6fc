import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

/*
 * Pictures of the MDX text (docs/editing.md, "Add a picture"): each Markdown image with a relative path
 * is marked for Astro's image service, which makes it a WebP srcset with width and height, lazy, metadata
 * stripped, as it does for a Markdown page. This plugin tells it how wide the picture shows, so each
 * reader gets the smallest file that fills it; a picture with a title becomes a <figure> whose
 * <figcaption> is the title's words.
 */

/**
 * The width the text shows a picture at: the column of BaseLayout.astro (max-w-3xl, 48rem, less px-4
 * on each side), or the window less that padding on a narrower screen.
 */
export const PICTURE_SIZES = '(min-width: 48rem) 46rem, calc(100vw - 2rem)';

/** That column's width in CSS pixels: a picture's width= (and so its width without the stylesheet) at most. */
const COLUMN = 736;

/**
 * The width of a JPEG, PNG, GIF or WebP file, read from its first 64 kB (the plugin runs synchronously,
 * sharp does not); undefined for another kind (AVIF), which Astro then sizes from the file alone.
 */
export function pictureWidth(file: string): number | undefined {
  const head = Buffer.alloc(65536);
  const fd = openSync(file, 'r');
  const length = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  // Too short to hold a size (a file cut off): Astro's image service names the broken file.
  if (length < 30) return undefined;
  const b = head.subarray(0, length);
  if (b.toString('latin1', 1, 4) === 'PNG') return b.readUInt32BE(16);
  if (b.toString('latin1', 0, 3) === 'GIF') return b.readUInt16LE(6);
  if (b.toString('latin1', 8, 12) === 'WEBP') {
    const chunk = b.toString('latin1', 12, 16);
    if (chunk === 'VP8 ') return b.readUInt16LE(26) & 0x3fff;
    if (chunk === 'VP8L') return 1 + (b.readUInt16LE(21) & 0x3fff);
    if (chunk === 'VP8X') return 1 + b.readUIntLE(24, 3);
  }
  // A JPEG's frame header (SOF0-SOF15 but DHT, JPG and DAC) holds its size; markers before it are skipped.
  for (let at = 2; b[0] === 0xff && b[1] === 0xd8 && at + 9 < b.length; at += 2 + b.readUInt16BE(at + 2)) {
    const marker = b[at + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return b.readUInt16BE(at + 7);
  }
  return undefined;
}

/** A picture's own file: a relative path, which Astro optimises (an address or /… is not). */
const isOwnPicture = (src: unknown): src is string =>
  typeof src === 'string' && !src.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(src);

/** The page's own picture files, by their path from the page, for the content store's image imports. */
export interface PictureData {
  ltcPictures?: { blocks: number; files: Set<string> };
}

/**
 * The picture for Astro's image service: how wide it shows, its width= no wider than the column (without
 * the stylesheet too; Astro makes the srcset from it), and lazy unless it opens the text. Astro's marker
 * (__ASTRO_IMAGE_, as its Markdown pages have) holds every attribute; Astro writes them as it renders.
 */
function picture(img: Readonly<Element>, first: boolean, ctx: HastVisitorContext): Element {
  const { title: _caption, src, ...properties } = img.properties;
  const path = decodeURI(String(src));
  const file = ctx.fileURL && join(dirname(fileURLToPath(ctx.fileURL)), path);
  // A missing file is the checks' to name (content-links.ts).
  const width = file !== undefined && existsSync(file) ? pictureWidth(file) : undefined;
  pictureData(ctx).files.add(path);
  const image = {
    ...properties,
    src: path,
    sizes: PICTURE_SIZES,
    ...(width === undefined ? {} : { width: Math.min(width, COLUMN) }),
    ...(first ? { priority: true } : {}),
  };
  return { type: 'element', tagName: 'img', properties: { __ASTRO_IMAGE_: JSON.stringify(image) }, children: [] };
}

const pictureData = (ctx: HastVisitorContext) =>
  ((ctx.data as PictureData).ltcPictures ??= { blocks: 0, files: new Set() });

/** A block whose pictures stand among other words (in a link, a list, a table): each gets the shown width too. */
function inlinePictures(node: Readonly<Element>, ctx: HastVisitorContext): Element | undefined {
  let changed = false;
  const children = node.children.map((child): ElementContent => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'img' && isOwnPicture(child.properties.src)) {
      changed = true;
      return picture(child, false, ctx);
    }
    const inner = inlinePictures(child, ctx);
    changed ||= inner !== undefined;
    return inner ?? child;
  });
  return changed ? { type: 'element', tagName: node.tagName, properties: node.properties, children } : undefined;
}

function visit(node: Readonly<Element>, ctx: HastVisitorContext): Element | undefined {
  const first = pictureData(ctx).blocks++ === 0;
  // The element alone in a paragraph, whitespace aside.
  const shown = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [only] = node.tagName === 'p' && shown.length === 1 ? shown : [];
  const img = only?.type === 'element' ? only : undefined;
  if (img?.tagName !== 'img' || !isOwnPicture(img.properties.src)) return inlinePictures(node, ctx);
  const caption = typeof img.properties.title === 'string' ? img.properties.title.trim() : '';
  const children: ElementContent[] = [picture(img, first, ctx)];
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

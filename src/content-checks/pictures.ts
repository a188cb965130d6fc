import { extname } from 'node:path';
import { formatBytes } from '../lib/format-size.ts';

/*
 * The pictures of a page's text live in an images/ folder beside it (content/phases/images/), where
 * Astro optimises them (src/markdown/pictures.ts). Only raster files a browser shows go there: an SVG
 * can carry script (and /admin/ keeps the editor's git token on this origin), and an iPhone's HEIC shows
 * in few browsers and sharp cannot read it.
 */

/** The folder beside the pages that holds their pictures: ![…](./images/NAME.jpg). */
export const PICTURES_FOLDER = 'images';

/** The endings of the pictures the site takes, as an upload form lists them. */
export const PICTURE_KINDS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'] as const;

/** A picture's largest size: a phone's 12-megapixel JPEG is 3 to 5 MB. */
export const PICTURE_MAX_BYTES = 10 * 1000 * 1000;

const KINDS = PICTURE_KINDS.join(', ');

/** What is wrong with a picture file (its path in the project, its size), or undefined. */
export function pictureProblem(file: string, bytes: number): string | undefined {
  const ending = extname(file);
  const lower = ending.toLowerCase();
  if (lower === '.svg' || lower === '.svgz')
    return `${file}: an SVG picture can carry script, which this site does not allow: export it as PNG from the program that drew it and show that file.`;
  if (lower === '.heic' || lower === '.heif')
    return `${file}: a HEIC picture (an iPhone's photo format) shows in few browsers: save it as JPEG (on the iPhone, Settings > Camera > Formats > Most Compatible; on a Mac, open it in Preview and choose File > Export > JPEG) and show the .jpg file.`;
  if (!(PICTURE_KINDS as readonly string[]).includes(lower))
    return `${file} is not a picture this site shows: a file in an ${PICTURES_FOLDER}/ folder must end in ${KINDS}.`;
  if (ending !== lower) return `${file}: rename it to end in ${lower} (lower case), and write that name in the text.`;
  if (bytes > PICTURE_MAX_BYTES)
    return `${file}: the picture is ${formatBytes(bytes)}, more than the ${formatBytes(PICTURE_MAX_BYTES)} this site takes: save it again as JPEG at 4,000 pixels across or fewer (about 3 MB), and show that file.`;
  return undefined;
}

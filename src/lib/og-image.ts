import { UI } from '../consts.ts';

/** The Open Graph image every page names, drawn by tests/make-og-image.ts. */
export const OG_IMAGE = {
  path: 'og-image.png',
  /** 1200x630: the size link previews (Open Graph, X/Twitter's large card) crop least. */
  width: 1200,
  height: 630,
  type: 'image/png',
} as const;

/** The words drawn on the image, from the site's settings. */
export function ogImageText(siteName: string, publisher: string): { title: string; subtitle: string } {
  const words = UI.initiativeOf;
  return { title: siteName, subtitle: `${words.charAt(0).toUpperCase()}${words.slice(1)} ${publisher}` };
}

/** og:image:alt: the same words as the picture. */
export function ogImageAlt(siteName: string, publisher: string): string {
  const { title, subtitle } = ogImageText(siteName, publisher);
  return `${title}. ${subtitle}.`;
}

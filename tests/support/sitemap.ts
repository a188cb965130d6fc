/**
 * Reads the page URLs of the built sitemap, so the audit covers every page the site publishes
 * without a list to keep in step by hand.
 */

/** Returns every <loc> of a sitemap file, in order, with XML entities decoded. */
export function sitemapLocations(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((match) =>
    match[1]!
      .replaceAll('&amp;', '&')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'"),
  );
}

/** Moves a URL of the deployed site (SITE_URL) to the local server, keeping its path and query. */
export function toLocalOrigin(url: string, origin: string): string {
  const source = new URL(url);
  return new URL(`${source.pathname}${source.search}`, origin).href;
}

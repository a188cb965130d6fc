/**
 * Reads the page URLs of the built sitemap, so the tests cover every page the site publishes
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

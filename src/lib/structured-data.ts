/*
 * Schema.org JSON-LD for every page, with only facts the content states: no address, logo or URL it
 * does not give. https://developers.google.com/search/docs/appearance/structured-data/intro-structured-data
 */

/** What the graph is built from; every URL absolute. */
export interface StructuredDataInput {
  /** SITE_URL and BASE_PATH, ending with a slash. */
  siteUrl: string;
  siteName: string;
  siteShortName: string;
  publisher: { name: string; shortName: string };
  /** The page and its breadcrumb, the site's root first; nothing for a page not in the site's index (404). */
  page?: { url: string; name: string; description: string; breadcrumb: { name: string; url: string }[] } | undefined;
  /** The cards: an e-course is a Course, a guide a DigitalDocument; id (the card's file name) keeps @ids apart. */
  resources: { id: string; kind: 'course' | 'guide'; name: string; description: string; url: string }[];
}

/** The JSON-LD of a page: one @graph whose nodes refer to each other by @id. */
export function buildStructuredData(input: StructuredDataInput) {
  const { siteUrl, page } = input;
  const website = { '@id': `${siteUrl}#website` };
  const publisher = { '@id': `${siteUrl}#publisher` };
  const graph: Record<string, unknown>[] = [
    {
      '@type': 'WebSite',
      ...website,
      url: siteUrl,
      name: input.siteName,
      alternateName: input.siteShortName,
      inLanguage: 'en',
      publisher,
    },
    // The publisher has no url: the content names it but gives no address of its own.
    {
      '@type': 'Organization',
      ...publisher,
      name: input.publisher.name,
      alternateName: input.publisher.shortName,
    },
    ...(page
      ? [
          {
            '@type': 'WebPage',
            '@id': `${page.url}#webpage`,
            url: page.url,
            name: page.name,
            description: page.description,
            inLanguage: 'en',
            isPartOf: website,
            breadcrumb: { '@id': `${page.url}#breadcrumb` },
          },
          {
            '@type': 'BreadcrumbList',
            '@id': `${page.url}#breadcrumb`,
            itemListElement: page.breadcrumb.map((crumb, index) => ({
              '@type': 'ListItem',
              position: index + 1,
              name: crumb.name,
              item: crumb.url,
            })),
          },
        ]
      : []),
    ...input.resources.map(({ id, kind, ...resource }) => ({
      '@type': kind === 'course' ? 'Course' : 'DigitalDocument',
      '@id': `${siteUrl}#resource-${id}`,
      ...resource,
      // Both cards call their resource free ("the free e-course", "ALA's free guide"). No Offer: a price
      // needs a currency, which would be invented.
      isAccessibleForFree: true,
      inLanguage: 'en',
      ...(kind === 'course' ? { provider: publisher } : { publisher }),
    })),
  ];
  return { '@context': 'https://schema.org', '@graph': graph } as const;
}

/** The text of a <script type="application/ld+json">: "<" as \u003c, so no value closes the script or opens a comment. */
export function serializeJsonLd(data: ReturnType<typeof buildStructuredData>): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}

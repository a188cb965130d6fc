import { expect, it } from 'vitest';
import { buildStructuredData, serializeJsonLd, type StructuredDataInput } from '../../src/lib/structured-data';

const site = 'https://www.example.org/tools/ltc/';
const input: StructuredDataInput = {
  siteUrl: site,
  siteName: 'Libraries Transforming Communities',
  siteShortName: 'LTC',
  publisher: { name: 'American Library Association', shortName: 'ALA' },
  page: {
    url: `${site}phase-1/`,
    name: 'Phase 1',
    description: 'About phase 1.',
    breadcrumb: [
      { name: 'Overview', url: site },
      { name: 'Phase 1', url: `${site}phase-1/` },
    ],
  },
  resources: [
    { id: 'course', kind: 'course', name: 'The course', description: 'Free.', url: 'https://www.ala.org/course' },
    { id: 'guide', kind: 'guide', name: 'The guide', description: 'Free.', url: `${site}downloads/guide.pdf` },
  ],
};

const graph = buildStructuredData(input)['@graph'];
const node = (type: string) => graph.find((entry) => entry['@type'] === type);
const types = (nodes: typeof graph) => nodes.map((entry) => entry['@type']);

it('the structured data describes the site, its publisher, the page, its breadcrumb and both resources; without a page (the 404 page), the first two and the resources', () => {
  expect(types(graph)).toEqual(['WebSite', 'Organization', 'WebPage', 'BreadcrumbList', 'Course', 'DigitalDocument']);
  const noPage = buildStructuredData({ ...input, page: undefined })['@graph'];
  expect(types(noPage)).toEqual(['WebSite', 'Organization', 'Course', 'DigitalDocument']);
});

it('the structured data names the site at its root URL, base path included, published by the organisation', () => {
  expect(node('WebSite')).toMatchObject({
    url: site,
    name: 'Libraries Transforming Communities',
    publisher: { '@id': `${site}#publisher` },
  });
  expect(node('Organization')).toEqual({
    '@type': 'Organization',
    '@id': `${site}#publisher`,
    name: 'American Library Association',
    alternateName: 'ALA',
  });
});

it('the structured data links the page to the site and to a breadcrumb that starts at the overview', () => {
  expect(node('WebPage')).toMatchObject({
    url: `${site}phase-1/`,
    isPartOf: { '@id': `${site}#website` },
    breadcrumb: { '@id': `${site}phase-1/#breadcrumb` },
  });
  expect(node('BreadcrumbList')?.['itemListElement']).toEqual([
    { '@type': 'ListItem', position: 1, name: 'Overview', item: site },
    { '@type': 'ListItem', position: 2, name: 'Phase 1', item: `${site}phase-1/` },
  ]);
});

it('the structured data offers the course free, provided by the publisher, and the guide as a free document', () => {
  expect(node('Course')).toMatchObject({
    url: 'https://www.ala.org/course',
    isAccessibleForFree: true,
    provider: { '@id': `${site}#publisher` },
  });
  expect(node('DigitalDocument')).toMatchObject({ url: `${site}downloads/guide.pdf`, isAccessibleForFree: true });
  // No price or currency: the source says "free" and nothing more.
  expect(node('Course')).not.toHaveProperty('offers');
});

it('the structured data gives each node its own @id, also two resources of one kind, and every @id it refers to a node', () => {
  const twoGuides = buildStructuredData({
    ...input,
    resources: [...input.resources, { ...input.resources[1]!, id: 'toolkit', url: 'https://www.ala.org/toolkit' }],
  })['@graph'];
  const ids = new Set(twoGuides.map((entry) => entry['@id']));
  expect(ids.size).toBe(twoGuides.length);
  const references = JSON.stringify(twoGuides).match(/\{"@id":"[^"]+"\}/g) ?? [];
  expect(references.length).toBeGreaterThan(0);
  for (const reference of references)
    expect(ids, reference).toContain((JSON.parse(reference) as { '@id': string })['@id']);
});

it('serializeJsonLd escapes "<" so a value cannot end the script element, and parses back to the same data', () => {
  const data = buildStructuredData({ ...input, siteName: 'LTC</script><script>alert(1)</script>' });
  const text = serializeJsonLd(data);
  expect(text).not.toContain('<');
  expect(JSON.parse(text)).toEqual(data);
});

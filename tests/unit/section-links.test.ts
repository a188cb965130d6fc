import { expect, it } from 'vitest';
import { sectionLinkProblems, sectionOf, type SectionLinks } from '../../src/content-checks/section-links';

const PAGES = ['/', '/phase-1/', '/phase-2/'];

it('sectionOf names the page and id of a link to a section, on the same page or another, the id decoded', () => {
  expect(sectionOf('#partners', '/phase-1/', PAGES)).toEqual({
    link: '#partners',
    page: '/phase-1/',
    id: 'partners',
  });
  expect(sectionOf('/phase-2#caf%C3%A9', '/', PAGES)).toEqual({
    link: '/phase-2#caf%C3%A9',
    page: '/phase-2/',
    id: 'café',
  });
});

it('sectionOf leaves out other sites, files, the top of a page and links with no section', () => {
  for (const href of ['https://www.ala.org/#x', '/downloads/guide.pdf#page=2', '#top', '#', '/phase-1/'])
    expect(sectionOf(href, '/', PAGES), href).toBeUndefined();
});

const links: SectionLinks = new Map([
  [
    'content/phases/phase-2.mdx',
    [
      { line: 9, link: '/phase-1/#partner', page: '/phase-1/', id: 'partner' },
      { line: 4, link: '#funders', page: '/phase-2/', id: 'funders' },
    ],
  ],
]);
const ids: Record<string, string[]> = {
  '/phase-1/': ['main', 'partners', 'funders', 'sources-heading'],
  '/phase-2/': ['funders'],
};

it('sectionLinkProblems passes a link whose page has its id, and names the file, line, link and closest ids of one that has not', () => {
  const problems = sectionLinkProblems(links, (page) => ids[page] ?? []);
  expect(problems.map(({ file, line }) => [file, line])).toEqual([['content/phases/phase-2.mdx', 9]]);
  expect(problems[0]!.message).toMatch(
    /^content\/phases\/phase-2\.mdx, line 9: the link "\/phase-1\/#partner" goes to no section of the page \/phase-1\/: it has no id "partner"; the closest ids it has are #partners, #main, #funders\. /,
  );
});

import { describe, expect, it } from 'vitest';
import {
  checkImage,
  checkLink,
  sitePages,
  spacedLinkProblems,
  type SiteFiles,
} from '../../src/content-checks/content-links';

const site: SiteFiles = {
  pages: sitePages(['phase-2', 'phase-1']),
  isPublicFile: (path) => ['/downloads/guide.pdf', '/images/map.png'].includes(path),
  base: '/tools/ltc/',
};

describe('sitePages and checkLink', () => {
  it('lists the overview and one page per phase file, in order', () => {
    expect(site.pages).toEqual(['/', '/phase-1/', '/phase-2/']);
  });

  // A page keeps its #section and gets its closing slash; links to other sites, e-mail, phone and #sections stay.
  it.each([
    ['/phase-1/#partners', '/tools/ltc/phase-1/#partners'],
    ['/phase-2', '/tools/ltc/phase-2/'],
    ['/downloads/guide.pdf', '/tools/ltc/downloads/guide.pdf'],
    ...['https://www.ala.org/', 'mailto:publicprograms@ala.org', 'tel:+1-800-545-2433', '#partners'].map((href) => [
      href,
      href,
    ]),
  ])('accepts %s, written %s under the base path', (href, value) => {
    expect(checkLink(href, site)).toEqual({ value, problems: [] });
  });

  it.each([
    ['data:text/html,hi', /is a data: address/],
    ['//www.ala.org/ltc', /is not secure: .*\(https:\/\/www\.ala\.org\/ltc\)/],
    ['', /^a link has no address/],
  ])('refuses "%s"', (href, message) => {
    expect(checkLink(href, site).problems).toEqual([expect.stringMatching(message)]);
  });

  it('refuses an unencrypted link to another site, giving the https:// address to write', () => {
    expect(checkLink('http://www.ala.org/ltc', site).problems).toEqual([
      'the link "http://www.ala.org/ltc" is not secure: write the address with https:// (https://www.ala.org/ltc), so visitors are not sent over an unencrypted connection.',
    ]);
  });
});

describe('checkImage', () => {
  it('refuses an image whose alt attribute is missing, as one with empty alt text', () => {
    expect(checkImage('./images/map.png', undefined, () => true).problems).toEqual(
      checkImage('./images/map.png', '', () => true).problems,
    );
  });

  it("refuses a file name as alt text, the picture's own or a camera's", () => {
    for (const alt of ['cohort', 'cohort.jpg', 'IMG_1234.JPG'])
      expect(checkImage('./images/cohort.jpg', alt, () => true).problems[0], alt).toMatch(
        /has a file name as its alt text/,
      );
    expect(checkImage('./images/cohort.jpg', 'The cohort in 2015', () => true).problems).toEqual([]);
  });

  it('refuses a picture in public/ or elsewhere beside the page, saying where pictures go', () => {
    for (const src of ['/images/map.png', './map.png', 'images/map.png'])
      expect(checkImage(src, 'A map', () => true).problems[0], src).toMatch(
        /put the file in the images\/ folder beside the page \(such as content\/phases\/images\/map\.png\) and write \.\/images\/map\.png\.$/,
      );
  });
});

describe('spacedLinkProblems', () => {
  it('gives the dashed file name for a download, and takes a title after the address for no space', () => {
    const [download] = spacedLinkProblems('See [the guide](/downloads/Leading Conversations.pdf).');
    expect(download).toContain('[the guide](/downloads/leading-conversations.pdf)');
    expect(spacedLinkProblems('See [the course](https://www.ala.org/online-learning).')).toEqual([]);
    expect(spacedLinkProblems('See [the course](https://www.ala.org/online-learning "The e-course").')).toEqual([]);
  });

  it('accepts what CommonMark reads as a link: an address between < >, a title in quotes or parentheses', () => {
    for (const line of [
      '![Workshop](</images/Workshop photo.png>)',
      '[x](<https://www.ala.org/a b> "Title") and [y](https://www.ala.org/(c) (Title))',
      "[z](https://www.ala.org/ 'Title')",
    ])
      expect(spacedLinkProblems(line), line).toEqual([]);
    expect(spacedLinkProblems('[x](<https://www.ala.org/a> b)')).toHaveLength(1);
    expect(spacedLinkProblems('Write `[words](an address)`, or ``[words](an address)``.')).toEqual([]);
  });
});

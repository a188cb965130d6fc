import { describe, expect, it } from 'vitest';
import {
  checkImage,
  checkLink,
  sitePages,
  spacedLinkProblems,
  type SiteFiles,
} from '../../src/content-checks/content-links';

const site = (base = '/'): SiteFiles => ({
  pages: sitePages(['phase-2', 'phase-1']),
  isPublicFile: (path) => ['/downloads/guide.pdf', '/images/map.png'].includes(path),
  base,
});
const nowhere = () => false;

describe('sitePages', () => {
  it('lists the overview and one page per phase file, in order', () => {
    expect(sitePages(['phase-2', 'phase-1'])).toEqual(['/', '/phase-1/', '/phase-2/']);
  });
});

describe('checkLink', () => {
  it('puts the base path in front of a link to a page, keeping its #section', () => {
    expect(checkLink('/phase-1/#partners', site('/tools/ltc/'))).toEqual({
      value: '/tools/ltc/phase-1/#partners',
      problems: [],
    });
  });

  it('accepts a page written without its closing slash and adds it', () => {
    expect(checkLink('/phase-2', site()).value).toBe('/phase-2/');
  });

  it('accepts a file of public/ and puts the base path in front', () => {
    expect(checkLink('/downloads/guide.pdf', site('/tools/ltc/')).value).toBe('/tools/ltc/downloads/guide.pdf');
  });

  it('leaves links to other sites, e-mail and phone links and #sections as they are', () => {
    for (const href of ['https://www.ala.org/', 'mailto:publicprograms@ala.org', 'tel:+1-800-545-2433', '#partners']) {
      expect(checkLink(href, site('/tools/ltc/'))).toEqual({ value: href, problems: [] });
    }
  });

  it('refuses data: and other kinds of address', () => {
    expect(checkLink('data:text/html,hi', site()).problems[0]).toMatch(/is a data: address/);
  });

  it('refuses an unencrypted link to another site, giving the https:// address to write', () => {
    expect(checkLink('http://www.ala.org/ltc', site()).problems).toEqual([
      'the link "http://www.ala.org/ltc" is not secure: write the address with https:// (https://www.ala.org/ltc), so visitors are not sent over an unencrypted connection.',
    ]);
    expect(checkLink('//www.ala.org/ltc', site()).problems[0]).toMatch(
      /is not secure: .*\(https:\/\/www\.ala\.org\/ltc\)/,
    );
  });

  it('refuses an empty link', () => {
    expect(checkLink('', site()).problems[0]).toMatch(/^a link has no address/);
  });
});

describe('checkImage', () => {
  it('puts the base path in front of an image in public/ that has alt text', () => {
    expect(checkImage('/images/map.png', 'Map of the cohort', site('/tools/ltc/'), nowhere)).toEqual({
      value: '/tools/ltc/images/map.png',
      problems: [],
    });
  });

  it('refuses an image whose alt attribute is missing, as one with empty alt text', () => {
    expect(checkImage('/images/map.png', undefined, site(), nowhere).problems).toEqual(
      checkImage('/images/map.png', '', site(), nowhere).problems,
    );
  });

  it('accepts an image next to the page, and refuses one that is not there', () => {
    expect(checkImage('./map.png', 'A map', site(), () => true)).toEqual({ value: './map.png', problems: [] });
    expect(checkImage('./map.png', 'A map', site(), nowhere).problems[0]).toMatch(
      /^the image "\.\/map\.png" does not exist next to the page/,
    );
  });

  it('refuses an image from another site, which the security policy would block', () => {
    expect(checkImage('https://example.org/a.png', 'A', site(), nowhere).problems[0]).toMatch(
      /is on another site.*security policy/,
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

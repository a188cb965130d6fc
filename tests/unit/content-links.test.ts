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

  it('leaves links to other sites, e-mail links and #sections as they are', () => {
    for (const href of ['https://www.ala.org/', 'mailto:publicprograms@ala.org', '#partners']) {
      expect(checkLink(href, site('/tools/ltc/'))).toEqual({ value: href, problems: [] });
    }
  });

  it('refuses a link to a page that does not exist, listing the pages', () => {
    expect(checkLink('/phase-9/', site()).problems).toEqual([
      'the link "/phase-9/" goes to no page of this site. The pages are: /, /phase-1/, /phase-2/; a file must be in public/ (/phase-9/ would be public/phase-9/).',
    ]);
  });

  it('refuses a relative link, asking for one from the site root', () => {
    expect(checkLink('./phase-9/', site()).problems[0]).toMatch(
      /^the link "\.\/phase-9\/" does not start with \/\. .*such as \/phase-1\//,
    );
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

  it('refuses an image without alt text', () => {
    expect(checkImage('/images/map.png', '', site(), nowhere).problems).toEqual([
      'the image "/images/map.png" has no alt text: describe the picture between the square brackets, such as ![Map of the ten cohort libraries](/images/map.png).',
    ]);
    expect(checkImage('/images/map.png', undefined, site(), nowhere).problems).toHaveLength(1);
  });

  it('refuses an image that is not in public/, naming where it should be', () => {
    expect(checkImage('/images/nope.png', 'A map', site(), nowhere).problems).toEqual([
      'the image "/images/nope.png" does not exist: there is no file public/images/nope.png. Put the file there or correct the path.',
    ]);
  });

  it('reports both a missing file and missing alt text', () => {
    expect(checkImage('/images/nope.png', '', site(), nowhere).problems).toHaveLength(2);
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

describe('checkLink, addresses that are not links', () => {
  it('names curly quotes around an address, decoded as the editor wrote them, with the address alone', () => {
    const [problem] = checkLink('%E2%80%9Chttps://www.ala.org/%E2%80%9D', site()).problems;
    expect(problem).toMatch(
      /^the link “https:\/\/www\.ala\.org\/” .*curly quotes .*\[ALA\]\(https:\/\/www\.ala\.org\/\)/,
    );
  });

  it('refuses javascript: and other kinds of address, keeping https:, mailto: and tel:', () => {
    expect(checkLink('javascript:alert(1)', site()).problems[0]).toMatch(/^the link "javascript:alert\(1\)" runs code/);
    expect(checkLink('data:text/html,hi', site()).problems[0]).toMatch(/is a data: address/);
    for (const href of ['https://www.ala.org/', 'mailto:a@ala.org', 'tel:+1-800-545-2433'])
      expect(checkLink(href, site()).problems).toEqual([]);
  });
});

describe('spacedLinkProblems', () => {
  it('gives the link with %20 for a web address, and the dashed file name for a download', () => {
    const [web, download] = spacedLinkProblems(
      'See [the course](https://www.ala.org/online learning) and [the guide](/downloads/Leading Conversations.pdf).',
    );
    expect(web).toContain('[the course](https://www.ala.org/online%20learning)');
    expect(download).toContain('[the guide](/downloads/leading-conversations.pdf)');
    expect(spacedLinkProblems('See [the course](https://www.ala.org/online-learning).')).toEqual([]);
    expect(spacedLinkProblems('See [the course](https://www.ala.org/online-learning "The e-course").')).toEqual([]);
  });
});

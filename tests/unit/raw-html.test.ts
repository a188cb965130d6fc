import { expect, it } from 'vitest';
import { rawHtmlProblems } from '../../src/content-checks/raw-html';

/** The problems of a tag with text attributes, as the MDX checks pass them. */
const problemsOf = (name: string, attributes: Record<string, string> = {}) =>
  rawHtmlProblems(name, new Map(Object.entries(attributes)), Object.keys(attributes));

it('rawHtmlProblems allows plain tags that render under the site styles', () => {
  for (const name of ['a', 'abbr', 'br', 'sup', 'sub', 'details', 'summary', 'table', 'div', 'span'])
    expect(problemsOf(name), name).toEqual([]);
});

// The catalogue of editor mistakes has <script>, <iframe>, <style>, <meta>, <button>, <img> and <YouTube>, each with its message.
it('rawHtmlProblems refuses one message per tag that runs code, embeds, restyles, changes the head or builds a form', () => {
  for (const name of ['object', 'embed', 'video', 'audio', 'link', 'form', 'input', 'SCRIPT'])
    expect(problemsOf(name), name).toHaveLength(1);
});

it('rawHtmlProblems turns a YouTube player address into the page a visitor can open', () => {
  expect(problemsOf('iframe', { src: 'https://www.youtube-nocookie.com/embed/xyz_9' })[0]).toContain(
    '[Watch the video](https://www.youtube.com/watch?v=xyz_9)',
  );
});

it('rawHtmlProblems refuses event handlers and style= on any tag', () => {
  expect(problemsOf('p', { onClick: 'go()', style: 'color: red', title: 'fine' })).toHaveLength(2);
  expect(problemsOf('details', { open: '' })).toEqual([]);
});

it('rawHtmlProblems refuses JSX names that are not HTML (a.b, x:y) and attributes with a colon, such as set:html=', () => {
  expect(problemsOf('a.b')[0]).toMatch(/^<a\.b> is not a component this site provides/);
  expect(problemsOf('x:y')[0]).toMatch(/^<x:y> is not a component this site provides/);
  expect(problemsOf('div', { 'set:html': '<script></script>', 'xlink:href': '#a', lang: 'en' })).toHaveLength(2);
});

it('rawHtmlProblems refuses <svg> and <math>, and attributes that only load a file or send a request', () => {
  expect(problemsOf('MATH')).toHaveLength(1);
  for (const attribute of ['ping', 'srcset', 'formaction', 'action', 'poster', 'background', 'data', 'manifest'])
    expect(problemsOf('p', { [attribute]: 'https://example.org/' }), attribute).toEqual([
      expect.stringMatching(new RegExp(`^the attribute ${attribute}= on <p> loads a file or sends a request`)),
    ]);
  expect(problemsOf('div', { 'data-note': 'x', title: 'y' })).toEqual([]);
});

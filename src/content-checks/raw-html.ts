/*
 * Tags in MDX pages: those that run code, embed other sites, restyle the page or build forms are
 * refused, and so are drawings written as code (<svg>, <math>: their links and animations would escape
 * the checks on addresses) and attributes that only load a file or send a request. The CSP would block
 * most of them anyway, leaving an empty grey box. So are <img> and <picture>, which Astro does not make
 * smaller for phones: a Markdown picture is (src/markdown/pictures.ts). Harmless tags (<a>, <abbr>, <br /> …) stay.
 */

/** A picture as the text shows it: a file in the images/ folder beside the page (docs/editing.md, "Add a picture"). */
const PICTURE = '![Describe the picture](./images/NAME.png), with the file in the images/ folder beside the page';

/** Refused tags (lower case, as HTML names them): what each does and what to write instead. */
const REFUSALS = [
  {
    tags: ['script', 'noscript', 'template'],
    does: 'runs code',
    instead: 'remove it; a page holds text, links and pictures',
  },
  {
    tags: ['style'],
    does: 'restyles the page',
    instead: 'remove it; the site styles headings, lists and links by itself (write **bold** for emphasis)',
  },
  {
    tags: ['link', 'meta', 'base', 'title'],
    does: "changes the page's head",
    instead: "remove it; the site writes the page's title, description and links by itself",
  },
  {
    tags: ['svg', 'math'],
    does: 'is a drawing or a formula written as code in the page',
    instead: `save it as a PNG file and show it in Markdown, such as ${PICTURE}`,
  },
  {
    tags: ['img', 'picture'],
    does: 'shows a picture at its full size, to phones too',
    instead: `write it in Markdown, such as ${PICTURE}`,
  },
  {
    tags: ['form', 'input', 'button', 'select', 'textarea'],
    does: 'builds a form (this site sends none)',
    instead: 'remove it, and link to the page that holds the form, such as [Register](https://…)',
  },
];
const REFUSED = new Map(REFUSALS.flatMap(({ tags, ...refusal }) => tags.map((tag) => [tag, refusal] as const)));

/* Attributes that only load a file or send a request: the checks on addresses cover href= and src= only. */
const LOADS = new Set(['action', 'background', 'data', 'formaction', 'manifest', 'ping', 'poster', 'srcset']);

/** Tags that show another site (frames, plug-ins) or a media file inside the page. */
const EMBEDS = new Set([
  ...['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal'],
  ...['video', 'audio', 'canvas'],
]);

const EMBED_SOURCE = ['src', 'data', 'href'];

/** A YouTube player address (…/embed/ID) as the page a visitor can open (…/watch?v=ID). */
function watchAddress(src: string): string {
  const id = /youtube(?:-nocookie)?\.com\/embed\/([\w-]+)/.exec(src)?.[1];
  return id ? `https://www.youtube.com/watch?v=${id}` : src;
}

/** <Foo>, <a.b> and <x:y> are JSX names, not HTML tags: the page would fail or print a tag no browser knows. */
const isJsxName = (name: string) => /^[A-Z]|[.:]/.test(name);

/** True when the tag itself is refused, whatever its attributes: its addresses need no check of their own. */
export function isRefusedTag(name: string): boolean {
  const tag = name.toLowerCase();
  return isJsxName(name) || EMBEDS.has(tag) || REFUSED.has(tag);
}

/** What is wrong with a tag (its name, its attributes with text values), one message per problem. */
export function rawHtmlProblems(
  name: string,
  attributes: ReadonlyMap<string, string>,
  names: readonly string[],
): string[] {
  const tag = name.toLowerCase();
  const problems: string[] = [];
  if (isJsxName(name)) {
    problems.push(
      `<${name}> is not a component this site provides (it provides none for pages): remove it and write Markdown, such as a link [Watch the video](https://…).`,
    );
  } else if (EMBEDS.has(tag)) {
    const source = EMBED_SOURCE.map((key) => attributes.get(key)).find((value) => value !== undefined && value !== '');
    const address = source === undefined ? 'https://…' : watchAddress(source);
    problems.push(
      `<${tag}> embeds another site or a media player in the page, which this site does not allow (its security policy would show an empty box): write a link to it instead, such as [Watch the video](${address}).`,
    );
  } else {
    const refusal = REFUSED.get(tag);
    if (refusal) problems.push(`<${tag}> ${refusal.does}, which this site does not allow: ${refusal.instead}.`);
  }
  for (const attribute of names) {
    const lower = attribute.toLowerCase();
    if (lower.startsWith('on')) {
      problems.push(
        `the attribute ${attribute}= on <${name}> runs code when a visitor acts, which this site does not allow: remove the attribute.`,
      );
    } else if (attribute.includes(':')) {
      // set:html=, client:load= and xlink:href= are Astro directives or XML, not HTML attributes.
      problems.push(
        `the attribute ${attribute}= on <${name}> is not an HTML attribute (their names have no colon), which this site does not allow: remove the attribute.`,
      );
    } else if (LOADS.has(lower)) {
      const instead = lower === 'srcset' ? '; the site makes the sizes of a Markdown picture itself' : '';
      problems.push(
        `the attribute ${attribute}= on <${name}> loads a file or sends a request to an address, which this site does not allow: remove the attribute${instead}.`,
      );
    } else if (lower === 'style') {
      problems.push(
        `the attribute style= on <${name}> restyles the page, which this site does not allow: remove the attribute; for emphasis write **bold** or _italic_.`,
      );
    }
  }
  return problems;
}

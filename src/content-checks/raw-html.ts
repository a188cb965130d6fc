/*
 * The policy for tags written in MDX pages. MDX pages hold Markdown and the components this
 * site provides (none yet). Tags that run code, embed other sites, restyle the page or build
 * forms are refused at build time, and so are drawings written as code (<svg>, <math>: their
 * links and animations would escape the checks on addresses) and attributes that only load a
 * file or send a request (ping=, srcset=). The Content-Security-Policy would block most of them
 * anyway, and a visitor would see an empty grey box. The addresses in href=, cite= and src= of
 * every tag are checked by mdx-checks.ts, as links and images are. Harmless tags (<a>, <img>, <abbr>, <br /> …) stay allowed,
 * since they render as plain HTML under the site's own styles.
 */

/** Why a tag is refused, and what to write instead. */
interface Refusal {
  does: string;
  instead: string;
}

const RUNS_CODE: Refusal = {
  does: 'runs code',
  instead: 'remove it; a page holds text, links and pictures',
};
const RESTYLES: Refusal = {
  does: 'restyles the page',
  instead: 'remove it; the site styles headings, lists and links by itself (write **bold** for emphasis)',
};
const CHANGES_HEAD: Refusal = {
  does: "changes the page's head",
  instead: "remove it; the site writes the page's title, description and links by itself",
};
const DRAWING: Refusal = {
  does: 'is a drawing or a formula written as code in the page',
  instead:
    'save the picture as a file in public/images/ and show it as an image, such as ![Describe the picture](/images/NAME.svg)',
};
const FORM: Refusal = {
  does: 'builds a form (this site sends none)',
  instead: 'remove it, and link to the page that holds the form, such as [Register](https://…)',
};

/** Refused tags (lower case, as HTML names them); <iframe> and its kin are handled by embedRefusal. */
const REFUSED: Record<string, Refusal> = {
  script: RUNS_CODE,
  noscript: RUNS_CODE,
  template: RUNS_CODE,
  style: RESTYLES,
  link: CHANGES_HEAD,
  meta: CHANGES_HEAD,
  base: CHANGES_HEAD,
  title: CHANGES_HEAD,
  svg: DRAWING,
  math: DRAWING,
  form: FORM,
  input: FORM,
  button: FORM,
  select: FORM,
  textarea: FORM,
};

/**
 * Attributes that only load a file or send a request (a click reported to another address, a
 * picture chosen by screen size, a form sent, a background): none is needed for text, links and
 * pictures, and the checks on addresses (content-links.ts) cover href= and src= only.
 */
const LOADS = new Set(['action', 'background', 'data', 'formaction', 'manifest', 'ping', 'poster', 'srcset']);

/** The message for an attribute that only loads a file or sends a request, such as ping= or srcset=. */
function loadingAttribute(tag: string, attribute: string): string {
  const instead =
    attribute.toLowerCase() === 'srcset' ? ' and give the picture one file with src="/images/NAME.png"' : '';
  return `the attribute ${attribute}= on <${tag}> loads a file or sends a request to an address, which this site does not allow: remove the attribute${instead}.`;
}

/** Tags that show another site or a media file inside the page. */
const EMBEDS = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'video',
  'audio',
  'canvas',
]);

/** The attribute of an embed that names what it shows. */
const EMBED_SOURCE = ['src', 'data', 'href'];

/** A YouTube player address (…/embed/ID) as the page a visitor can open (…/watch?v=ID). */
function watchAddress(src: string): string {
  const id = /youtube(?:-nocookie)?\.com\/embed\/([\w-]+)/.exec(src)?.[1];
  return id ? `https://www.youtube.com/watch?v=${id}` : src;
}

function embedRefusal(name: string, attributes: ReadonlyMap<string, string>): string {
  const source = EMBED_SOURCE.map((key) => attributes.get(key)).find((value) => value !== undefined && value !== '');
  const address = source === undefined ? 'https://…' : watchAddress(source);
  return `<${name}> embeds another site or a media player in the page, which this site does not allow (its security policy would show an empty box): write a link to it instead, such as [Watch the video](${address}).`;
}

/** True when the tag itself is refused, whatever its attributes: its addresses need no check of their own. */
export function isRefusedTag(name: string): boolean {
  const tag = name.toLowerCase();
  return /^[A-Z]/.test(name) || /[.:]/.test(name) || EMBEDS.has(tag) || Object.hasOwn(REFUSED, tag);
}

/**
 * What is wrong with a tag written in MDX (its name, and its attributes whose values are
 * text), one message per problem; an empty list when the tag is allowed.
 */
export function rawHtmlProblems(
  name: string,
  attributes: ReadonlyMap<string, string>,
  names: readonly string[],
): string[] {
  const tag = name.toLowerCase();
  const problems: string[] = [];
  // <Foo>, <a.b> and <x:y> are JSX names, not HTML tags: the page would fail or print a tag no browser knows.
  if (/^[A-Z]/.test(name) || name.includes('.') || name.includes(':')) {
    problems.push(
      `<${name}> is not a component this site provides (it provides none for pages): remove it and write Markdown, such as a link [Watch the video](https://…).`,
    );
  } else if (EMBEDS.has(tag)) {
    problems.push(embedRefusal(tag, attributes));
  } else {
    // Object.hasOwn: <constructor> is no refused tag, though every object has that key.
    const refusal = Object.hasOwn(REFUSED, tag) ? REFUSED[tag] : undefined;
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
      problems.push(loadingAttribute(name, attribute));
    } else if (lower === 'style') {
      problems.push(
        `the attribute style= on <${name}> restyles the page, which this site does not allow: remove the attribute; for emphasis write **bold** or _italic_.`,
      );
    }
  }
  return problems;
}

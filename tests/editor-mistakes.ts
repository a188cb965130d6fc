/*
 * The catalogue of editor mistakes: each mistake once, with its heading in docs/editing.md's
 * "Build errors and how to fix them", its content folder, the edits that make it in the fixture
 * tests/fixtures/editor-mistakes/, and the lines the editor reads (the first line of each message,
 * in the build's order). tests/unit/editor-mistakes.test.ts runs the checks on each, the build test
 * builds each folder's mistakes together, and tests/unit/editing-guide.test.ts holds the guide to
 * these lines. A new kind of mistake: its check, one entry here, and the guide's prose.
 */

/** One change to a file of the fixture, written as data: paths from the fixture's root. */
export type Edit =
  | { file: string; set: Record<string, unknown> } // fields by dotted path: "years.start", "sources.0.url"
  | { file: string; remove: string } // a field by dotted path
  | { file: string; append: string } // text at the end of the file
  | { file: string; replace: string; by: string } // text of the file, replaced once
  | { file: string; copyOf: string } // a new file, a copy of one of the fixture
  | { file: string; text: string } // a new file with this text
  | { file: string; renameTo: string }
  | { file: string; delete: true }; // a file or a folder

export interface Mistake {
  id: string;
  /** The "###" heading of docs/editing.md that explains it. */
  heading: string;
  folder: 'overview' | 'phases' | 'resources' | 'site';
  edits: Edit[];
  /** The first line of each message the build prints, in its order. */
  lines: string[];
  /** A mistake in the folder's files: the build checks nothing else of the folder, so it is built apart. */
  stopsFolder?: true;
  /** Found once every page is built (a link to a section: src/content-checks/section-links.ts), so built apart. */
  builtPages?: true;
}

const P1 = 'content/phases/phase-1.mdx';
const P2 = 'content/phases/phase-2.mdx';
/** An edit without its file. */
type Change<E = Edit> = E extends Edit ? Omit<E, 'file'> : never;
/** A new file of the fixture, a copy of one of its files, then changed. */
const copy = (file: string, of: string, ...changes: Change[]): Edit[] => [
  { file, copyOf: of },
  ...changes.map((change) => ({ file, ...change })),
];
/** A new phase page, phase-N.mdx: a copy of one of the fixture's with its own label, Phase N, then changed. */
const newPhase = (n: number, of: string, ...changes: Change[]) =>
  copy(`content/phases/phase-${n}.mdx`, of, { set: { label: `Phase ${n}` } }, ...changes);
/** A mistake that `edits` make, in the content folder of the first of them in content/. */
function mistake(id: string, heading: string, edits: Edit | Edit[], lines: string[]): Mistake {
  const all = [edits].flat();
  const folder = all.map(({ file }) => /^content\/(\w+)/.exec(file)?.[1]).find(Boolean) as Mistake['folder'];
  return { id, heading, folder, edits: all, lines };
}
/** A mistake in a folder's files. */
const inFiles = (...args: Parameters<typeof mistake>): Mistake => ({ ...mistake(...args), stopsFolder: true });
/** A mistake in the text of phase 1: `text` added below it, on line 18. */
const inText = (id: string, heading: string, text: string, lines: string[]) =>
  mistake(id, heading, { file: P1, append: `\n${text}\n` }, lines);

const WEB_ADDRESS = 'A web address is not https:// or is malformed';
const SAME_LABEL = 'Two pages have the same label';
const TAGS = "A tag runs code, shows another site or changes the page's look";
const CODE = 'The text holds code: braces, or a line that starts with import or export';
const WORDLESS = 'A heading or a link has no words';
const NOT_HTML = 'A tag is not HTML (a fragment, a name or attribute with a colon)';
const LINK_ADDRESS = "A link's address has a space or quote marks";
const NO_PAGE = 'A link goes to a page of this site that does not exist';
const NO_SECTION = 'A link goes to a section that does not exist';
/** The closing words of a section link's message. */
const SECTION_ADVICE =
  "A heading's id is its words in small letters joined by dashes (## The Cohort is #the-cohort): correct the link, or the heading it names.";
/** A link to a section that does not exist: found once every page is built. */
const sectionLink = (id: string, text: string, lines: string[]): Mistake => ({
  ...inText(id, NO_SECTION, text, lines),
  builtPages: true,
});
const IMAGE = 'A picture does not exist or its alt text does not describe it';
const PICTURE_PLACE = 'A picture is not in the images/ folder beside the page';

export const MISTAKES: Mistake[] = [
  // The fields of a page or a data file.
  mistake('missing-field', 'A required field is missing', { file: P1, remove: 'label' }, [
    'content/phases/phase-1.mdx: label: expected text, such as "Phase 1", but found nothing (the field is missing).',
  ]),
  mistake(
    'misspelled-field',
    'A field name is misspelled or unknown',
    { file: P2, replace: '\ntitle:', by: '\ntitel:' },
    [
      'content/phases/phase-2.mdx: titel: unknown field "titel": check its spelling. The fields allowed here are: title, label, years, summary, partners, funders, learnMore, sources.',
      'content/phases/phase-2.mdx: title: expected text, such as "Phase 1: Libraries Transforming Communities", but found nothing (the field is missing).',
    ],
  ),
  mistake(
    'year-in-words',
    'A value has the wrong type (a year in words)',
    { file: P1, set: { 'years.start': 'two thousand fourteen' } },
    [
      'content/phases/phase-1.mdx: years.start: expected a year written in digits, such as 2014, but found the text "two thousand fourteen".',
    ],
  ),
  mistake(
    'title-years',
    "A phase's title ends with its years",
    { file: P1, set: { title: 'Phase 1: Libraries Transforming Communities (2014-15)' } },
    [
      'content/phases/phase-1.mdx: title: the title "Phase 1: Libraries Transforming Communities (2014-15)" ends with years in parentheses, which the page adds by itself from years: (start and count): remove them from the title.',
    ],
  ),
  mistake('no-sources', 'A page lists no sources', { file: 'content/overview/index.mdx', remove: 'sources' }, [
    'content/overview/index.mdx: sources: this page shows facts, so it must list at least one source, but found nothing (the field is missing): add a sources: list with one item per source, each with title: and url: (see docs/editing.md).',
  ]),
  mistake('empty-sources', 'A page lists no sources', { file: P1, set: { sources: [] } }, [
    'content/phases/phase-1.mdx: sources: this page shows facts, so it must list at least one source, but found an empty list: add one item per source, each with title: and url: (see docs/editing.md).',
  ]),
  mistake('empty-field', 'A field is empty', { file: P1, set: { summary: '' } }, [
    'content/phases/phase-1.mdx: summary: must not be empty; write text such as "Learn more about Libraries Transforming Communities Phase 1.".',
  ]),
  mistake('no-years', 'The number of years is not 1 to 50', { file: P2, set: { 'years.count': 0 } }, [
    'content/phases/phase-2.mdx: years.count: expected a number of years from 1 to 50, but found 0.',
  ]),
  mistake(
    'http-address',
    WEB_ADDRESS,
    { file: P1, set: { learnMore: 'http://www.ala.org/tools/librariestransform/turning-outward' } },
    [
      'content/phases/phase-1.mdx: learnMore: expected a full web address starting with https://, such as https://www.ala.org/, but found "http://www.ala.org/tools/librariestransform/turning-outward".',
    ],
  ),
  mistake('malformed-address', WEB_ADDRESS, { file: P2, set: { 'sources.0.url': 'www.ala.org/about ltc' } }, [
    'content/phases/phase-2.mdx: sources[].url (item 1): expected a full web address starting with https://, such as https://www.ala.org/, but found "www.ala.org/about ltc".',
  ]),
  mistake(
    'feedback-address',
    'The feedback sentence does not hold one e-mail address',
    {
      file: 'content/site/settings.yaml',
      set: { 'feedback.sentence': 'We welcome your feedback! Please write to publicprograms at ala.org.' },
    },
    [
      'content/site/settings.yaml: feedback.sentence: expected a sentence with exactly one e-mail address, which becomes the e-mail link, such as "We welcome your feedback! Please write to publicprograms@ala.org.", but found no e-mail address in "We welcome your feedback! Please write to publicprograms at ala.org.".',
    ],
  ),
  // Rules across files compare valid entries only: these compare copies of the fixture's pages that
  // no other mistake edits, so that the phases' build, which makes every mistake at once, shows them.
  mistake(
    'copied-label',
    SAME_LABEL,
    [...newPhase(10, P2), ...copy('content/phases/phase-11.mdx', P2, { set: { label: 'Phase 10' } })],
    [
      "content/phases/phase-10.mdx and content/phases/phase-11.mdx both have label: Phase 10. The label is the name of the page's link in the navigation, so each page needs its own: write another label in one of them, such as label: Phase 11 in content/phases/phase-11.mdx.",
    ],
  ),
  mistake('overview-label', SAME_LABEL, copy('content/phases/overview.mdx', P2, { set: { label: 'Overview' } }), [
    "content/overview/index.mdx and content/phases/overview.mdx both have label: Overview. The label is the name of the page's link in the navigation, so each page needs its own: write another label in one of them, such as a short name of its own.",
  ]),
  mistake(
    'label-capitals',
    SAME_LABEL,
    [...newPhase(12, P1), ...copy('content/phases/phase-13.mdx', P1, { set: { label: 'phase  12' } })],
    [
      "content/phases/phase-12.mdx has label: Phase 12 and content/phases/phase-13.mdx has label: phase  12, which a screen reader reads as the same name (capitals and spaces aside). The label is the name of the page's link in the navigation, so each page needs its own: write another label in one of them, such as label: Phase 13 in content/phases/phase-13.mdx.",
    ],
  ),
  // YAML that cannot be read: each in a file of its own, whose other checks it stops.
  mistake(
    'quote-in-value',
    'A value has a quote mark or a colon inside it (not valid YAML)',
    copy('content/phases/phase-4.mdx', P1, {
      replace: "title: 'Phase 1: Libraries Transforming Communities'",
      by: 'title: Phase 1: the "Test" phase',
    }),
    [
      'content/phases/phase-4.mdx, line 2: the value of title has a quote mark inside it, which ends the value too early: write the line as title: \'Phase 1: the "Test" phase\' (single quotes around the value; or keep double quotes and write each " inside it as \\").',
    ],
  ),
  mistake(
    'colon-in-value',
    'A value has a quote mark or a colon inside it (not valid YAML)',
    copy('content/phases/phase-5.mdx', P1, { replace: 'label: Phase 1', by: 'label: Phase 1: the first' }),
    [
      "content/phases/phase-5.mdx, line 3: the value of label contains a colon followed by a space (\": \"), which starts a new field: write the line as label: 'Phase 1: the first' (the value in single quotes; write a ' inside it as '').",
    ],
  ),
  mistake(
    'invalid-yaml',
    'The frontmatter or a YAML file is not valid YAML (other causes)',
    copy('content/phases/phase-6.mdx', P1, { replace: 'label: Phase 1', by: '  label: Phase 1' }),
    [
      'content/phases/phase-6.mdx, line 3: the frontmatter (between the --- lines) is not valid YAML: a line is indented more or less than the fields beside it.',
    ],
  ),
  // The text of a page.
  mistake(
    'unclosed-tag',
    'The text of a page is not valid MDX (an unclosed tag)',
    { file: P2, append: '\n<div>\nThe cohort\n' },
    ['content/phases/phase-2.mdx, line 18: the page text is not valid MDX: Expected a closing tag for `<div>`'],
  ),
  inText('space-in-link', LINK_ADDRESS, 'See [the e-course](https://www.ala.org/online learning).', [
    'content/phases/phase-1.mdx, line 18: the link "[the e-course](https://www.ala.org/online learning)" has a space in its address, so the page would show it as plain text: remove the space, or write each space in the address as %20: [the e-course](https://www.ala.org/online%20learning).',
  ]),
  inText('curly-quotes', LINK_ADDRESS, 'Read [ALA’s page](“https://www.ala.org/”).', [
    'content/phases/phase-1.mdx, line 18: the link “https://www.ala.org/” is written with curly quotes (“ ”) around its address: remove them and write the address alone between the round brackets, such as [ALA](https://www.ala.org/).',
  ]),
  inText('script', TAGS, '<script>alert("hello")</script>', [
    'content/phases/phase-1.mdx, line 18: <script> runs code, which this site does not allow: remove it; a page holds text, links and pictures.',
  ]),
  inText('iframe', TAGS, '<iframe src="https://www.youtube.com/embed/abc123" title="A video"></iframe>', [
    'content/phases/phase-1.mdx, line 18: <iframe> embeds another site or a media player in the page, which this site does not allow (its security policy would show an empty box): write a link to it instead, such as [Watch the video](https://www.youtube.com/watch?v=abc123).',
  ]),
  inText('style-tag', TAGS, '<style>p</style>', [
    'content/phases/phase-1.mdx, line 18: <style> restyles the page, which this site does not allow: remove it; the site styles headings, lists and links by itself (write **bold** for emphasis).',
  ]),
  inText('button', TAGS, '<button>Send</button>', [
    'content/phases/phase-1.mdx, line 18: <button> builds a form (this site sends none), which this site does not allow: remove it, and link to the page that holds the form, such as [Register](https://…).',
  ]),
  inText('meta', TAGS, '<meta name="robots" content="noindex" />', [
    "content/phases/phase-1.mdx, line 18: <meta> changes the page's head, which this site does not allow: remove it; the site writes the page's title, description and links by itself.",
  ]),
  inText('component', TAGS, '<YouTube id="abc123" />', [
    'content/phases/phase-1.mdx, line 18: <YouTube> is not a component this site provides (it provides none for pages): remove it and write Markdown, such as a link [Watch the video](https://…).',
  ]),
  inText('onclick', TAGS, 'Read <a href="/phase-2/" onclick="track()">Phase 2</a>.', [
    'content/phases/phase-1.mdx, line 18: the attribute onclick= on <a> runs code when a visitor acts, which this site does not allow: remove the attribute.',
  ]),
  inText('style-attribute', TAGS, '<span style="color: red">Red</span>', [
    'content/phases/phase-1.mdx, line 18: the attribute style= on <span> restyles the page, which this site does not allow: remove the attribute; for emphasis write **bold** or _italic_.',
  ]),
  inText('javascript-link', TAGS, 'Run [this](javascript:alert(1)).', [
    'content/phases/phase-1.mdx, line 18: the link "javascript:alert(1)" runs code, which this site does not allow: link to a web page (https://…), an e-mail address (mailto:…), a phone number (tel:…) or a page of this site (/phase-1/).',
  ]),
  inText('svg', TAGS, '<svg><circle r="4" /></svg>', [
    'content/phases/phase-1.mdx, line 18: <svg> is a drawing or a formula written as code in the page, which this site does not allow: save it as a PNG file and show it in Markdown, such as ![Describe the picture](./images/NAME.png), with the file in the images/ folder beside the page.',
  ]),
  inText('img-tag', TAGS, '<img src="./images/cohort.jpg" alt="The cohort" />', [
    'content/phases/phase-1.mdx, line 18: <img> shows a picture at its full size, to phones too, which this site does not allow: write it in Markdown, such as ![Describe the picture](./images/NAME.png), with the file in the images/ folder beside the page.',
  ]),
  inText('ping', TAGS, 'Read <a href="/phase-2/" ping="https://www.example.org/">Phase 2</a>.', [
    'content/phases/phase-1.mdx, line 18: the attribute ping= on <a> loads a file or sends a request to an address, which this site does not allow: remove the attribute.',
  ]),
  inText('srcset', TAGS, '<source srcset="./images/cohort.jpg 2x" />', [
    'content/phases/phase-1.mdx, line 18: the attribute srcset= on <source> loads a file or sends a request to an address, which this site does not allow: remove the attribute; the site makes the sizes of a Markdown picture itself.',
  ]),
  inText('fragment', NOT_HTML, '<>The cohort</>', [
    'content/phases/phase-1.mdx, line 18: the empty tags <> and </> are not HTML, which this site does not allow: remove them and keep the text between them.',
  ]),
  inText('colon-attribute', NOT_HTML, '<div set:html="x">The cohort</div>', [
    'content/phases/phase-1.mdx, line 18: the attribute set:html= on <div> is not an HTML attribute (their names have no colon), which this site does not allow: remove the attribute.',
  ]),
  inText('level-one-heading', 'A heading in the text is a level-1 heading', '# Partners', [
    'content/phases/phase-1.mdx, line 18: the heading "# Partners" is a level-1 heading, but the page\'s title is already its only one: write ## Partners (two #) for a section of the page.',
  ]),
  mistake(
    'html-comment',
    'An HTML comment is in the text of a page',
    { file: 'content/overview/index.mdx', append: '\n<!-- A note for the next editor -->\n' },
    [
      'content/overview/index.mdx, line 14: an HTML comment (<!-- … -->) is not allowed in MDX: write a note for editors as {/* your note */}, which the page does not show.',
    ],
  ),
  inText('braces', CODE, 'The build machine says {process.env.PATH}.', [
    'content/phases/phase-1.mdx, line 18: {process.env.PATH} is code between braces, which this site does not allow (the build would run it and print its result on the page): to show a brace as text, write \\{ instead of {; for a note that visitors do not see, write {/* your note */}; to show a number or a name, write it as words.',
  ]),
  // A page of its own: MDX stops reading a page at such braces, and at the tag left open of unclosed-tag.
  mistake('unreadable-braces', CODE, newPhase(9, P2, { append: '\nThe { hello world } text.\n' }), [
    'content/phases/phase-9.mdx, line 18: the text has braces { } that MDX reads as code, which this site does not allow: to show a brace as text, write \\{ instead of {; for a note that visitors do not see, write {/* your note */} outside any tag (a note inside a tag, such as <a title={/* … */}>, is not allowed).',
  ]),
  // The build test proves none of it runs: the export would write code-ran.txt in the build's folder.
  inText(
    'code-lines',
    CODE,
    "import { writeFileSync } from 'node:fs'\nexport const ran = writeFileSync('code-ran.txt', 'ran')",
    [
      'content/phases/phase-1.mdx, line 18: the line "import { writeFileSync } from \'node:fs\'" is code (a line of the text that starts with import or export), which this site does not allow, since the build would run it: remove the line; if it is a sentence, start it with a capital letter (Import, Export) or another word.',
      "content/phases/phase-1.mdx, line 19: the line \"export const ran = writeFileSync('code-ran.txt', 'ran')\" is code (a line of the text that starts with import or export), which this site does not allow, since the build would run it: remove the line; if it is a sentence, start it with a capital letter (Import, Export) or another word.",
    ],
  ),
  inText('code-attribute', CODE, '<a href={link}>ALA</a>', [
    'content/phases/phase-1.mdx, line 18: the attribute href={link} on <a> is code between braces, which this site does not allow: write its value as text between double quotes, such as href="…".',
  ]),
  inText('code-among-attributes', CODE, '<a {...props}>ALA</a>', [
    'content/phases/phase-1.mdx, line 18: {...props} in the tag <a> is code between braces, which this site does not allow: remove it, and write each attribute as name="value", such as title="…".',
  ]),
  inText('note-in-tag', CODE, '<a href="/phase-2/" title={/* note */}>Phase 2</a>', [
    'content/phases/phase-1.mdx, line 18: the attribute title={/* … */} on <a> holds a note for editors, and notes are not allowed inside a tag: write the note after the tag, such as <a …>…</a> {/* your note */}, and the attribute\'s value as text, such as title="…".',
  ]),
  inText('empty-heading', WORDLESS, '## ', [
    'content/phases/phase-1.mdx, line 18: the heading "##" has no words, so a screen reader would announce an empty heading: write its words after the ##, such as ## Partners, or remove the line.',
  ]),
  inText('wordless-link', WORDLESS, 'Read [](https://www.ala.org/).', [
    'content/phases/phase-1.mdx, line 18: the link to "https://www.ala.org/" has no words, so visitors cannot see it and a screen reader reads no name for it: write the words a visitor clicks between the square brackets, such as [About LTC](https://www.ala.org/) (a picture in a link counts only by its alt text).',
  ]),
  inText('wordless-tag-link', WORDLESS, 'Read <a href="/phase-2/"></a>.', [
    'content/phases/phase-1.mdx, line 18: the link to "/phase-2/" has no words, so visitors cannot see it and a screen reader reads no name for it: write the words a visitor clicks between <a …> and </a>, such as <a href="/phase-2/">About LTC</a> (a picture in a link counts only by its alt text).',
  ]),
  // A page of its own: the phases' build adds text to phase 1.
  mistake(
    'no-text',
    'A page has no text',
    newPhase(15, P1, {
      replace: '\n## Turning Outward\n\nIn 2014, ALA partnered with the Harwood Institute for Public Innovation.\n',
      by: '',
    }),
    [
      "content/phases/phase-15.mdx, line 13: the page has no text: write the page's text below its fields (after the second --- line), such as a paragraph about the phase.",
    ],
  ),
  inText('no-such-page', NO_PAGE, 'See [Phase 99](/phase-99/).', [
    'content/phases/phase-1.mdx, line 18: the link "/phase-99/" goes to no page of this site. The pages are: /, /phase-1/, /phase-2/; a file must be in public/ (/phase-99/ would be public/phase-99/).',
  ]),
  sectionLink('section-link', 'Read [Turning Outward](#turning-outwards).', [
    `content/phases/phase-1.mdx, line 18: the link "#turning-outwards" goes to no section of this page: it has no id "turning-outwards"; the closest ids it has are #turning-outward, #guide-graphic, #main. ${SECTION_ADVICE}`,
  ]),
  sectionLink('page-section-link', 'See [Models for Change](/phase-2/#models-of-change).', [
    `content/phases/phase-1.mdx, line 18: the link "/phase-2/#models-of-change" goes to no section of the page /phase-2/: it has no id "models-of-change"; the closest ids it has are #models-for-change, #facts-heading, #sources-heading. ${SECTION_ADVICE}`,
  ]),
  // A page of its own: MDX stops reading a page at the address, as at unclosed-tag's tag.
  mistake(
    'autolink',
    'An address is written between < and >',
    newPhase(16, P2, { append: '\nSee <https://www.ala.org/>.\n' }),
    [
      'content/phases/phase-16.mdx, line 18: the address <https://www.ala.org/> is written between < and >, which MDX reads as a tag: write the address alone, https://www.ala.org/, and it becomes a link by itself, or give it words, [ALA](https://www.ala.org/).',
    ],
  ),
  inText('task-list', 'A list item starts with [ ] or [x] (a task list)', '- [x] Invite the partners', [
    'content/phases/phase-1.mdx, line 18: the list item starts with [ ] or [x], which makes a checkbox that visitors cannot tick and a screen reader names nothing, which this site does not allow: write the item without the brackets, such as - Done: the first workshop.',
  ]),
  inText('relative-link', NO_PAGE, 'See [Phase 99](./phase-99/).', [
    'content/phases/phase-1.mdx, line 18: the link "./phase-99/" does not start with /. Write links to pages of this site from the site root, such as /phase-1/. The pages are: /, /phase-1/, /phase-2/.',
  ]),
  inText('image', IMAGE, '![](./images/nope.png)', [
    'content/phases/phase-1.mdx, line 18: the image "./images/nope.png" has no alt text: describe the picture between the square brackets, such as ![Map of the ten cohort libraries](./images/nope.png).',
    'content/phases/phase-1.mdx, line 18: the image "./images/nope.png" does not exist: there is no file nope.png in the images/ folder beside the page. Put the file there or correct the path.',
  ]),
  mistake(
    'alt-file-name',
    IMAGE,
    [
      { file: 'content/phases/images/cohort.jpg', text: 'a photo\n' },
      { file: P1, append: '\n![IMG_1234.jpg](./images/cohort.jpg)\n' },
    ],
    [
      'content/phases/phase-1.mdx, line 18: the image "./images/cohort.jpg" has a file name as its alt text ("IMG_1234.jpg"), which tells someone who cannot see it nothing: describe what the picture shows between the square brackets, such as ![Map of the ten cohort libraries](./images/cohort.jpg).',
    ],
  ),

  inText('picture-in-public', PICTURE_PLACE, '![Map of the cohort](/images/map.png)', [
    'content/phases/phase-1.mdx, line 18: the image "/images/map.png" is a file of public/, which reaches phones at its full size: put the file in the images/ folder beside the page (such as content/phases/images/map.png) and write ./images/map.png.',
  ]),
  inFiles(
    'picture-kind',
    'A picture is an SVG, a HEIC or a file of another kind',
    [
      {
        file: 'content/phases/images/map.svg',
        text: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>\n',
      },
      { file: 'content/phases/images/IMG_1234.HEIC', text: 'a photo in HEIC\n' },
    ],
    [
      "content/phases/images/IMG_1234.HEIC: a HEIC picture (an iPhone's photo format) shows in few browsers: save it as JPEG (on the iPhone, Settings > Camera > Formats > Most Compatible; on a Mac, open it in Preview and choose File > Export > JPEG) and show the .jpg file.",
      'content/phases/images/map.svg: an SVG picture can carry script, which this site does not allow: export it as PNG from the program that drew it and show that file.',
    ],
  ),
  inFiles(
    'picture-too-large',
    'A picture is larger than 10 MB',
    { file: 'content/phases/images/scan.png', text: '0'.repeat(12_000_000) },
    [
      'content/phases/images/scan.png: the picture is 12 MB, more than the 10 MB this site takes: save it again as JPEG at 4,000 pixels across or fewer (about 3 MB), and show that file.',
    ],
  ),
  // Resource cards.
  mistake(
    'download-space',
    "A download's file name has a space",
    { file: 'content/resources/e-course.yaml', set: { href: '/downloads/Leading Conversations.pdf' } },
    [
      'content/resources/e-course.yaml: href: the file name in "/downloads/Leading Conversations.pdf" has a space, and a web address cannot: rename the file public/downloads/Leading Conversations.pdf to leading-conversations.pdf and write /downloads/leading-conversations.pdf.',
    ],
  ),
  mistake(
    'download-kind',
    'A download is not a kind of document the site offers',
    [
      { file: 'public/downloads/handout.html', text: '<script>alert(1)</script>\n' },
      ...copy('content/resources/handout.yaml', 'content/resources/guide.yaml', {
        set: { order: 3, href: '/downloads/handout.html' },
      }),
    ],
    [
      'content/resources/handout.yaml: href: "/downloads/handout.html" is not a kind of file this site offers for download: a file in the downloads folder must end in .pdf, .docx, .xlsx, .pptx, .odt, .ods, .odp, .epub, .txt, .csv or .zip. A web page or picture (.html, .svg) is refused because a browser could run code in it; save the document as PDF and link that.',
    ],
  ),
  mistake(
    'download-missing',
    'A download is not in public/',
    { file: 'content/resources/guide.yaml', set: { href: '/downloads/nope.pdf' } },
    [
      'content/resources/guide.yaml: href is "/downloads/nope.pdf", but there is no file public/downloads/nope.pdf. Put the file in public/downloads/ or correct the path.',
    ],
  ),
  // The files of a folder.
  inFiles(
    'empty-folder',
    'A content folder is empty or missing',
    [
      { file: P1, delete: true },
      { file: P2, delete: true },
    ],
    ['The folder content/phases/ is empty. It must hold at least one phase page (a .mdx file).'],
  ),
  inFiles('missing-folder', 'A content folder is empty or missing', { file: 'content/resources', delete: true }, [
    'The folder content/resources/ is missing. It must hold at least one resource card (a .yaml or .yml file).',
  ]),
  inFiles(
    'not-loaded',
    'A file in a content folder would not be loaded',
    [
      { file: 'content/phases/phase-3.md.txt', copyOf: P2 },
      { file: 'content/phases/phase-4.MDX', copyOf: P2 },
    ],
    [
      'content/phases/phase-3.md.txt would not be loaded: the build only reads .mdx files here: rename it to end in .mdx, or move it out of content/phases/.',
      'content/phases/phase-4.MDX would not be loaded: rename it to end in .mdx (lower case).',
    ],
  ),
  inFiles(
    'name-not-address',
    "A phase file's name is not an address",
    { file: P2, renameTo: 'content/phases/Phase 2.mdx' },
    [
      "content/phases/Phase 2.mdx: the file's name is the page's address, so it may hold only lower-case letters, digits and dashes: rename it to content/phases/phase-2.mdx.",
    ],
  ),
  inFiles(
    'second-settings-file',
    'A folder holds a second overview page or settings file',
    { file: 'content/site/old.yaml', copyOf: 'content/site/settings.yaml' },
    [
      'The folder content/site/ holds 2 files (content/site/old.yaml, content/site/settings.yaml). It must hold exactly one settings file: keep one and move the others out of content/.',
    ],
  ),
];

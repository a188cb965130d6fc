import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Collection, MarkdownField } from '@sveltia/cms';
import { OVERVIEW, PHASES, RESOURCES, SITE } from '../content-checks/folders.ts';
import { CARD_ORDER, PHASE_ORDER } from '../content-checks/order.ts';
import { PICTURE_KINDS, PICTURES_FOLDER } from '../content-checks/pictures.ts';
import { ADDRESS_NAME } from '../lib/file-names.ts';
import { formFields } from './form-fields.ts';

/*
 * The CMS's collections: the same folders, file types and schemas as src/content.config.ts, in
 * the configuration format of Sveltia CMS (a subset of Decap's). Field lists come from the schemas.
 */

/**
 * What the form refuses in a picture of the text before it is saved: no alt text, or a file the site
 * does not show (src/content-checks/pictures.ts and content-links.ts check every picture at the build).
 */
const PICTURE_PATTERN = String.raw`^(?![\s\S]*!\[\s*\]\()(?![\s\S]*!\[[^\]]*\]\([^)\s]*\.(?:svgz?|SVGZ?|hei[cf]|HEI[CF])[)\s])[\s\S]*$`;

/** The MDX text below the frontmatter, in raw mode: the rich-text mode rewrites Markdown on save. */
const body: MarkdownField = {
  name: 'body',
  label: 'Text',
  widget: 'markdown',
  required: true,
  modes: ['raw'],
  // Sveltia draws a hint's Markdown: the picture between backticks is shown as written, not drawn.
  hint: 'The text of the page, in Markdown: ## for a heading, - for a list item, **bold**, [a link](https://www.example.org/), a picture uploaded under Assets `![What it shows](./images/photo.jpg "A caption")`. docs/editing.md lists what the text may hold.',
  pattern: [
    PICTURE_PATTERN,
    `Each picture needs words between its square brackets that say what it shows, such as ![Ten librarians at the first workshop](./images/photo.jpg), and must be a ${PICTURE_KINDS.join(', ')} file: save an SVG as PNG and an iPhone's HEIC photo as JPEG.`,
  ],
};

/**
 * Where the pictures of a page's text are uploaded (under Assets): the images/ folder beside the
 * page, written as ./images/NAME in the text (docs/editing.md, "Add a picture").
 */
const pictures = (folder: string) => ({
  media_folder: `/${folder}/${PICTURES_FOLDER}`,
  public_folder: `./${PICTURES_FOLDER}`,
});

/** The one file of a folder that holds exactly one (the overview page, the settings). */
function onlyFile(root: string, { folder, extensions }: { folder: string; extensions: readonly string[] }): string {
  const files = readdirSync(join(root, folder)).filter((file) => extensions.includes(extname(file)));
  if (files.length !== 1) {
    throw new Error(
      `${folder}/ must hold exactly one ${extensions.join(' or ')} file for the CMS, but it holds ${files.length}.`,
    );
  }
  return `${folder}/${files[0]}`;
}

/** The CMS collections of the content in `root` (the project, or a copy of it). */
export function cmsCollections(root: string): Collection[] {
  return [
    {
      name: 'overview',
      label: 'Home page',
      description: OVERVIEW.schema.description,
      icon: 'home',
      ...pictures(OVERVIEW.folder),
      files: [
        {
          name: 'overview',
          label: 'Home page',
          file: onlyFile(root, OVERVIEW),
          format: 'yaml-frontmatter',
          fields: [...formFields(OVERVIEW.schema, 'src/schemas/overview.ts'), body],
        },
      ],
    },
    {
      name: 'phases',
      label: 'Phases',
      label_singular: 'Phase',
      description: PHASES.schema.description,
      icon: 'timeline',
      folder: PHASES.folder,
      ...pictures(PHASES.folder),
      extension: 'mdx',
      format: 'yaml-frontmatter',
      create: true,
      delete: true,
      identifier_field: 'label',
      // As the site orders them (src/content-checks/order.ts).
      summary: '{{years.start}}: {{label}}',
      sortable_fields: { fields: [...PHASE_ORDER], default: { field: PHASE_ORDER[0], direction: 'ascending' } },
      slug: {
        // The address is typed (or taken from the label) when the phase is created, and kept
        // after: renaming the file would move the page and break links to it.
        template: '{{label}}',
        editable: ['create'],
        hint: 'The address of the new page: phase-3 makes /phase-3/. Lower-case letters, digits and dashes.',
        pattern: [
          ADDRESS_NAME.source,
          'Use lower-case letters, digits and dashes only, such as phase-3: it is the address of the page.',
        ],
      },
      fields: [...formFields(PHASES.schema, 'src/schemas/phase.ts'), body],
    },
    {
      name: 'resources',
      label: 'Resource cards',
      label_singular: 'Resource card',
      description: RESOURCES.schema.description,
      icon: 'library_books',
      folder: RESOURCES.folder,
      extension: 'yaml',
      format: 'yaml',
      create: true,
      delete: true,
      identifier_field: 'title',
      summary: '{{order}}. {{title}}',
      sortable_fields: { fields: [...CARD_ORDER], default: { field: CARD_ORDER[0], direction: 'ascending' } },
      slug: {
        template: '{{title}}',
        editable: ['create'],
        hint: 'The name of the new file, such as toolkit: lower-case letters, digits and dashes.',
        pattern: [ADDRESS_NAME.source, 'Use lower-case letters, digits and dashes only, such as toolkit.'],
      },
      fields: formFields(RESOURCES.schema, 'src/schemas/resource.ts'),
    },
    {
      name: 'site',
      label: 'Settings',
      description: SITE.schema.description,
      icon: 'settings',
      files: [
        {
          name: 'settings',
          label: 'Site settings',
          file: onlyFile(root, SITE),
          format: 'yaml',
          fields: formFields(SITE.schema, 'src/schemas/settings.ts'),
        },
      ],
    },
  ];
}

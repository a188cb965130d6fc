import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Collection, MarkdownField } from '@sveltia/cms';
import type { z } from 'astro/zod';
import { overviewSchema } from '../schemas/overview';
import { phaseBuildOnly, phaseSchema } from '../schemas/phase';
import { resourceSchema } from '../schemas/resource';
import { settingsBuildOnly, settingsSchema } from '../schemas/settings';
import type { BuildOnlyRules } from '../schemas/fields';
import { PICTURE_KINDS, PICTURES_FOLDER } from '../content-checks/pictures';
import { checkBuildOnly } from './build-only';
import { formFields, type FormField } from './form-fields';

/*
 * The CMS's collections: the same folders, file types and schemas as src/content.config.ts, in
 * the configuration format of Sveltia CMS (a subset of Decap's). Field lists come from the schemas.
 */

/**
 * A new phase's file name is its address: lower-case letters, digits and dashes, the rule of
 * src/content-checks/content-folder.ts (tests/unit/cms-config.test.ts holds them to each other).
 */
export const ADDRESS_PATTERN = '^[a-z0-9-]+$';

/**
 * What the form refuses in a picture of the text before it is saved: no alt text, or a file the site
 * does not show (src/content-checks/pictures.ts and content-links.ts check every picture at the build).
 */
export const PICTURE_PATTERN = String.raw`^(?![\s\S]*!\[\s*\]\()(?![\s\S]*!\[[^\]]*\]\([^)\s]*\.(?:svgz?|SVGZ?|hei[cf]|HEI[CF])[)\s])[\s\S]*$`;

/** The MDX text below the frontmatter, in raw mode: the rich-text mode rewrites Markdown on save. */
const body: MarkdownField = {
  name: 'body',
  label: 'Text',
  widget: 'markdown',
  required: true,
  modes: ['raw'],
  hint: 'The text of the page, in Markdown: ## for a heading, - for a list item, **bold**, [a link](https://www.example.org/), a picture uploaded under Assets ![What it shows](./images/photo.jpg "A caption"). docs/editing.md lists what the text may hold.',
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

/**
 * Rules across entries that the build checks (src/content.config.ts, src/content-checks/) and a
 * form of one entry cannot: the collection's description names them with the schema's own.
 */
const ACROSS_ENTRIES = {
  overview: ["the home page's label must differ from every phase's label"],
  phases: ['each phase needs its own order number', "each phase needs its own label, different from the home page's"],
  resources: [
    'each card needs its own order number',
    'a file of this site (/downloads/…) must be in public/downloads/',
  ],
  settings: [],
} as const;

/** The description of a schema (its .describe()), shown above the collection's entries, and the rules only the build checks. */
function about(schema: z.ZodType, rules: BuildOnlyRules, across: readonly string[]): string {
  const all = [...Object.values(rules).flat(), ...across];
  if (all.length === 0) return schema.description ?? '';
  return `${schema.description ?? ''} This form does not check these rules; the build does, and stops with a message: ${all.join('; ')}.`.trim();
}

/** The form fields of a schema, once its rules that the form cannot check are all declared. */
function schemaFields(schema: z.ZodType, where: string, rules: BuildOnlyRules): FormField[] {
  checkBuildOnly(schema, where, rules);
  return formFields(schema, where);
}

/** The one file of a folder that holds exactly one (the overview page, the settings). */
function onlyFile(root: string, folder: string, extensions: readonly string[]): string {
  const files = readdirSync(join(root, folder)).filter((file) =>
    extensions.some((extension) => file.endsWith(extension)),
  );
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
      description: about(overviewSchema, {}, ACROSS_ENTRIES.overview),
      icon: 'home',
      ...pictures('content/overview'),
      files: [
        {
          name: 'overview',
          label: 'Home page',
          file: onlyFile(root, 'content/overview', ['.mdx']),
          format: 'yaml-frontmatter',
          fields: [...schemaFields(overviewSchema, 'src/schemas/overview.ts', {}), body],
        },
      ],
    },
    {
      name: 'phases',
      label: 'Phases',
      label_singular: 'Phase',
      description: about(phaseSchema, phaseBuildOnly, ACROSS_ENTRIES.phases),
      icon: 'timeline',
      folder: 'content/phases',
      ...pictures('content/phases'),
      extension: 'mdx',
      format: 'yaml-frontmatter',
      create: true,
      delete: true,
      identifier_field: 'label',
      summary: '{{order}}. {{label}}',
      sortable_fields: { fields: ['order', 'label'], default: { field: 'order', direction: 'ascending' } },
      slug: {
        // The address is typed (or taken from the label) when the phase is created, and kept
        // after: renaming the file would move the page and break links to it.
        template: '{{label}}',
        editable: ['create'],
        hint: 'The address of the new page: phase-3 makes /phase-3/. Lower-case letters, digits and dashes.',
        pattern: [
          ADDRESS_PATTERN,
          'Use lower-case letters, digits and dashes only, such as phase-3: it is the address of the page.',
        ],
      },
      fields: [...schemaFields(phaseSchema, 'src/schemas/phase.ts', phaseBuildOnly), body],
    },
    {
      name: 'resources',
      label: 'Resource cards',
      label_singular: 'Resource card',
      description: about(resourceSchema, {}, ACROSS_ENTRIES.resources),
      icon: 'library_books',
      folder: 'content/resources',
      extension: 'yaml',
      format: 'yaml',
      create: true,
      delete: true,
      identifier_field: 'title',
      summary: '{{order}}. {{title}}',
      sortable_fields: { fields: ['order', 'title'], default: { field: 'order', direction: 'ascending' } },
      slug: {
        template: '{{title}}',
        editable: ['create'],
        hint: 'The name of the new file, such as toolkit: lower-case letters, digits and dashes.',
        pattern: [ADDRESS_PATTERN, 'Use lower-case letters, digits and dashes only, such as toolkit.'],
      },
      fields: schemaFields(resourceSchema, 'src/schemas/resource.ts', {}),
    },
    {
      name: 'site',
      label: 'Settings',
      description: about(settingsSchema, settingsBuildOnly, ACROSS_ENTRIES.settings),
      icon: 'settings',
      files: [
        {
          name: 'settings',
          label: 'Site settings',
          file: onlyFile(root, 'content/site', ['.yaml', '.yml']),
          format: 'yaml',
          fields: schemaFields(settingsSchema, 'src/schemas/settings.ts', settingsBuildOnly),
        },
      ],
    },
  ];
}

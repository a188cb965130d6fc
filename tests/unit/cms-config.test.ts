import type { FileField } from '@sveltia/cms';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveCmsBackend } from '../../src/cms/backend';
import { cmsConfig, cmsConfigYaml } from '../../src/cms/config';
import { formFields, pendingUpload, UnmappableSchemaError, type FormField } from '../../src/cms/form-fields';
import { overviewSchema } from '../../src/schemas/overview';
import { phaseSchema } from '../../src/schemas/phase';
import { DOWNLOAD_EXTENSIONS, DOWNLOAD_KINDS, HTTPS_URL_PATTERN, isHttpsUrl } from '../../src/schemas/fields';
import { resourceSchema } from '../../src/schemas/resource';
import { settingsSchema } from '../../src/schemas/settings';
import { CONTENT_ROOTS, cmsEntries } from '../support/cms-entries';
import { schemaFieldNodes } from '../support/schema-fields';
import { readFields } from '../support/site-content';
import { ROOT } from '../support/temp-site';

/*
 * One source of truth: the CMS form of each collection is made from its schema, so it asks for
 * every field the build reads, with the build's rules, and nothing else.
 */

const SCHEMAS: Record<string, z.ZodType> = {
  overview: overviewSchema,
  phases: phaseSchema,
  resources: resourceSchema,
  site: settingsSchema,
};

/** Every field of a form by the name the editing guide uses: years.start, partners[].name. */
function formPaths(fields: FormField[], prefix = ''): Map<string, FormField> {
  const paths = new Map<string, FormField>();
  for (const field of fields) {
    const path = prefix === '' ? field.name : `${prefix}.${field.name}`;
    paths.set(path, field);
    const inner = field.widget === 'list' ? `${path}[]` : path;
    if ('fields' in field)
      for (const [name, child] of formPaths(field.fields as FormField[], inner)) paths.set(name, child);
  }
  return paths;
}

/** The schema of one field, by the same name, through Zod's public API. */
function fieldSchema(schema: z.ZodType, path: string): z.ZodType {
  let current = schema;
  for (const part of path.replaceAll('[]', '.[]').split('.')) {
    while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    if (part === '[]') current = (current as z.ZodArray<z.ZodType>).element;
    else current = (current as z.ZodObject).shape[part] as z.ZodType;
  }
  return current;
}

/** Every text a file of both content sets holds, at any depth: what editors wrote, all valid. */
const contentTexts = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value
      ? Object.values(value).flatMap(contentTexts)
      : [];

/**
 * Values an editor might type into an address or e-mail field, good and bad, and every text of the
 * content: a form pattern must take exactly what the schema takes.
 */
const SAMPLES = [
  ...CONTENT_ROOTS.flatMap(({ root }) => cmsEntries(root).flatMap((entry) => contentTexts(readFields(entry.file)))),
  'https://www.example.org/',
  'https://www.ala.org/tools/librariestransform/libraries-transforming-communities/about-ltc',
  'https://www.example.org/a?b=1#c',
  'http://www.example.org/',
  'javascript:alert(1)',
  'www.example.org',
  'https://',
  'https://localhost/',
  ' https://www.example.org/',
  '/downloads/guide.pdf',
  '/downloads/reports/guide-2.pdf',
  '/downloads/My Guide.pdf',
  '/downloads/guide',
  '/downloads/page.html',
  '/downloads/picture.svg',
  '/downloads/guide.PDF',
  '/downloads/data.csv',
  'page.html',
  'picture.svg',
  '/elsewhere/guide.pdf',
  'publicprograms@ala.org',
  'first.last+tag@sub.example.org',
  'publicprograms at ala.org',
  'someone@',
  '@example.org',
  '',
];

/** The fields of each collection's form, whether it is a folder or a single file. */
const fields = new Map(cmsEntries(ROOT).map((entry) => [entry.collection, entry.fields]));

describe('the CMS configuration', () => {
  it('has one collection per schema', () => {
    expect([...fields.keys()].sort()).toEqual(Object.keys(SCHEMAS).sort());
  });

  for (const [collection, schema] of Object.entries(SCHEMAS)) {
    describe(`the form of ${collection}`, () => {
      const form = formPaths(fields.get(collection)!);
      const nodes = schemaFieldNodes(schema);
      const names = [...nodes.keys()];

      it('has every field of the schema, and no other but the MDX text', () => {
        expect([...form.keys()].filter((name) => name !== 'body').sort()).toEqual([...names].sort());
      });

      it.each(names)('%s: hint, required, pattern, limits, options and list size are those of the schema', (name) => {
        const { node, required } = nodes.get(name)!;
        const field = form.get(name)!;
        const zod = fieldSchema(schema, name);
        expect(node.description, `${name} has no .describe() in its schema`).toEqual(expect.any(String));
        expect(field.hint).toBe(node.description);
        expect(field.required).toBe(required);
        if ('pattern' in field && field.pattern) {
          const [pattern, message] = field.pattern;
          expect(message).toMatch(/^Expected .+\.$/);
          for (const value of SAMPLES) {
            // A file field also lets through a bare file name: an upload not yet saved holds one.
            if (field.widget === 'file' && new RegExp(pendingUpload(field.accept!)).test(value)) continue;
            expect(new RegExp(pattern).test(value), `"${value}"`).toBe(zod.safeParse(value).success);
          }
        }
        if (field.widget === 'number') {
          expect(field.value_type).toBe('int');
          expect(zod.safeParse(1.5).success).toBe(false);
          expect(field.min).toEqual(expect.any(Number));
          expect(zod.safeParse(field.min).success).toBe(true);
          expect(zod.safeParse(field.min! - 1).success).toBe(false);
          if (field.max !== undefined) {
            expect(zod.safeParse(field.max).success).toBe(true);
            expect(zod.safeParse(field.max + 1).success).toBe(false);
          }
        }
        if (field.widget === 'select') {
          for (const option of field.options) expect(zod.safeParse(option).success).toBe(true);
          expect(zod.safeParse(`${JSON.stringify(field.options)}-other`).success).toBe(false);
        }
        if (field.widget === 'list') expect(zod.safeParse([]).success).toBe(field.min === undefined);
      });
    });
  }

  const options = { root: ROOT, backend: resolveCmsBackend({}), siteUrl: 'http://localhost:4321/' };
  it('writes config.yml that reads back as the configuration, with the schemas in it', () => {
    const text = cmsConfigYaml(options);
    expect(parse(text)).toEqual(JSON.parse(JSON.stringify(cmsConfig(options))));
    expect(text).toContain(`hint: ${phaseSchema.shape.summary.description}`);
  });

  it('uploads a resource card file into public/downloads/ and writes its /downloads/ path', () => {
    const href = fields.get('resources')!.find((field) => field.name === 'href') as FileField;
    expect(href).toMatchObject({ widget: 'file', media_folder: '/public/downloads', public_folder: '/downloads' });
    // The upload dialog offers only the kinds the schema takes, and a pending upload of another kind is refused.
    expect(href.accept).toBe(DOWNLOAD_EXTENSIONS.map((ext) => `.${ext}`).join(','));
    // (Other kinds, pending or saved, are among the SAMPLES the pattern test runs.)
    expect(new RegExp(href.pattern![0]).test('guide.pdf')).toBe(true);
    expect(href.pattern![1]).toContain(DOWNLOAD_KINDS);
  });

  it("uploads a page's pictures beside it and refuses, in its text, a picture without alt text, an SVG or a HEIC", () => {
    const collections = cmsConfig(options).collections as unknown as Record<string, unknown>[];
    for (const folder of ['content/overview', 'content/phases'])
      expect(collections).toContainEqual(
        expect.objectContaining({ media_folder: `/${folder}/images`, public_folder: './images' }),
      );
    const body = fields.get('phases')!.find((field) => field.name === 'body') as { pattern: [string, string] };
    const accepts = (text: string) => new RegExp(body.pattern[0]).test(text);
    expect(accepts('Text.\n\n![The cohort](./images/cohort.jpg "Denver, 2015")\n\n[A link](/phase-1/)\n')).toBe(true);
    for (const text of [
      '![](./images/a.jpg)',
      'A.\n\n![ ](./images/a.png)',
      '![Map](./images/map.svg)',
      '![Me](./images/IMG_1.HEIC "x")',
    ])
      expect(accepts(`Intro.\n\n${text.toLowerCase() === text ? text : text.replace('HEIC', 'heic')}\n`), text).toBe(
        false,
      );
  });

  it('keeps the preview pane off, the MDX text in raw Markdown (the rich-text mode rewrites it), uploads named as addresses', () => {
    expect(cmsConfig(options)).toMatchObject({
      editor: { preview: false },
      output: { omit_empty_optional_fields: true },
      media_libraries: { default: { config: { slugify_filename: true } } },
      slug: { encoding: 'ascii', clean_accents: true },
    });
    for (const name of ['overview', 'phases']) {
      expect(fields.get(name)!.find((field) => field.name === 'body')).toMatchObject({
        widget: 'markdown',
        modes: ['raw'],
      });
    }
  });
});

// The form may refuse more than the build (a user name before the host), never less: a value it takes builds.
it("the form's https:// pattern accepts no address the schema's isHttpsUrl refuses", () => {
  // The two it takes, then what the form refuses: the schema too, but for a host without a name or a user name.
  const addresses = ['https://www.ala.org/', 'https://ala.org:8443/ltc?a=1#top', 'https://.org', 'https://u@ala.org/'];
  addresses.push('http://www.ala.org/', 'https://localhost/', 'https://www.ala.org/a b', 'www.ala.org');
  expect(addresses.filter((address) => HTTPS_URL_PATTERN.test(address))).toEqual(addresses.slice(0, 2));
  expect(addresses.filter((address) => HTTPS_URL_PATTERN.test(address) && !isHttpsUrl(address))).toEqual([]);
});

describe('formFields', () => {
  const unmappable: [string, z.ZodType][] = [
    ['a choice of types', z.strictObject({ value: z.union([z.string(), z.number()]) })],
    ['free-form keys', z.strictObject({ value: z.record(z.string(), z.string()) })],
    ['a date', z.strictObject({ value: z.date() })],
    ['a pattern without a message', z.strictObject({ value: z.string().regex(/^a+$/) })],
    ['a yes/no value', z.strictObject({ value: z.boolean() })],
    ['an exclusive limit', z.strictObject({ value: z.number().gt(0) })],
    [
      'an upload folder without the kinds of file it takes',
      z.strictObject({ value: z.string().meta({ uploadFolder: '/downloads/' }) }),
    ],
    ['a web address format the form has no rule for', z.strictObject({ value: z.url() })],
    ['an id format the form has no rule for', z.strictObject({ value: z.uuid() })],
    ['an email format without its pattern', z.strictObject({ value: z.string().meta({ format: 'email' }) })],
    ['a list of mixed items', z.strictObject({ value: z.tuple([z.string(), z.number()]) })],
    // Rules the form would leave out, so that an editor would meet them only when the build fails.
    [
      'a rule across fields',
      z.strictObject({ value: z.strictObject({ a: z.int(), b: z.int() }).refine((v) => v.b >= v.a) }),
    ],
    ['a superRefine', z.strictObject({ value: z.string().superRefine(() => undefined) })],
    ['a refinement of a text without its pattern', z.strictObject({ value: z.string().refine(Boolean) })],
  ];

  it.each(unmappable)('stops the build on %s, naming the schema and the field', (_name, schema) => {
    expect(() => formFields(schema, 'src/schemas/example.ts')).toThrow(UnmappableSchemaError);
    expect(() => formFields(schema, 'src/schemas/example.ts')).toThrow(/^src\/schemas\/example\.ts: .*"value"/);
  });

  it('names the format it has no rule for', () => {
    const withMessage = z.strictObject({ value: z.url().meta({ patternMessage: 'Expected an address.' }) });
    expect(() => formFields(withMessage, 'x')).toThrow(/no format "uri"/);
  });

  it("labels a field with the schema's title, and otherwise with its name in words", () => {
    const schema = z.strictObject({
      graphicAlt: z.string().describe('What a screen reader says.').meta({ title: 'Picture description' }),
      summary: z.string(),
    });
    expect(formFields(schema, 'x').map((field) => field.label)).toEqual(['Picture description', 'Summary']);
  });

  it('maps a list of texts to a list of one field', () => {
    expect(formFields(z.strictObject({ tags: z.array(z.string()).min(1) }), 'x')).toEqual([
      {
        name: 'tags',
        label: 'Tags',
        widget: 'list',
        required: true,
        min: 1,
        field: { name: 'tag', label: 'Tag', widget: 'string', required: true },
      },
    ]);
  });
});

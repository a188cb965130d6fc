import type { FileField, MarkdownField } from '@sveltia/cms';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveCmsBackend } from '../../src/cms/backend';
import { cmsConfig, cmsConfigYaml } from '../../src/cms/config';
import { formFields, pendingUpload, UnmappableSchemaError } from '../../src/cms/form-fields';
import { FOLDERS } from '../../src/content-checks/folders';
import { DOWNLOAD_EXTENSIONS, DOWNLOAD_KINDS } from '../../src/schemas/fields';
import { formPaths } from '../support/cms-config';
import { cmsEntries, textsIn } from '../support/cms-entries';
import { SITES } from '../support/sites';
import { readFields } from '../support/site-content';
import { ROOT } from '../support/temp-site';

/*
 * One source of truth: the CMS form of each collection is made from its schema, so it asks for
 * every field the build reads, with the build's rules, and nothing else.
 */

type SchemaField = { zod: z.ZodType; hint: string | undefined; required: boolean };

/**
 * Every field of a schema by the same names, through Zod's public API: its schema without
 * .optional() or .default(), its description, and whether the build requires it.
 */
function schemaPaths(schema: z.ZodObject, prefix = ''): Map<string, SchemaField> {
  const paths = new Map<string, SchemaField>();
  for (const [name, field] of Object.entries<z.ZodType>(schema.shape)) {
    let zod = field;
    while (zod instanceof z.ZodOptional || zod instanceof z.ZodDefault) zod = zod.unwrap() as z.ZodType;
    paths.set(prefix + name, { zod, hint: field.description, required: !field.safeParse(undefined).success });
    const [inner, path] = zod instanceof z.ZodArray ? [zod.element, `${prefix + name}[].`] : [zod, `${prefix + name}.`];
    if (inner instanceof z.ZodObject) for (const entry of schemaPaths(inner, path)) paths.set(...entry);
  }
  return paths;
}

/**
 * Values an editor might type into an address or e-mail field, good and bad, and every text of the
 * content: a form pattern must take exactly what the schema takes. (The form may refuse more than the
 * build, such as a user name before the host or a host name that starts with a dot, never less.)
 */
const SAMPLES = [
  // Every text of both content sets: what editors wrote, all valid.
  ...SITES.flatMap(({ contentRoot }) => cmsEntries(contentRoot).flatMap((entry) => textsIn(readFields(entry.file)))),
  // Web addresses.
  ...['https://www.example.org/', 'https://www.example.org/a?b=1#c', 'https://ala.org:8443/ltc?a=1#top'],
  ...['http://www.example.org/', 'javascript:alert(1)', 'www.example.org', 'https://', 'https://localhost/'],
  ...[' https://www.example.org/', 'https://www.example.org/a b'],
  // Paths of files for download, and bare file names.
  ...['/downloads/guide.pdf', '/downloads/reports/guide-2.pdf', '/downloads/My Guide.pdf', '/downloads/guide'],
  ...['/downloads/page.html', '/downloads/picture.svg', '/downloads/guide.PDF', '/downloads/data.csv'],
  ...['page.html', 'picture.svg', '/elsewhere/guide.pdf'],
  // E-mail addresses, and nothing.
  ...['publicprograms@ala.org', 'first.last+tag@sub.example.org', 'publicprograms at ala.org', 'someone@'],
  ...['@example.org', ''],
];

/** The fields of each collection's form, whether it is a folder or a single file. */
const fields = new Map(cmsEntries(ROOT).map((entry) => [entry.collection, entry.fields]));
const options = { root: ROOT, backend: resolveCmsBackend({}), siteUrl: 'http://localhost:4321/' };

describe('the CMS configuration', () => {
  it('has one collection per content folder, by its name', () => {
    expect([...fields.keys()].sort()).toEqual(Object.keys(FOLDERS).sort());
  });

  describe.each(Object.entries(FOLDERS))('the form of %s', (collection, { schema }) => {
    const form = formPaths(fields.get(collection)!);
    const paths = schemaPaths(schema);

    it('has every field of the schema, and no other but the MDX text', () => {
      expect([...form.keys()].filter((name) => name !== 'body').sort()).toEqual([...paths.keys()].sort());
    });

    it.each([...paths])('%s: hint, required, pattern, limits, options and list size of the schema', (name, of) => {
      const { zod, hint, required } = of;
      const field = form.get(name)!;
      expect(hint, `${name} has no .describe() in its schema`).toEqual(expect.any(String));
      expect(field.hint).toBe(hint);
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
        // Without a minimum in the form, [undefined, true] fails: the schema refuses an empty value.
        const limits: [number | undefined, boolean][] = [
          [1.5, false],
          [field.min, true],
          [field.min! - 1, false],
        ];
        if (field.max !== undefined) limits.push([field.max, true], [field.max + 1, false]);
        for (const [value, valid] of limits) expect(zod.safeParse(value).success, String(value)).toBe(valid);
      }
      if (field.widget === 'select') {
        for (const option of field.options) expect(zod.safeParse(option).success).toBe(true);
        expect(zod.safeParse(`${JSON.stringify(field.options)}-other`).success).toBe(false);
      }
      if (field.widget === 'list') expect(zod.safeParse([]).success).toBe(field.min === undefined);
    });
  });

  it('writes config.yml that reads back as the configuration, with the schemas in it', () => {
    const text = cmsConfigYaml(options);
    expect(parse(text)).toEqual(JSON.parse(JSON.stringify(cmsConfig(options))));
    expect(text).toContain(`hint: ${FOLDERS.phases.schema.shape.summary.description}`);
  });

  it('uploads a resource card file into public/downloads/ and writes its /downloads/ path', () => {
    const href = formPaths(fields.get('resources')!).get('href') as FileField;
    expect(href).toMatchObject({ widget: 'file', media_folder: '/public/downloads', public_folder: '/downloads' });
    // The upload dialog offers only the kinds the schema takes; a pending upload of another kind is
    // refused (other kinds, pending or saved, are among the SAMPLES the pattern test runs).
    expect(href.accept).toBe(DOWNLOAD_EXTENSIONS.map((ext) => `.${ext}`).join(','));
    expect(new RegExp(href.pattern![0]).test('guide.pdf')).toBe(true);
    expect(href.pattern![1]).toContain(DOWNLOAD_KINDS);
  });

  it("uploads a page's pictures beside it and refuses, in its text, a picture without alt text, an SVG or a HEIC", () => {
    for (const folder of ['content/overview', 'content/phases'])
      expect(cmsConfig(options).collections).toContainEqual(
        expect.objectContaining({ media_folder: `/${folder}/images`, public_folder: './images' }),
      );
    const body = new RegExp((formPaths(fields.get('phases')!).get('body') as MarkdownField).pattern![0]);
    expect(body.test('Text.\n\n![The cohort](./images/cohort.jpg "Denver, 2015")\n\n[A link](/phase-1/)\n')).toBe(true);
    const refused = ['![](./images/a.jpg)', 'A.\n\n![ ](./images/a.png)', '![Map](./images/map.svg)'];
    refused.push('![Me](./images/IMG_1.heic "x")', '![Me](./images/IMG_1.HEIC)');
    for (const text of refused) expect(body.test(`Intro.\n\n${text}\n`), text).toBe(false);
  });

  it('keeps the preview pane off, the MDX text in raw Markdown (the rich-text mode rewrites it), uploads named as addresses', () => {
    expect(cmsConfig(options)).toMatchObject({
      editor: { preview: false },
      output: { omit_empty_optional_fields: true },
      media_libraries: { default: { config: { slugify_filename: true } } },
      slug: { encoding: 'ascii', clean_accents: true },
    });
    for (const name of ['overview', 'phases'])
      expect(formPaths(fields.get(name)!).get('body')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
  });
});

describe('formFields', () => {
  /** A schema with one field, "value". */
  const one = (value: z.ZodType) => z.strictObject({ value });
  it.each([
    ['a choice of types', one(z.union([z.string(), z.number()]))],
    ['free-form keys', one(z.record(z.string(), z.string()))],
    ['a date', one(z.date())],
    ['a pattern without a message', one(z.string().regex(/^a+$/))],
    ['a yes/no value', one(z.boolean())],
    ['an exclusive limit', one(z.number().gt(0))],
    ['an upload folder without the kinds of file it takes', one(z.string().meta({ uploadFolder: '/downloads/' }))],
    ['a web address format the form has no rule for', one(z.url())],
    ['an id format the form has no rule for', one(z.uuid())],
    ['an email format without its pattern', one(z.string().meta({ format: 'email' }))],
    ['a list of mixed items', one(z.tuple([z.string(), z.number()]))],
    // Rules the form would leave out, so that an editor would meet them only when the build fails.
    ['a rule across fields', one(z.strictObject({ a: z.int(), b: z.int() }).refine((v) => v.b >= v.a))],
    ['a superRefine', one(z.string().superRefine(() => undefined))],
    ['a refinement of a text without its pattern', one(z.string().refine(Boolean))],
  ])('stops the build on %s, naming the schema and the field', (_name, schema) => {
    expect(() => formFields(schema, 'src/schemas/example.ts')).toThrow(UnmappableSchemaError);
    expect(() => formFields(schema, 'src/schemas/example.ts')).toThrow(/^src\/schemas\/example\.ts: .*"value"/);
  });

  it('names the format it has no rule for', () => {
    expect(() => formFields(one(z.url().meta({ patternMessage: 'Expected an address.' })), 'x')).toThrow(
      /no format "uri"/,
    );
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

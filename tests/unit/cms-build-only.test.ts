import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkBuildOnly, unmirroredRefinements } from '../../src/cms/build-only';
import { cmsCollections } from '../../src/cms/collections';
import { UnmappableSchemaError } from '../../src/cms/form-fields';
import { overviewSchema } from '../../src/schemas/overview';
import { phaseBuildOnly, phaseSchema } from '../../src/schemas/phase';
import { resourceSchema } from '../../src/schemas/resource';
import { settingsBuildOnly, settingsSchema } from '../../src/schemas/settings';
import { ROOT } from '../support/temp-site';

/** Each collection's schema and the rules it declares as checked only by the build. */
const SCHEMAS: [string, z.ZodType, Record<string, readonly string[]>][] = [
  ['overview', overviewSchema, {}],
  ['phases', phaseSchema, phaseBuildOnly],
  ['resources', resourceSchema, {}],
  ['site', settingsSchema, settingsBuildOnly],
];

describe('rules the CMS form cannot check', () => {
  it.each(SCHEMAS)(
    '%s: every refinement of the schema is declared, and no declared one is gone',
    (_name, schema, rules) => {
      expect(Object.fromEntries(unmirroredRefinements(schema))).toEqual(
        Object.fromEntries(Object.entries(rules).map(([path, list]) => [path, list.length])),
      );
    },
  );

  it.each(SCHEMAS)("%s: the collection's description names each of them", (name, _schema, rules) => {
    const collection = cmsCollections(ROOT).find((item) => item.name === name)!;
    for (const rule of Object.values(rules).flat()) expect(String(collection['description'])).toContain(rule);
  });

  it('stops the build on a refinement nobody declared, naming the schema and where it sits', () => {
    const schema = z.strictObject({
      span: z.strictObject({ a: z.int(), b: z.int() }).refine((value) => value.b >= value.a),
    });
    expect(() => checkBuildOnly(schema, 'src/schemas/example.ts', {})).toThrow(UnmappableSchemaError);
    expect(() => checkBuildOnly(schema, 'src/schemas/example.ts', {})).toThrow(
      /^src\/schemas\/example\.ts: "span" has 1 rule/,
    );
    expect(() => checkBuildOnly(schema, 'x', { span: ['b is a or more'] })).not.toThrow();
  });

  it('stops the build on a superRefine of the whole entry, and on a declared rule that is gone', () => {
    const refined = z.strictObject({ a: z.string() }).superRefine(() => undefined);
    expect(() => checkBuildOnly(refined, 'x', {})).toThrow(/the schema has 1 rule/);
    expect(() => checkBuildOnly(z.strictObject({ a: z.string() }), 'x', { '': ['a gone rule'] })).toThrow(
      /has 0 rule\(s\).*but 1 declared/,
    );
  });

  it('needs no declaration for a text field whose rule the form checks as a pattern', () => {
    const field = z
      .string()
      .refine((value) => value.startsWith('a'))
      .meta({ pattern: '^a', patternMessage: 'Expected a.' });
    expect(unmirroredRefinements(z.strictObject({ value: field.describe('A value.') })).size).toBe(0);
    expect(unmirroredRefinements(z.strictObject({ value: z.string().refine(Boolean) })).get('value')).toBe(1);
  });
});

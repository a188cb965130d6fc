import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkFormCanCheck, unmirroredRefinements } from '../../src/cms/build-only';
import { UnmappableSchemaError } from '../../src/cms/form-fields';
import { overviewSchema } from '../../src/schemas/overview';
import { phaseSchema } from '../../src/schemas/phase';
import { resourceSchema } from '../../src/schemas/resource';
import { settingsSchema } from '../../src/schemas/settings';

/** Each collection's schema. */
const SCHEMAS: [string, z.ZodType][] = [
  ['overview', overviewSchema],
  ['phases', phaseSchema],
  ['resources', resourceSchema],
  ['site', settingsSchema],
];

describe('rules the CMS form cannot check', () => {
  it.each(SCHEMAS)('%s: the schema holds none, so the form checks every rule one field can break', (_name, schema) => {
    expect(unmirroredRefinements(schema)).toEqual([]);
  });

  it('stops the build on a rule across fields, naming the schema and where it sits', () => {
    const schema = z.strictObject({
      span: z.strictObject({ a: z.int(), b: z.int() }).refine((value) => value.b >= value.a),
    });
    expect(() => checkFormCanCheck(schema, 'src/schemas/example.ts')).toThrow(UnmappableSchemaError);
    expect(() => checkFormCanCheck(schema, 'src/schemas/example.ts')).toThrow(
      /^src\/schemas\/example\.ts: "span" has a rule that the CMS form cannot check/,
    );
  });

  it('stops the build on a superRefine of the whole entry', () => {
    const refined = z.strictObject({ a: z.string() }).superRefine(() => undefined);
    expect(() => checkFormCanCheck(refined, 'x')).toThrow(/the schema has a rule/);
  });

  it('lets through a text field whose rule the form checks as a pattern', () => {
    const field = z
      .string()
      .refine((value) => value.startsWith('a'))
      .meta({ pattern: '^a', patternMessage: 'Expected a.' });
    expect(unmirroredRefinements(z.strictObject({ value: field.describe('A value.') }))).toEqual([]);
    expect(unmirroredRefinements(z.strictObject({ value: z.string().refine(Boolean) }))).toEqual(['value']);
  });
});

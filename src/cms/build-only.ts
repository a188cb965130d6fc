import { z } from 'astro/zod';
import { UnmappableSchemaError } from './form-fields';

/*
 * Every rule one field can break is checked in the form. Zod's JSON Schema, which the form is made
 * from, leaves out every .refine() and .superRefine(): such a rule would vanish from the form
 * without a word, and the editor would meet it only when the build fails. So a schema may hold
 * none, except on a text field that carries the same rule as a pattern (.meta({ pattern }), an
 * https:// address). A rule across fields is a sign that one fact is written twice: write it once
 * (README, issue 21). Rules across entries are the loader's (src/content-checks/), named in the
 * hint of the field that can break them.
 */

/** Zod's definition of a schema node: the parts this walk reads. */
interface Def {
  type: string;
  checks?: { _zod: { def: { check: string } } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

/** The paths of the schema (dotted, '' the entry) where a refinement sits that the form does not check. */
export function unmirroredRefinements(schema: z.ZodType): string[] {
  const found: string[] = [];
  walk(schema, '', found);
  return found;
}

function walk(schema: z.ZodType, path: string, found: string[]): void {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const custom = (def.checks ?? []).some((check) => check._zod.def.check === 'custom');
  if (custom && !hasPattern(schema)) found.push(path);
  if (def.shape) {
    for (const [name, child] of Object.entries(def.shape)) walk(child, path === '' ? name : `${path}.${name}`, found);
  }
  if (def.element) walk(def.element, `${path}[]`, found);
  if (def.innerType) walk(def.innerType, path, found);
  if (def.in) walk(def.in, path, found);
}

/** True when the form checks this text field's rule as a pattern. */
function hasPattern(schema: z.ZodType): boolean {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { type?: unknown; pattern?: unknown };
  return json.type === 'string' && typeof json.pattern === 'string';
}

/** Stops the build when the schema holds a rule the CMS form cannot check. `where` names the schema. */
export function checkFormCanCheck(schema: z.ZodType, where: string): void {
  const [path] = unmirroredRefinements(schema);
  if (path === undefined) return;
  throw new UnmappableSchemaError(
    `${where}: ${path === '' ? 'the schema' : `"${path}"`} has a rule that the CMS form cannot check (.refine or .superRefine), so an editor would meet it only when the build fails. ` +
      'Write the rule as a pattern of one text field (.regex, or .meta({ pattern, patternMessage })), or, when it joins two fields, keep the fact in one field and work the other out from it.',
  );
}

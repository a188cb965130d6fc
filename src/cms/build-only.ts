import { z } from 'astro/zod';
import type { BuildOnlyRules } from '../schemas/fields';
import { UnmappableSchemaError } from './form-fields.ts';

/*
 * Rules the form cannot check. Zod's JSON Schema, which the form is made from, leaves out every
 * .refine() and .superRefine(): a rule across fields (the end year not before the start year)
 * would vanish from the form without a word. So each schema declares its rules that only the build
 * checks, by where they sit, and the generator stops on one it was not told about, or on a
 * declared one that is gone. A refinement of one text field that carries the same rule as a
 * pattern (.meta({ pattern }), an https:// address) is checked by the form too, and needs no entry.
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

/** How many refinements sit at each path of the schema that the form does not check. */
export function unmirroredRefinements(schema: z.ZodType): Map<string, number> {
  const found = new Map<string, number>();
  walk(schema, '', found);
  return found;
}

function walk(schema: z.ZodType, path: string, found: Map<string, number>): void {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const custom = (def.checks ?? []).filter((check) => check._zod.def.check === 'custom').length;
  if (custom > 0 && !hasPattern(schema)) found.set(path, (found.get(path) ?? 0) + custom);
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

/**
 * Stops the build when the schema's refinements are not exactly those declared as checked only
 * by the build: each path with as many rules as it has refinements. `where` names the schema.
 */
export function checkBuildOnly(schema: z.ZodType, where: string, declared: BuildOnlyRules): void {
  const found = unmirroredRefinements(schema);
  const paths = new Set([...found.keys(), ...Object.keys(declared)]);
  for (const path of paths) {
    const has = found.get(path) ?? 0;
    const said = declared[path]?.length ?? 0;
    if (has !== said) {
      throw new UnmappableSchemaError(
        `${where}: ${path === '' ? 'the schema' : `"${path}"`} has ${has} rule(s) that the CMS form cannot check (.refine or .superRefine), but ${said} declared as checked only by the build. ` +
          "Add each such rule, in words, to the schema's build-only rules (BuildOnlyRules), or remove the stale one, so that the form says which rules only the build checks.",
      );
    }
  }
}

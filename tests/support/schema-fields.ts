import type { z } from 'astro/zod';

/** Wrappers that hold one schema inside them; a field keeps its name through them. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/**
 * Lists every field a Zod schema accepts, the way the editing guide names them: top-level
 * fields by name (`title`), nested ones with a dot (`years.start`) and those of list items
 * with [] (`partners[].name`). Groups and lists are listed too (`years`, `partners`).
 */
export function schemaFields(schema: z.ZodType, prefix = ''): string[] {
  const def = defOf(schema);
  if (WRAPPERS.has(def.type) && def.innerType) return schemaFields(def.innerType, prefix);
  if (def.type === 'pipe' && def.in) return schemaFields(def.in, prefix);
  if (def.type === 'array' && def.element) return schemaFields(def.element, `${prefix}[]`);
  if (def.type !== 'object' || !def.shape) return [];
  const fields: string[] = [];
  for (const [key, field] of Object.entries(def.shape)) {
    const name = prefix === '' ? key : `${prefix}.${key}`;
    fields.push(name, ...schemaFields(field, name));
  }
  return fields;
}

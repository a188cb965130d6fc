import { z } from 'astro/zod';

/** The part of a JSON Schema that names fields. */
interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

/**
 * Lists every field a Zod schema accepts, the way the editing guide names them: top-level
 * fields by name (`title`), nested ones with a dot (`years.start`) and those of list items
 * with [] (`partners[].name`). Groups and lists are listed too (`years`, `partners`).
 * It reads Zod's own JSON Schema of what editors write (the input side of any transform).
 */
export function schemaFields(schema: z.ZodType): string[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return [...new Set(fieldsOf(json, ''))];
}

function fieldsOf(node: JsonSchema, prefix: string): string[] {
  if (node.anyOf) return node.anyOf.flatMap((option) => fieldsOf(option, prefix));
  if (node.items) return fieldsOf(node.items, `${prefix}[]`);
  return Object.entries(node.properties ?? {}).flatMap(([key, field]) => {
    const name = prefix === '' ? key : `${prefix}.${key}`;
    return [name, ...fieldsOf(field, name)];
  });
}

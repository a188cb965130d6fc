import { z } from 'astro/zod';

/** The part of a JSON Schema that names fields. */
interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  description?: string;
}

/** A field's node in the JSON Schema, and whether its group requires it. */
type SchemaField = { node: JsonSchema; required: boolean };

/**
 * Every field a Zod schema accepts, the way the editing guide names them: top-level fields by
 * name (`title`), nested ones with a dot (`years.start`) and those of list items with []
 * (`partners[].name`). Groups and lists are listed too (`years`, `partners`).
 * It reads Zod's own JSON Schema of what editors write (the input side of any transform).
 */
export function schemaFieldNodes(schema: z.ZodType): Map<string, SchemaField> {
  const found = new Map<string, SchemaField>();
  collect(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, '', found);
  return found;
}

function collect(node: JsonSchema, prefix: string, found: Map<string, SchemaField>): void {
  for (const option of node.anyOf ?? []) collect(option, prefix, found);
  if (node.items) collect(node.items, `${prefix}[]`, found);
  for (const [key, field] of Object.entries(node.properties ?? {})) {
    const name = prefix === '' ? key : `${prefix}.${key}`;
    if (!found.has(name)) found.set(name, { node: field, required: node.required?.includes(key) ?? false });
    collect(field, name, found);
  }
}

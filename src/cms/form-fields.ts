import type {
  FileField,
  ListField,
  MarkdownField,
  NumberField,
  ObjectField,
  SelectField,
  StringField,
} from '@sveltia/cms';
import { z } from 'astro/zod';

/*
 * Turns a collection's Zod schema into the fields of the CMS form, so that the form asks for what
 * the build accepts and nothing else. It reads Zod's own JSON Schema of what editors write (the
 * input side), never Zod's internals. A construct it has no form field for stops the build: a
 * form that silently accepted less, or more, than the schema would drift from it.
 */

/** The kinds of Sveltia CMS field the forms hold: those this generator makes, and the MDX text (collections.ts). */
export type FormField = StringField | SelectField | FileField | NumberField | ObjectField | ListField | MarkdownField;

/**
 * Zod's JSON Schema of a field, with the metadata of src/schemas/fields.ts: title (the label),
 * patternMessage (what the form says when the pattern fails), uploadFolder (the public folder a
 * file may be uploaded to) and uploadKinds (the endings it may have: ".pdf,.docx").
 */
type JsonNode = z.core.JSONSchema.JSONSchema & { patternMessage?: string; uploadFolder?: string; uploadKinds?: string };

/** What z.toJSONSchema calls for each node it writes. */
type ToJsonOverride = NonNullable<z.core.ToJSONSchemaParams['override']>;

/** What every field has; `widget` stands third in config.yml whatever it becomes. */
type Base = Pick<StringField, 'name' | 'label' | 'hint'> & { widget: 'string'; required: boolean };

/** A schema construct the form cannot express: the build stops with this message. */
export class UnmappableSchemaError extends Error {
  override name = 'UnmappableSchemaError';
}

/**
 * The keywords a node may carry that the form has an answer for, or that need none. A format is
 * understood only when KNOWN_FORMATS has it.
 */
const UNDERSTOOD = new Set([
  ...['$schema', 'type', 'description', 'title', 'properties', 'required', 'additionalProperties', 'items', 'enum'],
  ...['minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'pattern', 'format', 'default'],
  ...['patternMessage', 'uploadFolder', 'uploadKinds'],
]);

/**
 * The JSON Schema formats the form knows, each with the pattern Zod writes beside it, which the
 * form checks (an email). Any other format (a future z.url(), z.uuid()) stops the build: the form
 * would have no rule for it and take any text.
 */
const KNOWN_FORMATS = new Set(['email']);

/** The largest whole number Zod writes as the maximum of z.int(): no real limit. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * The form fields of an object schema, one per property, in the schema's order (the order the
 * CMS writes the keys in). `where` names the schema in error messages: "src/schemas/phase.ts".
 */
export function formFields(schema: z.ZodType, where: string): FormField[] {
  let json: JsonNode;
  try {
    // A type JSON Schema cannot hold (a date) becomes {}, which formField refuses by the field's name.
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', override: markUncheckedRule });
  } catch (error) {
    throw new UnmappableSchemaError(
      `${where}: the CMS configuration cannot be made from this schema: ${(error as Error).message}`,
    );
  }
  return objectFields(json, where, '');
}

/**
 * Marks a node that holds a .refine() or .superRefine() the form would not check (Zod's JSON Schema
 * leaves them out): the editor would meet the rule only when the build fails. One is allowed on a
 * text field that carries the same rule as a pattern (an https:// address). A rule that joins two
 * fields means one fact is written twice: keep it in one (issue 21). Rules across entries are the
 * loader's, named in the hint of the field that can break them.
 */
const markUncheckedRule: ToJsonOverride = ({ zodSchema, jsonSchema }) => {
  const refined = zodSchema._zod.def.checks?.some((check) => check._zod.def.check === 'custom');
  if (refined && !(jsonSchema.type === 'string' && jsonSchema.pattern)) jsonSchema.uncheckedRule = true;
};

/** Stops the build on a node that markUncheckedRule marked. */
function checkRule(node: JsonNode, where: string, path: string): void {
  if (!node.uncheckedRule) return;
  throw new UnmappableSchemaError(
    `${where}: "${path}" has a rule that the CMS form cannot check (.refine or .superRefine), so an editor would meet it only when the build fails: ` +
      'write it as the pattern of one text field (.regex, or .meta({ pattern, patternMessage })), or, when it joins two fields, keep the fact in one of them.',
  );
}

function objectFields(node: JsonNode, where: string, path: string): FormField[] {
  const named = path || '(the schema)';
  checkRule(node, where, named);
  if (node.type !== 'object' || !node.properties) fail(where, named, 'a group of named fields', node);
  if (node.additionalProperties !== undefined && node.additionalProperties !== false) {
    fail(where, named, 'a group of named fields with no free-form keys', node);
  }
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties).map(([name, child]) =>
    formField(name, child as JsonNode, required.has(name), where, path === '' ? name : `${path}.${name}`),
  );
}

function formField(name: string, node: JsonNode, required: boolean, where: string, path: string): FormField {
  checkRule(node, where, path);
  const unknown = Object.keys(node).filter((key) => !UNDERSTOOD.has(key));
  if (unknown.length > 0) fail(where, path, `no ${unknown.join(', ')}`, node);
  if (node.format !== undefined && (!KNOWN_FORMATS.has(node.format) || !node.pattern)) {
    const known = [...KNOWN_FORMATS].join(', ');
    fail(where, path, `no format ${JSON.stringify(node.format)} (it can check ${known}, with its pattern)`, node);
  }
  const label = node.title?.trim() ? node.title : labelFor(name);
  const base: Base = { name, label, widget: 'string', required, ...(node.description && { hint: node.description }) };
  switch (node.type) {
    case 'string':
      return textField(base, node, where, path);
    case 'integer':
    case 'number':
      return numberField(base, node, where, path);
    case 'object':
      return { ...base, widget: 'object', fields: objectFields(node, where, path) };
    case 'array':
      return listField(base, node, where, path);
    default:
      return fail(where, path, 'text, a number, a group of fields or a list', node);
  }
}

/**
 * What a file field holds for a file chosen for upload, until the entry is saved: its bare name,
 * with one of the allowed endings (".pdf,.docx" gives guide.pdf or notes.docx).
 */
export function pendingUpload(kinds: string): string {
  const endings = kinds.split(',').map((kind) => kind.trim().replace(/^\./, ''));
  return String.raw`^[A-Za-z0-9._-]+\.(?:${endings.join('|')})$`;
}

function textField(base: Base, node: JsonNode, where: string, path: string): StringField | SelectField | FileField {
  if (node.enum) {
    if (!node.enum.every((option) => typeof option === 'string')) fail(where, path, 'a choice of texts', node);
    return { ...base, widget: 'select', options: node.enum };
  }
  if (node.pattern !== undefined && !node.patternMessage) {
    fail(where, path, 'a pattern with a message for editors (patternMessage)', node);
  }
  const pattern = node.pattern;
  const field: StringField = { ...base };
  if (pattern !== undefined) field.pattern = [pattern, node.patternMessage!];
  // A minimum of one character is what required means; any other length is a limit of its own.
  if (node.minLength !== undefined && node.minLength > 1) field.minlength = node.minLength;
  if (node.maxLength !== undefined) field.maxlength = node.maxLength;
  if (node.uploadKinds !== undefined && node.uploadFolder === undefined) {
    fail(where, path, 'allowed upload kinds only with an upload folder (uploadFolder)', node);
  }
  if (node.uploadFolder === undefined) return field;
  // An upload of any kind would let a page or an SVG with script into the site's origin: the
  // schema must say which kinds it takes, and the form offers only those.
  if (!node.uploadKinds || !/^\.[a-z0-9]+(,\.[a-z0-9]+)*$/.test(node.uploadKinds)) {
    fail(where, path, 'an upload folder with the file kinds it takes (uploadKinds, such as ".pdf,.docx")', node);
  }
  // A link that may be a file of this site: the form offers an upload into public/<folder> and
  // writes the path the site serves it at, or takes a typed address.
  const folder = node.uploadFolder.replace(/^\/+|\/+$/g, '');
  // Until the entry is saved, the field holds the uploaded file's bare name (guide.pdf), which
  // Sveltia checks against the pattern (src/lib/services/contents/draft/validate/fields.js) and
  // writes as /downloads/guide.pdf on saving: the pattern lets that name through, or no upload
  // could be saved. A bare name typed by hand is still refused by the build.
  if (pattern !== undefined) {
    field.pattern = [`(?:${pendingUpload(node.uploadKinds)})|(?:${pattern})`, node.patternMessage!];
  }
  return {
    ...field,
    widget: 'file',
    media_folder: `/public/${folder}`,
    public_folder: `/${folder}`,
    choose_url: true,
    accept: node.uploadKinds,
  };
}

function numberField(base: Base, node: JsonNode, where: string, path: string): NumberField {
  if (node.exclusiveMinimum !== undefined || node.exclusiveMaximum !== undefined) {
    fail(where, path, 'inclusive number limits (.min/.max, not .gt/.lt)', node);
  }
  const field: NumberField = { ...base, widget: 'number', value_type: node.type === 'integer' ? 'int' : 'float' };
  if (node.minimum !== undefined && node.minimum > -NO_LIMIT) field.min = node.minimum;
  if (node.maximum !== undefined && node.maximum < NO_LIMIT) field.max = node.maximum;
  return field;
}

function listField(base: Base, node: JsonNode, where: string, path: string): ListField {
  const items = node.items;
  if (typeof items !== 'object' || Array.isArray(items)) fail(where, path, 'a list whose items are all alike', node);
  const field: ListField =
    items.type === 'object'
      ? { ...base, widget: 'list', fields: objectFields(items, where, `${path}[]`) }
      : { ...base, widget: 'list', field: formField(singular(path), items, true, where, `${path}[]`) };
  if (node.minItems !== undefined) field.min = node.minItems;
  if (node.maxItems !== undefined) field.max = node.maxItems;
  return field;
}

/** "learnMore" becomes "Learn more", "url" becomes "URL": the field's name in words. */
function labelFor(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\burl\b/g, 'URL');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function singular(path: string): string {
  return (path.split('.').at(-1) ?? path).replace(/s$/, '');
}

function fail(where: string, path: string, expected: string, node: JsonNode): never {
  throw new UnmappableSchemaError(
    `${where}: the CMS form has no field for "${path}" (${JSON.stringify(node)}): it can show ${expected}. ` +
      'Change the schema, or teach src/cms/form-fields.ts this construct.',
  );
}

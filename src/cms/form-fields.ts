import { z } from 'astro/zod';

/*
 * Turns a collection's Zod schema into the fields of the CMS form, so that the form asks for what
 * the build accepts and nothing else. It reads Zod's own JSON Schema of what editors write (the
 * input side), never Zod's internals. A construct it has no form field for stops the build: a
 * form that silently accepted less, or more, than the schema would drift from it.
 */

/** One field of a Sveltia CMS form, in the configuration's own words. */
export interface CmsField {
  name: string;
  label: string;
  widget: 'string' | 'number' | 'select' | 'object' | 'list' | 'file' | 'markdown';
  required: boolean;
  hint?: string;
  pattern?: [string, string];
  minlength?: number;
  maxlength?: number;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  options?: string[];
  fields?: CmsField[];
  field?: CmsField;
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
  /** The file kinds the upload dialog offers, as the HTML accept attribute writes them: ".pdf,.docx". */
  accept?: string;
  modes?: ['raw'];
}

/**
 * The part of JSON Schema that Zod writes for our schemas, with the metadata of src/schemas/fields.ts:
 * title (the label), patternMessage (what the form says when the pattern fails), uploadFolder (the
 * public folder a file may be uploaded to) and uploadKinds (the endings it may have: ".pdf,.docx").
 */
export interface JsonNode {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonNode>;
  required?: string[];
  additionalProperties?: boolean | JsonNode;
  items?: JsonNode | JsonNode[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  patternMessage?: string;
  uploadFolder?: string;
  uploadKinds?: string;
  [keyword: string]: unknown;
}

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
export function formFields(schema: z.ZodType, where: string): CmsField[] {
  let json: JsonNode;
  try {
    // A type JSON Schema cannot hold (a date) becomes {}, which formField refuses by the field's name.
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode;
  } catch (error) {
    throw new UnmappableSchemaError(
      `${where}: the CMS configuration cannot be made from this schema: ${(error as Error).message}`,
    );
  }
  return objectFields(json, where, '');
}

function objectFields(node: JsonNode, where: string, path: string): CmsField[] {
  if (node.type !== 'object' || !node.properties) {
    fail(where, path || '(the schema)', 'a group of named fields', node);
  }
  if (node.additionalProperties !== undefined && node.additionalProperties !== false) {
    fail(where, path || '(the schema)', 'a group of named fields with no free-form keys', node);
  }
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties).map(([name, child]) =>
    formField(name, child, required.has(name), where, path === '' ? name : `${path}.${name}`),
  );
}

function formField(name: string, node: JsonNode, required: boolean, where: string, path: string): CmsField {
  const unknown = Object.keys(node).filter((key) => !UNDERSTOOD.has(key));
  if (unknown.length > 0) fail(where, path, `no ${unknown.join(', ')}`, node);
  if (
    node.format !== undefined &&
    (typeof node.format !== 'string' || !KNOWN_FORMATS.has(node.format) || !node.pattern)
  ) {
    fail(
      where,
      path,
      `no format ${JSON.stringify(node.format)} (it can check ${[...KNOWN_FORMATS].join(', ')}, with its pattern)`,
      node,
    );
  }
  const label = typeof node.title === 'string' && node.title.trim() !== '' ? node.title : labelFor(name);
  const field: CmsField = { name, label, widget: 'string', required };
  if (node.description) field.hint = node.description;
  switch (node.type) {
    case 'string':
      return Object.assign(field, stringRules(node, where, path));
    case 'integer':
    case 'number':
      return Object.assign(field, numberRules(node, where, path));
    case 'object':
      return Object.assign(field, { widget: 'object', fields: objectFields(node, where, path) });
    case 'array':
      return Object.assign(field, listRules(node, where, path));
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

function stringRules(node: JsonNode, where: string, path: string): Partial<CmsField> {
  if (node.enum) {
    if (!node.enum.every((option) => typeof option === 'string')) fail(where, path, 'a choice of texts', node);
    return { widget: 'select', options: node.enum };
  }
  const rules: Partial<CmsField> = {};
  if (node.pattern !== undefined) {
    if (!node.patternMessage) fail(where, path, 'a pattern with a message for editors (patternMessage)', node);
    rules.pattern = [node.pattern, node.patternMessage];
  }
  // A minimum of one character is what required means; any other length is a limit of its own.
  if (node.minLength !== undefined && node.minLength > 1) rules.minlength = node.minLength;
  if (node.maxLength !== undefined) rules.maxlength = node.maxLength;
  if (node.uploadKinds !== undefined && node.uploadFolder === undefined) {
    fail(where, path, 'allowed upload kinds only with an upload folder (uploadFolder)', node);
  }
  if (node.uploadFolder !== undefined) {
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
    if (rules.pattern) {
      rules.pattern = [`(?:${pendingUpload(node.uploadKinds)})|(?:${rules.pattern[0]})`, rules.pattern[1]];
    }
    Object.assign(rules, {
      widget: 'file',
      media_folder: `/public/${folder}`,
      public_folder: `/${folder}`,
      choose_url: true,
      accept: node.uploadKinds,
    });
  }
  return rules;
}

function numberRules(node: JsonNode, where: string, path: string): Partial<CmsField> {
  if (node.exclusiveMinimum !== undefined || node.exclusiveMaximum !== undefined) {
    fail(where, path, 'inclusive number limits (.min/.max, not .gt/.lt)', node);
  }
  const rules: Partial<CmsField> = { widget: 'number', value_type: node.type === 'integer' ? 'int' : 'float' };
  if (node.minimum !== undefined && node.minimum > -NO_LIMIT) rules.min = node.minimum;
  if (node.maximum !== undefined && node.maximum < NO_LIMIT) rules.max = node.maximum;
  return rules;
}

function listRules(node: JsonNode, where: string, path: string): Partial<CmsField> {
  const items = node.items;
  if (!items || Array.isArray(items)) fail(where, path, 'a list whose items are all alike', node);
  const rules: Partial<CmsField> = { widget: 'list' };
  if (items.type === 'object') rules.fields = objectFields(items, where, `${path}[]`);
  else rules.field = formField(singular(path), items, true, where, `${path}[]`);
  if (node.minItems !== undefined) rules.min = node.minItems;
  if (node.maxItems !== undefined) rules.max = node.maxItems;
  return rules;
}

/** "learnMore" becomes "Learn more", "url" becomes "URL": the field's name in words. */
export function labelFor(name: string): string {
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

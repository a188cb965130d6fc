import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { pageRenderer, siteProcessor } from '../../src/content-checks/mdx-checks.ts';
import { readFields, readFolder, splitFile, type FolderContent } from '../../src/content-checks/read-folder.ts';
import type { SectionLinks } from '../../src/content-checks/section-links.ts';
import { FOLDERS } from '../../src/content-checks/folders.ts';
import type { Edit, Mistake } from '../editor-mistakes.ts';
import { copyContentSet, ROOT } from './temp-site.ts';

/** The valid content set the catalogue's edits break (content/ and public/). */
export const MISTAKES_FIXTURE = join(ROOT, 'tests', 'fixtures', 'editor-mistakes');

/** A dotted field path as YAML's setIn reads it: "sources.0.url" is ["sources", 0, "url"]. */
const pathOf = (field: string) => field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));

/** Changes the fields of a YAML file, or of an MDX page's frontmatter, keeping the rest of its text. */
function editFields(path: string, change: (fields: ReturnType<typeof parseDocument>) => void): void {
  const { yaml, body } = splitFile(path, readFileSync(path, 'utf8'));
  const document = parseDocument(yaml);
  if (document.errors.length > 0) throw new Error(`${path}: the edit cannot read its fields`);
  change(document);
  const fields = document.toString({ lineWidth: 0 });
  writeFileSync(path, path.endsWith('.mdx') ? `---\n${fields}---${body}` : fields);
}

/** Sets fields of a YAML file or an MDX page, by dotted path, keeping the rest of its text. */
export function setFields(path: string, set: Record<string, unknown>): void {
  editFields(path, (fields) => {
    for (const [field, value] of Object.entries(set)) fields.setIn(pathOf(field), value);
  });
}

/** Makes one edit in a copy of the fixture; throws when the edit no longer applies. */
function applyEdit(dir: string, edit: Edit): void {
  const path = join(dir, edit.file);
  // A copy of the fixture's file as it was, so that mistakes made together do not depend on their order.
  if ('copyOf' in edit) cpSync(join(MISTAKES_FIXTURE, edit.copyOf), path);
  if ('text' in edit) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, edit.text);
  }
  if ('append' in edit) writeFileSync(path, readFileSync(path, 'utf8') + edit.append);
  if ('replace' in edit) {
    const before = readFileSync(path, 'utf8');
    if (!before.includes(edit.replace)) throw new Error(`${edit.file} does not hold ${edit.replace}`);
    writeFileSync(path, before.replace(edit.replace, edit.by));
  }
  if ('set' in edit) setFields(path, edit.set);
  if ('remove' in edit) editFields(path, (fields) => fields.deleteIn(pathOf(edit.remove)));
  if ('renameTo' in edit) renameSync(path, join(dir, edit.renameTo));
  if ('delete' in edit) rmSync(path, { recursive: true });
}

/**
 * Makes the mistakes, in the catalogue's order, in a folder that holds the fixture's content/ and
 * public/: by default a new temporary copy of them. Returns the folder.
 */
export function makeMistakes(mistakes: readonly Mistake[], dir = copyContentSet(MISTAKES_FIXTURE)): string {
  for (const mistake of mistakes) for (const edit of mistake.edits) applyEdit(dir, edit);
  return dir;
}

/** MDX text compiled as the fixture's content/phases/phase-2.mdx: its HTML, or its message's lines; section links to `sections`. */
export function compileText(text: string, base = '/', sections?: SectionLinks): { problems: string[]; code: string } {
  // The page renderer of the site's Markdown processor, as astro.config.mjs makes it.
  const render = pageRenderer(siteProcessor({ root: MISTAKES_FIXTURE, base, sections }));
  const result = render('content/phases/phase-2.mdx', text, readFields('page.mdx', text) as object);
  if ('page' in result) return { problems: [], code: result.page.html };
  return { problems: result.problems.flatMap((problem) => problem.message.split('\n')), code: '' };
}

/** Every check the build runs on one folder of a site, as its loader runs them: the fields, the rules, each page's text. */
export function checkSiteFolder(dir: string, folder: Mistake['folder']): FolderContent {
  return readFolder(dir, FOLDERS[folder], undefined, pageRenderer(siteProcessor({ root: dir, base: '/' })));
}

import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { ADDRESS_NAME, dashedName } from '../lib/file-names.ts';
import type { ContentProblem } from './entry-errors.ts';
import { pictureProblem, PICTURES_FOLDER } from './pictures.ts';

/*
 * A missing or empty folder, or a file the loader does not read (`phase-3.md.txt`, `phase-3.MDX`),
 * would make a page vanish (Astro's glob loader only warns): here that is a defect that stops the build.
 */

/** What a content folder ("content/phases") must hold: files of `extensions` (".mdx"), each one `entryName`. */
export interface FolderRule {
  folder: string;
  extensions: readonly string[];
  entryName: string;
  exactlyOne?: boolean;
  /** Each file's name is its page's address, and Astro's id for it: lower-case letters, digits and dashes. */
  namesAreAddresses?: boolean;
}

/** Every file below a folder, relative to it, sorted, without hidden files such as .DS_Store. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

const isPicture = (name: string) => name.startsWith(`${PICTURES_FOLDER}/`);

/** The files below a folder that may be entries: its images/ folder holds pictures (folderProblemsIn checks them). */
export function listFiles(dir: string): string[] {
  return allFiles(dir).filter((name) => !isPicture(name));
}

/** One problem per surprise in the folder's files (undefined: the folder is missing). */
export function folderProblems(rule: FolderRule, files: readonly string[] | undefined): ContentProblem[] {
  const expected = rule.extensions.join(' or ');
  const folder = `${rule.folder}/`;
  const atLeastOne = `It must hold at least one ${rule.entryName} (a ${expected} file).`;
  if (files === undefined) return [{ file: folder, message: `The folder ${folder} is missing. ${atLeastOne}` }];
  const problems: ContentProblem[] = [];
  const loaded: string[] = [];
  for (const name of files) {
    const file = `${rule.folder}/${name}`;
    const ext = extname(name);
    if (rule.extensions.includes(ext)) {
      loaded.push(file);
      if (rule.namesAreAddresses && !ADDRESS_NAME.test(name.slice(0, -ext.length))) {
        const message = `${file}: the file's name is the page's address, so it may hold only lower-case letters, digits and dashes: rename it to ${rule.folder}/${dashedName(basename(name))}.`;
        problems.push({ file, message });
      }
      continue;
    }
    const lower = ext.toLowerCase();
    const hint = rule.extensions.includes(lower)
      ? `rename it to end in ${lower} (lower case)`
      : `the build only reads ${expected} files here: rename it to end in ${expected}, or move it out of ${folder}`;
    problems.push({ file, message: `${file} would not be loaded: ${hint}.` });
  }
  if (files.length === 0) problems.push({ file: folder, message: `The folder ${folder} is empty. ${atLeastOne}` });
  if (rule.exactlyOne && loaded.length > 1) {
    const message = `The folder ${folder} holds ${loaded.length} files (${loaded.join(', ')}). It must hold exactly one ${rule.entryName}: keep one and move the others out of content/.`;
    problems.push({ file: folder, message });
  }
  return problems;
}

/** The problems of a content folder on disk, its pictures' too. */
export function folderProblemsIn(root: string, rule: FolderRule): ContentProblem[] {
  const dir = join(root, rule.folder);
  const files = existsSync(dir) ? allFiles(dir) : undefined;
  // Pages' folders keep their pictures in images/ (src/content-checks/pictures.ts).
  if (files === undefined || !rule.extensions.includes('.mdx')) return folderProblems(rule, files);
  const entries = files.filter((name) => !isPicture(name));
  const problems = folderProblems(rule, entries);
  for (const name of files.filter(isPicture)) {
    const file = `${rule.folder}/${name}`;
    const message = pictureProblem(file, statSync(join(dir, name)).size);
    if (message !== undefined) problems.push({ file, message });
  }
  return problems;
}

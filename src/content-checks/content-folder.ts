import { existsSync, readdirSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { dashedName } from '../lib/file-names';

/**
 * Astro's glob loader only warns when a folder is missing or empty, and silently skips files
 * whose names it does not match (`phase-3.md.txt`, `phase-3.MDX`). On this site a vanished page
 * is a defect, so each content folder is checked first and any surprise stops the build.
 */

/** What a content folder must hold. */
export interface FolderRule {
  /** The folder, relative to the project root: "content/phases". */
  folder: string;
  /** The file endings the collection loads, lower case with the dot: [".mdx"]. */
  extensions: readonly string[];
  /** What one entry is, for messages: "phase page". */
  entryName: string;
  /** True for a folder that holds the one file of its kind: the overview page, the settings. */
  exactlyOne?: boolean;
  /**
   * True when each file's name is its page's address (content/phases/phase-1.mdx is /phase-1/):
   * lower-case letters, digits and dashes, so that Astro's id for the entry is the name itself.
   */
  namesAreAddresses?: boolean;
}

/** Lists files below a folder, relative to it, sorted, skipping hidden files such as .DS_Store. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Returns one message per problem with the folder's files; an empty list means the folder is fine. */
export function folderProblems(rule: FolderRule, files: readonly string[] | undefined): string[] {
  const expected = rule.extensions.join(' or ');
  if (files === undefined) {
    return [`The folder ${rule.folder}/ is missing. It must hold at least one ${rule.entryName} (a ${expected} file).`];
  }
  const problems: string[] = [];
  const loaded: string[] = [];
  for (const file of files) {
    const ext = extname(file);
    if (rule.extensions.includes(ext)) {
      loaded.push(`${rule.folder}/${file}`);
      if (rule.namesAreAddresses && !/^[a-z0-9-]+$/.test(file.slice(0, -ext.length))) {
        problems.push(
          `${rule.folder}/${file}: the file's name is the page's address, so it may hold only lower-case letters, digits and dashes: rename it to ${rule.folder}/${dashedName(basename(file))}.`,
        );
      }
      continue;
    }
    const lower = extname(file).toLowerCase();
    const hint = rule.extensions.includes(lower)
      ? `rename it to end in ${lower} (lower case)`
      : `the build only reads ${expected} files here: rename it to end in ${expected}, or move it out of ${rule.folder}/`;
    problems.push(`${rule.folder}/${file} would not be loaded: ${hint}.`);
  }
  if (files.length === 0) {
    problems.push(
      `The folder ${rule.folder}/ is empty. It must hold at least one ${rule.entryName} (a ${expected} file).`,
    );
  }
  if (rule.exactlyOne && loaded.length > 1) {
    problems.push(
      `The folder ${rule.folder}/ holds ${loaded.length} files (${loaded.join(', ')}). It must hold exactly one ${rule.entryName}: keep one and move the others out of content/.`,
    );
  }
  return problems;
}

/** Checks a content folder on disk and throws one error that lists every problem. */
export function assertContentFolder(rule: FolderRule, root: string): void {
  const dir = join(root, rule.folder);
  const files = existsSync(dir) ? listFiles(dir) : undefined;
  const problems = folderProblems(rule, files);
  if (problems.length > 0) {
    throw new Error(`Content problem in ${relative(root, dir) || rule.folder}/:\n- ${problems.join('\n- ')}`);
  }
}

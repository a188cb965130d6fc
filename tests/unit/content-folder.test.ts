import { describe, expect, it } from 'vitest';
import { folderProblems, type FolderRule } from '../../src/content-checks/content-folder';

const phases: FolderRule = { folder: 'content/phases', extensions: ['.mdx'], entryName: 'phase page' };

describe('folderProblems', () => {
  it('accepts a folder of files the collection loads', () => {
    expect(folderProblems(phases, ['phase-1.mdx', 'phase-2.mdx'])).toEqual([]);
  });

  it('refuses a missing folder', () => {
    expect(folderProblems(phases, undefined)).toEqual([
      'The folder content/phases/ is missing. It must hold at least one phase page (a .mdx file).',
    ]);
  });

  it('refuses an empty folder', () => {
    expect(folderProblems(phases, [])).toEqual([
      'The folder content/phases/ is empty. It must hold at least one phase page (a .mdx file).',
    ]);
  });

  it('names each file the collection would skip, with how to fix it', () => {
    expect(folderProblems(phases, ['phase-1.mdx', 'phase-3.md.txt', 'phase-4.MDX'])).toEqual([
      'content/phases/phase-3.md.txt would not be loaded: the build only reads .mdx files here: rename it to end in .mdx, or move it out of content/phases/.',
      'content/phases/phase-4.MDX would not be loaded: rename it to end in .mdx (lower case).',
    ]);
  });

  it('refuses a second file in a folder that holds exactly one, naming the files', () => {
    const site: FolderRule = {
      folder: 'content/site',
      extensions: ['.yaml', '.yml'],
      entryName: 'settings file',
      exactlyOne: true,
    };
    expect(folderProblems(site, ['settings.yaml'])).toEqual([]);
    expect(folderProblems(site, ['old.yml', 'settings.yaml', 'notes.txt'])).toEqual([
      'content/site/notes.txt would not be loaded: the build only reads .yaml or .yml files here: rename it to end in .yaml or .yml, or move it out of content/site/.',
      'The folder content/site/ holds 2 files (content/site/old.yml, content/site/settings.yaml). It must hold exactly one settings file: keep one and move the others out of content/.',
    ]);
  });

  it('refuses a page file whose name is no address, and a page in a subfolder, naming the name to use', () => {
    const pages: FolderRule = { ...phases, namesAreAddresses: true };
    expect(folderProblems(pages, ['Phase 3.mdx', 'old/phase-1.mdx', 'phase-2.mdx'])).toEqual([
      "content/phases/Phase 3.mdx: the file's name is the page's address, so it may hold only lower-case letters, digits and dashes: rename it to content/phases/phase-3.mdx.",
      "content/phases/old/phase-1.mdx: the file's name is the page's address, so it may hold only lower-case letters, digits and dashes: rename it to content/phases/phase-1.mdx.",
    ]);
  });
});

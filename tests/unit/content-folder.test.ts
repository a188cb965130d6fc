import { describe, expect, it } from 'vitest';
import { folderProblems, type FolderRule } from '../../src/content-checks/content-folder';

/* The catalogue of editor mistakes (tests/editor-mistakes.ts) holds each message; these are the cases around them. */

const phases: FolderRule = { folder: 'content/phases', extensions: ['.mdx'], entryName: 'phase page' };

describe('folderProblems', () => {
  it('accepts a folder of files the collection loads', () => {
    expect(folderProblems(phases, ['phase-1.mdx', 'phase-2.mdx'])).toEqual([]);
  });

  it('lists every problem of a folder, each at the file it names, or at the folder', () => {
    const site: FolderRule = {
      folder: 'content/site',
      extensions: ['.yaml', '.yml'],
      entryName: 'settings file',
      exactlyOne: true,
    };
    expect(folderProblems(site, ['old.yml', 'settings.yaml', 'notes.txt']).map((problem) => problem.file)).toEqual([
      'content/site/notes.txt',
      'content/site/',
    ]);
  });

  it('refuses a page in a subfolder, naming the name to use', () => {
    expect(folderProblems({ ...phases, namesAreAddresses: true }, ['old/phase-1.mdx'])).toEqual([
      {
        file: 'content/phases/old/phase-1.mdx',
        message:
          "content/phases/old/phase-1.mdx: the file's name is the page's address, so it may hold only lower-case letters, digits and dashes: rename it to content/phases/phase-1.mdx.",
      },
    ]);
  });
});

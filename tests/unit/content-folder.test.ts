import { expect, it } from 'vitest';
import { folderProblems } from '../../src/content-checks/content-folder';
import { PHASES, SITE } from '../../src/content-checks/folders';

/* The catalogue of editor mistakes (tests/editor-mistakes.ts) holds each message; these are the cases around them. */

it('folderProblems accepts a folder of files the collection loads', () => {
  expect(folderProblems(PHASES, ['phase-1.mdx', 'phase-2.mdx'])).toEqual([]);
});

it('folderProblems lists every problem of a folder, each at the file it names, or at the folder', () => {
  expect(folderProblems(SITE, ['old.yml', 'settings.yaml', 'notes.txt']).map((problem) => problem.file)).toEqual([
    'content/site/notes.txt',
    'content/site/',
  ]);
});

it('folderProblems refuses a page in a subfolder, naming the name to use', () => {
  expect(folderProblems(PHASES, ['old/phase-1.mdx'])).toEqual([
    {
      file: 'content/phases/old/phase-1.mdx',
      message:
        "content/phases/old/phase-1.mdx: the file's name is the page's address, so it may hold only lower-case letters, digits and dashes: rename it to content/phases/phase-1.mdx.",
    },
  ]);
});

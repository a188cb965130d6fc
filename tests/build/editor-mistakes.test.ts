import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FolderContent } from '../../src/content-checks/read-folder';
import { MISTAKES, type Mistake } from '../editor-mistakes';
import { checkSiteFolder, makeMistakes, MISTAKES_FIXTURE } from '../support/mistakes';
import { buildSite, makeTempSite, useContentSet } from '../support/temp-site';

/*
 * The build prints what the checks find: one build per content folder with all of its catalogue
 * mistakes made together (tests/unit/editor-mistakes.test.ts holds each mistake's lines, made
 * alone), one for the mistakes in a folder's files, which stop the folder before anything else is
 * checked, and one with code in a page and no other mistake, which proves the code never ran.
 */

/** A build of the fixture with some mistakes made; what it printed, what the reader finds, and what was left. */
interface Built {
  ok: boolean;
  output: string;
  found: FolderContent;
  /** The file the export of a page would have written (code-lines) if code in a page ran. */
  codeRan: boolean;
  /** Whether dist/ was written: a page would print what code in it gives. */
  distWritten: boolean;
}

async function build(label: string, folder: Mistake['folder'], mistakes: readonly Mistake[]): Promise<Built> {
  const dir = makeTempSite(label);
  try {
    useContentSet(dir, MISTAKES_FIXTURE);
    makeMistakes(dir, mistakes);
    const { ok, output } = buildSite(dir);
    const found = await checkSiteFolder(dir, folder);
    return {
      ok,
      output,
      found,
      codeRan: existsSync(join(dir, 'code-ran.txt')),
      distWritten: existsSync(join(dir, 'dist')),
    };
  } finally {
    // The copy's node_modules holds links only: removing them leaves the packages alone.
    rmSync(dir, { recursive: true, force: true });
  }
}

const byId = (id: string) => MISTAKES.filter((mistake) => mistake.id === id);

const BUILDS: [string, Mistake['folder'], Mistake[]][] = [
  ...(['phases', 'overview', 'resources', 'site'] as const).map(
    (folder) =>
      [folder, folder, MISTAKES.filter((mistake) => mistake.folder === folder && !mistake.stopsFolder)] as [
        string,
        Mistake['folder'],
        Mistake[],
      ],
  ),
  ['phase files', 'phases', [...byId('not-loaded'), ...byId('name-not-address')]],
];

/**
 * What a mistake's line says wherever it is made: made together, the text of a page moves down and
 * the pages other mistakes add join the list of pages, so the file and line before the first ": "
 * and the list after "The pages are:" are left out.
 */
const saying = (line: string) => line.slice(line.indexOf(': ') + 2).split(' The pages are:')[0]!;

describe.each(BUILDS)('a build with the mistakes of %s', (label, folder, mistakes) => {
  let built: Built;
  beforeAll(async () => {
    built = await build(label.replace(' ', '-'), folder, mistakes);
  });

  it('stops, printing every problem the checks find, in their order', () => {
    expect(built.ok, built.output).toBe(false);
    expect(built.found.problems.length).toBeGreaterThan(0);
    expect(built.output).toContain(built.found.problems.map((problem) => problem.message).join('\n'));
  });

  it('names the first problem first, and Astro\'s "Location:" points at its file and line', () => {
    const [first] = built.found.problems;
    const firstLine = built.output
      .split('\n')
      .find((line) => line.startsWith('content/') || line.startsWith('The folder'));
    expect(firstLine).toBe(first!.message.split('\n')[0]);
    expect(built.output).toMatch(
      new RegExp(`Location:\\s+\\S*/${first!.file.replace(/[.]/g, '\\.')}:${first!.line ?? 1}:1\\b`),
    );
  });

  it("prints every mistake's lines", () => {
    const missing = mistakes.flatMap(({ id, lines }) =>
      lines.filter((line) => !built.output.includes(saying(line))).map((line) => `${id}: ${line}`),
    );
    expect(missing).toEqual([]);
  });
});

// The loader refuses code before any page is compiled. With no other mistake in the site, a build
// that let the code through would go on, run the export (which writes code-ran.txt) and write dist/.
describe('a build with code in a page and no other mistake', () => {
  let built: Built;
  beforeAll(async () => {
    built = await build('code', 'phases', byId('code-lines'));
  });

  it('names each line of code, runs none of it, and writes no page', () => {
    expect(built.ok, built.output).toBe(false);
    for (const line of byId('code-lines')[0]!.lines) expect(built.output).toContain(line);
    expect(built.codeRan, 'the export wrote its file: code in a page ran').toBe(false);
    expect(built.distWritten, 'dist/ should not exist').toBe(false);
  });
});

import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MISTAKES, type Mistake } from '../editor-mistakes';
import { checkSiteFolder, makeMistakes, MISTAKES_FIXTURE } from '../support/mistakes';
import { buildSiteAsync, makeTempSite, useContentSet } from '../support/temp-site';

/*
 * The build prints what the checks find: one build per content folder with all of its catalogue
 * mistakes made together (tests/unit/editor-mistakes.test.ts holds each mistake's lines, made
 * alone); one for the mistakes in a folder's files, which stop the folder before anything else is
 * checked; and one with code in a page and no other mistake, which proves the code never ran.
 * No two can be one: Astro loads the folders together and prints only the first that fails, and
 * any other mistake stops the build before code could run.
 */

const byId = (id: string) => MISTAKES.filter((mistake) => mistake.id === id);
const FOLDERS = ['phases', 'overview', 'resources', 'site'] as const;
const BUILDS: [string, Mistake['folder'], Mistake[]][] = [
  ...FOLDERS.map((folder): [string, Mistake['folder'], Mistake[]] => [
    folder,
    folder,
    MISTAKES.filter((mistake) => mistake.folder === folder && !mistake.stopsFolder),
  ]),
  ['phase files', 'phases', ['not-loaded', 'name-not-address', 'picture-kind', 'picture-too-large'].flatMap(byId)],
];

/** What a build of the fixture with some mistakes made printed, what the reader finds, and what it left. */
async function build(label: string, folder: Mistake['folder'], mistakes: readonly Mistake[]) {
  const dir = makeTempSite(label.replace(' ', '-'));
  try {
    useContentSet(dir, MISTAKES_FIXTURE);
    makeMistakes(dir, mistakes);
    const { ok, output } = await buildSiteAsync(dir);
    return {
      ok,
      output,
      found: await checkSiteFolder(dir, folder),
      // The file the export of code-lines writes if code in a page runs, and the pages it would print into.
      codeRan: existsSync(join(dir, 'code-ran.txt')),
      distWritten: existsSync(join(dir, 'dist')),
    };
  } finally {
    // The copy's node_modules holds links only: removing them leaves the packages alone.
    rmSync(dir, { recursive: true, force: true });
  }
}

type Built = Awaited<ReturnType<typeof build>>;
const built = new Map<string, Built>();
// All at once: each build is mostly one process starting up, and one after the other they were the
// longest file of the run. Six builds share two cores here, so the hook gets a limit of its own.
beforeAll(async () => {
  const all: [string, Mistake['folder'], Mistake[]][] = [...BUILDS, ['code', 'phases', byId('code-lines')]];
  for (const [label, result] of await Promise.all(
    all.map(async ([label, folder, mistakes]) => [label, await build(label, folder, mistakes)] as const),
  ))
    built.set(label, result);
}, 300_000);

/**
 * What a mistake's line says wherever it is made: made together, the text of a page moves down and
 * the pages other mistakes add join the list of pages, so the file and line before the first ": "
 * and the list after "The pages are:" are left out.
 */
const saying = (line: string) => line.slice(line.indexOf(': ') + 2).split(' The pages are:')[0]!;

describe.each(BUILDS)('a build with the mistakes of %s', (label, _folder, mistakes) => {
  it('stops, printing every problem the checks find, in their order', () => {
    const { ok, output, found } = built.get(label)!;
    expect(ok, output).toBe(false);
    expect(found.problems.length).toBeGreaterThan(0);
    expect(output).toContain(found.problems.map((problem) => problem.message).join('\n'));
  });

  it('names the first problem first, and Astro\'s "Location:" points at its file and line', () => {
    const { output, found } = built.get(label)!;
    const [first] = found.problems;
    const firstLine = output.split('\n').find((line) => line.startsWith('content/') || line.startsWith('The folder'));
    expect(firstLine).toBe(first!.message.split('\n')[0]);
    expect(output).toMatch(
      new RegExp(`Location:\\s+\\S*/${first!.file.replace(/[.]/g, '\\.')}:${first!.line ?? 1}:1\\b`),
    );
  });

  it("prints every mistake's lines", () => {
    const { output } = built.get(label)!;
    const missing = mistakes.flatMap(({ id, lines }) =>
      lines.filter((line) => !output.includes(saying(line))).map((line) => `${id}: ${line}`),
    );
    expect(missing).toEqual([]);
  });
});

// The loader refuses code before any page is compiled. With no other mistake in the site, a build
// that let the code through would go on, run the export (which writes code-ran.txt) and write dist/.
it('a build with code in a page and no other mistake names each line of code, runs none of it, and writes no page', () => {
  const { ok, output, codeRan, distWritten } = built.get('code')!;
  expect(ok, output).toBe(false);
  for (const line of byId('code-lines')[0]!.lines) expect(output).toContain(line);
  expect(codeRan, 'the export wrote its file: code in a page ran').toBe(false);
  expect(distWritten, 'dist/ should not exist').toBe(false);
});

import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MISTAKES, type Mistake } from '../editor-mistakes';
import { FOLDERS } from '../../src/content-checks/folders';
import { readFolder } from '../../src/content-checks/read-folder';
import { checkSiteFolder, makeMistakes, MISTAKES_FIXTURE } from '../support/mistakes';
import { buildSite, makeTempSite } from '../support/temp-site';

/*
 * The build prints what the checks find. The loader checks a folder's files, then its fields, rules
 * and the text of each page whose fields are right, and stops the build at the first folder with a
 * mistake. So: one build per content folder with all of its catalogue mistakes in fields made
 * together (tests/unit/editor-mistakes.test.ts holds each mistake's lines, made alone); one for the
 * mistakes in a folder's files, which stop the folder before anything else is checked; and one per
 * page with the mistakes in its text, the code that must never run among them.
 */

/** The mistakes in a folder's files built together; each of the others would stop the build before these. */
const PHASE_FILES = ['not-loaded', 'name-not-address', 'picture-kind', 'picture-too-large'];

/**
 * The build a mistake is made in: links to sections get one of their own (checked once every page is
 * built), and so do the phase files' mistakes; one the loader finds in a folder's fields is made with the
 * folder's others, and one in the text of a page with that page's others. '' for the other mistakes in files.
 */
function buildOf(mistake: Mistake): string {
  if (mistake.builtPages) return 'sections';
  if (mistake.stopsFolder) return PHASE_FILES.includes(mistake.id) ? 'phase files' : '';
  const dir = makeMistakes([mistake]);
  const inFields = readFolder(dir, FOLDERS[mistake.folder]).problems.length > 0;
  rmSync(dir, { recursive: true, force: true });
  if (inFields) return mistake.folder;
  const [line = ''] = mistake.lines;
  return `text of ${line.slice(0, line.indexOf(','))}`;
}

const GROUPS = Map.groupBy(MISTAKES, buildOf);
GROUPS.delete('');
const SECTION_LINKS = GROUPS.get('sections')!;
const BUILDS = [...GROUPS].filter(([label]) => label !== 'sections');

/** What a build of the fixture with some mistakes made printed, what the reader finds, and what it left. */
async function build(label: string, mistakes: readonly Mistake[]) {
  const dir = makeTempSite(label.replace(/\W+/g, '-'), MISTAKES_FIXTURE);
  try {
    makeMistakes(mistakes, dir);
    const { ok, output } = await buildSite(dir);
    return {
      ok,
      output,
      found: checkSiteFolder(dir, mistakes[0]!.folder),
      // The file the export of code-lines writes if code in a page runs, and the pages it would print into.
      codeRan: existsSync(join(dir, 'code-ran.txt')),
      distWritten: existsSync(join(dir, 'dist')),
    };
  } finally {
    // The copy's node_modules holds links only: removing them leaves the packages alone.
    rmSync(dir, { recursive: true, force: true });
  }
}

let built = new Map<string, Awaited<ReturnType<typeof build>>>();
// All at once: each build is mostly one process starting up, and one after the other they were the
// longest file of the run. The builds share two cores here, so the hook gets a limit of its own.
beforeAll(async () => {
  built = new Map(
    await Promise.all([...GROUPS].map(async ([label, group]) => [label, await build(label, group)] as const)),
  );
}, 300_000);

/**
 * What a mistake's line says wherever it is made: made together, the text of a page moves down and
 * the pages other mistakes add join the list of pages, so the file and line before the first ": "
 * and the list after "The pages are:" are left out.
 */
const saying = (line: string) => line.slice(line.indexOf(': ') + 2).split(' The pages are:')[0]!;

describe.each(BUILDS)('a build with the mistakes of %s', (label, mistakes) => {
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

// The compile refuses the page before its code could run: a build that let the code through would run
// the export (which writes code-ran.txt) and write dist/. Its build stops and names each line of code:
// the tests of its group above.
it('a build with code in a page runs none of it, and writes no page', () => {
  const code = MISTAKES.find((mistake) => mistake.id === 'code-lines')!;
  const [label] = BUILDS.find(([, mistakes]) => mistakes.includes(code))!;
  const { codeRan, distWritten } = built.get(label)!;
  expect(codeRan, 'the export wrote its file: code in a page ran').toBe(false);
  expect(distWritten, 'dist/ should not exist').toBe(false);
});

// Links to sections are checked against the built pages: a build with no other mistake gets that far.
it('a build with links to sections that do not exist stops, naming each link, at its file and line', () => {
  const { ok, output } = built.get('sections')!;
  expect(ok, output).toBe(false);
  const missing = SECTION_LINKS.flatMap(({ lines }) => lines.filter((line) => !output.includes(saying(line))));
  expect(missing).toEqual([]);
  // Astro's "Location:" is the file and line of the catalogue's first link.
  const [, file, line] = /^(\S+), line (\d+):/.exec(SECTION_LINKS[0]!.lines[0]!)!;
  const location = /Location:\s+(\S+)/.exec(output)?.[1] ?? '';
  expect(location.slice(location.lastIndexOf('/content/') + 1), output).toBe(`${file}:${line}:1`);
});

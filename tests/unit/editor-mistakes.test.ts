import { rmSync } from 'node:fs';
import { expect, it, onTestFinished } from 'vitest';
import { MISTAKES } from '../editor-mistakes';
import { checkSiteFolder, makeMistakes } from '../support/mistakes';

/*
 * Each mistake of the catalogue, made alone in a copy of the fixture, gives exactly its lines when
 * the build's checks read the folder in-process (tests/build/editor-mistakes.test.ts builds them;
 * it alone sees a link to a section, checked once every page is built).
 */
it.each(MISTAKES.filter((mistake) => !mistake.builtPages))('$id: the checks print its lines', (mistake) => {
  const dir = makeMistakes([mistake]);
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  // The lines an editor reads: the first line of each problem's message, in the build's order.
  const { problems } = checkSiteFolder(dir, mistake.folder);
  expect(problems.map(({ message }) => message.split('\n')[0])).toEqual(mistake.lines);
});

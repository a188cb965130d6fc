import { afterEach, expect, it } from 'vitest';
import { devProblems, setDevProblem } from '../../src/content-checks/dev-problems';

// Names of their own: the record lives on globalThis, shared with any other test in this worker.
const overview = 'content/overview/dev-problems-test.mdx';
const phase = 'content/phases/dev-problems-test.mdx';
const mine = () => devProblems().filter(({ file }) => file === overview || file === phase);

afterEach(() => {
  setDevProblem(overview, undefined);
  setDevProblem(phase, undefined);
});

it('clears a clash recorded on one file when the other file of the pair is fixed, and keeps its other problems', () => {
  const clash = `${overview} and ${phase} both have label: Overview.`;
  const own = `${phase}: years: expected a year.`;
  setDevProblem(phase, [clash, own]);
  expect(mine()).toEqual([{ file: phase, message: `${clash}\n${own}` }]);
  setDevProblem(overview, undefined);
  expect(mine()).toEqual([{ file: phase, message: own }]);
});

it('forgets a file whose only problem was a clash with the file now fixed', () => {
  setDevProblem(phase, [`${overview} and ${phase} both have label: Overview.`]);
  setDevProblem(overview, undefined);
  expect(mine()).toEqual([]);
});

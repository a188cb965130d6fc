import { expect, it } from 'vitest';
import { missingLines, normalise, sourceLines } from '../audit/source-lines';

it('the source audit (npm run check:source) reads the source line by line, without bullets or blank lines', () => {
  expect(sourceLines('First line.\n\n  • A bullet.\n')).toEqual(['First line.', 'A bullet.']);
});

it('the source audit accepts typographic quotes and dashes, bold and spacing, and corrects "the the"', () => {
  expect(normalise('“Libraries’ role” – **core**\n  leaders, the the end')).toBe(
    '"Libraries\' role" - core leaders, the end',
  );
});

it('the source audit lists the lines no text holds, in the order of the source', () => {
  const source = 'Kept line.\nReworded line.\n• Dropped bullet.';
  expect(missingLines(source, ['Some **Kept** line.', 'Kept line.', 'A reworded line.'])).toEqual([
    'Reworded line.',
    'Dropped bullet.',
  ]);
});

it('the source audit finds nothing missing when every line is there, across files', () => {
  expect(missingLines('One.\nTwo.', ['One.', 'and Two.'])).toEqual([]);
});

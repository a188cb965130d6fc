import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/temp-site';

/*
 * The brief: every sentence of ALA's page appears on the site word for word (typographic quotes
 * and dashes may differ; the source's slip "the the nonprofit" is corrected). The page is copied
 * from the content brief into tests/fixtures/content-brief/ so a clone can run this alone.
 */
const source = readFileSync(join(ROOT, 'tests', 'fixtures', 'content-brief', 'about-ltc.source.txt'), 'utf8');

/** Folds the differences the brief allows: quotes, dashes, Markdown emphasis, spacing. */
function normalise(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\*\*/g, '')
    .replace(/\bthe the\b/g, 'the')
    .replace(/\s+/g, ' ');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const siteText = normalise(
  filesUnder(join(ROOT, 'content'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n'),
);
const sourceLines = source
  .split('\n')
  .map((line) => line.replace(/^\s*•\s*/, '').trim())
  .filter((line) => line !== '');

describe('the words of ALA’s page', () => {
  it('has lines to check', () => {
    expect(sourceLines.length).toBeGreaterThan(20);
  });

  it.each(sourceLines)('appear in content/: %s', (line) => {
    expect(siteText).toContain(normalise(line));
  });
});

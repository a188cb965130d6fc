/**
 * Content audit (`npm run check:source`): lists every line of ALA's page "About Libraries
 * Transforming Communities (LTC)" (docs/ala-about-ltc.source.txt, from the content brief) that
 * neither a file in content/ nor a phase's heading (its title and years) holds any more. Exits 1 when a line is missing, so an editor sees it; CI does
 * not run it, since rewording ALA's text can be intended.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spanOf, titleWithYears } from '../../src/lib/timeline.ts';
import { readSiteContent } from '../support/site-content.ts';
import { missingLines, sourceLines } from './source-lines.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const source = readFileSync(join(ROOT, 'docs', 'ala-about-ltc.source.txt'), 'utf8');
const contentDir = join(ROOT, 'content');
const texts = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(mdx|ya?ml)$/.test(file))
  .sort()
  .map((file) => readFileSync(join(contentDir, file), 'utf8'))
  // Each phase's heading as the pages show it, its years made from its years: field.
  .concat(readSiteContent(ROOT).phases.map(({ data }) => titleWithYears(data.title, spanOf(data.years))));

const missing = missingLines(source, texts);
const total = sourceLines(source).length;
if (missing.length === 0) {
  console.log(`All ${total} lines of ALA's About LTC page are in content/.`);
} else {
  console.log(`${missing.length} of ${total} lines of ALA's About LTC page are no longer in content/:`);
  for (const line of missing) console.log(`- ${line}`);
  process.exitCode = 1;
}

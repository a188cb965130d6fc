import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { pageFile, SITES } from '../support/sites';

/*
 * The W3C Nu Html Checker (vnu-jar, run by Debian's Java) over every built page, in one Java
 * start: it reads what html-validate does not, such as the syntax of URLs in attributes.
 * HTML only. Its CSS checker predates @property and margin-trim, which Tailwind 4 emits, and
 * no option turns it off for <style> elements, so messages that start with "CSS:" are filtered
 * out by pattern; every HTML message stays. Errors fail the test. Warnings are printed: today the
 * checker warns that the inline <style> and the JSON-LD block break the Content-Security-Policy,
 * which they do not (it does not compute the policy's hashes, and JSON-LD is data that never runs;
 * pages.spec.ts proves no policy is violated in a browser).
 */
const JAVA = 'java';
const NO_JAVA = 'The Nu Html Checker needs Java. Install Debian\'s: "sudo apt-get install -y default-jre-headless".';
const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

test('the W3C Nu Html Checker finds no HTML error on any built page of either site', () => {
  test.setTimeout(120_000);
  const files = SITES.flatMap((site) => site.pages.map((path) => pageFile(site, path)));
  const run = spawnSync(
    JAVA,
    ['-jar', vnuJar, '--format', 'json', '--stdout', '--exit-zero-always', '--filterpattern', 'CSS: .*', ...files],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') throw new Error(NO_JAVA);
  expect(run.status, run.stderr).toBe(0);
  const { messages } = JSON.parse(run.stdout) as { messages: NuMessage[] };
  const line = ({ type, subType, url, lastLine, message }: NuMessage) =>
    `${url?.replace('file:', '')}:${lastLine ?? '?'} ${subType ?? type}: ${message}`;
  const warnings = messages.filter(({ type }) => type === 'info').map(line);
  if (warnings.length > 0) console.log(`Nu Html Checker warnings (not failures):\n${warnings.join('\n')}`);
  // "error" is a markup error, "non-document-error" a file the checker could not read.
  expect(messages.filter(({ type }) => type !== 'info').map(line)).toEqual([]);
});

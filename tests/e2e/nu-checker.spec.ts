import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { skipWithout } from '../support/browsers';
import { pageFile, SITES } from '../support/sites';

/*
 * The W3C Nu Html Checker (vnu-jar, run by Debian's Java) over every built page, in one Java start:
 * it reads what html-validate does not, such as the syntax of URLs in attributes. HTML only: its
 * CSS checker predates @property and margin-trim, which Tailwind 4 emits, and no option turns it
 * off for <style> elements, so "CSS:" messages are filtered out. Warnings too: that the inline
 * <style> and JSON-LD break the CSP is untrue (it ignores hashes; pages.spec.ts checks the browser).
 * The quick compiler alone, one compiler thread and the serial collector halve the JVM's CPU time
 * for a run this short; its larger frames need more stack for the checker's schema.
 */
const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:CICompilerCount=1', '-XX:+UseSerialGC', '-Xss16m'];
const VNU_FLAGS = ['--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', '--filterpattern', 'CSS: .*'];
const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

test('the W3C Nu Html Checker finds no HTML error on any built page of either site', () => {
  skipWithout('java');
  test.setTimeout(120_000);
  const files = SITES.flatMap((site) => site.pages.map((path) => pageFile(site, path)));
  const run = spawnSync('java', [...JVM_FLAGS, '-jar', vnuJar, ...VNU_FLAGS, ...files], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  expect(run.status, run.stderr).toBe(0);
  const { messages } = JSON.parse(run.stdout) as { messages: { url: string; lastLine?: number; message: string }[] };
  expect(messages.map(({ url, lastLine, message }) => `${url}:${lastLine} ${message}`)).toEqual([]);
});

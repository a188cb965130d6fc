import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { pageFile, SITES } from '../support/sites';

/*
 * The W3C Nu Html Checker (vnu-jar, run by Debian's Java) over every built page, in one Java start:
 * it reads what html-validate does not, such as the syntax of URLs in attributes. HTML only: its
 * CSS checker predates @property and margin-trim, which Tailwind 4 emits, and no option turns it
 * off for <style> elements, so messages that start with "CSS:" are filtered out. Its warnings are
 * left out too: they say that the inline <style> and the JSON-LD block break the
 * Content-Security-Policy, which they do not (it does not compute the policy's hashes, and JSON-LD
 * never runs; pages.spec.ts proves no policy is violated in a browser).
 * A run of a few seconds: the quick compiler alone, one compiler thread and the serial collector
 * halve the JVM's CPU time. Its frames are larger, so the checker's schema needs more stack.
 */
const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:CICompilerCount=1', '-XX:+UseSerialGC', '-Xss16m'];
const VNU_FLAGS = ['--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', '--filterpattern', 'CSS: .*'];
const NO_JAVA = 'The Nu Html Checker needs Java. Install Debian\'s: "sudo apt-get install -y default-jre-headless".';
const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

test('the W3C Nu Html Checker finds no HTML error on any built page of either site', () => {
  test.setTimeout(120_000);
  const files = SITES.flatMap((site) => site.pages.map((path) => pageFile(site, path)));
  const run = spawnSync('java', [...JVM_FLAGS, '-jar', vnuJar, ...VNU_FLAGS, ...files], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') throw new Error(NO_JAVA);
  expect(run.status, run.stderr).toBe(0);
  const { messages } = JSON.parse(run.stdout) as { messages: { url: string; lastLine?: number; message: string }[] };
  expect(messages.map(({ url, lastLine, message }) => `${url}:${lastLine} ${message}`)).toEqual([]);
});

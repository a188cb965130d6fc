import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './temp-site.ts';

/*
 * axe-core, run in the page by every engine's checks. Injected once per page and run as often as
 * the test changes width or scheme: @axe-core/playwright re-injects it and finishes each run in a
 * second page, four times slower here, for frame support this site (no iframes) does not need.
 */

/** WCAG 2.0 to 2.2, A and AA, and axe's best practices. No rule is turned off. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core's browser build, to evaluate in the page. */
export function axeSource(): string {
  return readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
}

/** In the page, after axeSource(): one line per violation, "rule-id: target, target". */
export async function axeViolations(tags: string[]): Promise<string[]> {
  const { axe } = window as unknown as { axe: typeof import('axe-core') };
  // Violations only: collecting every passing node as well costs most of axe's time.
  const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

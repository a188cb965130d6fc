/**
 * Synthetic phase pages for the build benchmark: the real MDX files with new frontmatter values,
 * so each page costs what a real phase page costs to render.
 */

/** One generated MDX file: its name in content/phases/ and its text. */
export interface SyntheticPhase {
  fileName: string;
  source: string;
}

/** The earliest year a synthetic phase starts; every phase ends by 2018, as the real ones do. */
const FIRST_YEAR = 2014;

/** Replaces one frontmatter line (or block) and throws when it is missing, so a format change stops the bench. */
function replaceField(source: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(source)) throw new Error(`the phase file has no ${what} in the form the benchmark expects`);
  return source.replace(pattern, replacement);
}

/**
 * Makes `count` phase files from the given real ones, in turn. Phase k gets the id
 * bench-phase-k, the order k, its own title and label, and years within 2014-2018.
 */
export function syntheticPhases(templates: readonly string[], count: number): SyntheticPhase[] {
  if (templates.length === 0) throw new Error('there is no real phase file to copy');
  const width = String(count).length;
  return Array.from({ length: count }, (_, index) => {
    const k = index + 1;
    const start = FIRST_YEAR + (k % 4);
    const end = start + (k % 2);
    let source = templates[index % templates.length] ?? '';
    source = replaceField(source, /^title: .*$/m, `title: "Synthetic phase ${k} (${start}-${end})"`, 'title');
    source = replaceField(source, /^label: .*$/m, `label: Phase ${k}`, 'label');
    source = replaceField(source, /^order: .*$/m, `order: ${k}`, 'order');
    source = replaceField(
      source,
      /^years:\n {2}start: .*\n {2}end: .*$/m,
      `years:\n  start: ${start}\n  end: ${end}`,
      'years (start and end)',
    );
    return { fileName: `bench-phase-${String(k).padStart(width, '0')}.mdx`, source };
  });
}

import { isMap, isScalar, isSeq, parseDocument, Scalar, type Node } from 'yaml';
import { splitFile } from '../../src/content-checks/read-folder.ts';

/*
 * A content file as an editor may write it by hand in a text editor, in valid YAML the CMS never
 * writes: double quotes, single quotes, a folded block scalar for a long text (summary: >), lists
 * written on one line ([…]), long lines folded. The build and the CMS must read it as the original.
 */

/** Fields whose text an editor may write as a folded block, over several lines. */
const FOLDED = new Set(['summary', 'description', 'sentence', 'tagline']);

function restyle(key: string, node: Node | null, index: number): void {
  if (isSeq(node)) {
    node.flow = true;
    node.items.forEach((item, at) => restyle(key, item as Node, at));
  } else if (isMap(node)) node.items.forEach((pair, at) => restyle(String(pair.key), pair.value as Node, at));
  else if (isScalar(node) && typeof node.value === 'string') {
    if (FOLDED.has(key)) {
      // summary: > keeps one final newline, as an editor's folded block does.
      node.value = `${node.value}\n`;
      node.type = Scalar.BLOCK_FOLDED;
    } else node.type = index % 2 === 0 ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
  }
}

/** The text of a YAML file or an MDX page with its fields rewritten in the styles above, the body kept. */
export function byHand(text: string): string {
  const page = text.startsWith('---');
  const { yaml, body } = splitFile(page ? 'page.mdx' : 'data.yaml', text);
  const document = parseDocument(yaml);
  restyle('', document.contents, 0);
  const fields = document.toString({ lineWidth: 60, minContentWidth: 20 });
  return page ? `---\n${fields}---${body}` : fields;
}

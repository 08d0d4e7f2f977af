// A regular expression that matches any word of a list, longest first, built as a trie so that
// scanning a text costs one character test per position instead of one test per word.

interface Node {
  end: boolean;
  next: Map<string, Node>;
}

export function wordPattern(words: readonly string[], flags = 'g'): RegExp {
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return new RegExp(source(root), flags);
}

function source(node: Node): string {
  const branches = [...node.next].map(([ch, child]) => escape(ch) + (child.next.size ? (child.end ? `(?:${source(child)})?` : source(child)) : ''));
  return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
}

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// What the name matcher is compared with (issue 8): modern-ahocorasick in its nearest mode, and a plain Map-of-chars
// trie. None folds diacritics or separators.
import UnicodeAhoCorasick from 'modern-ahocorasick/unicode';
import type { NameEntry } from '../../src/core/matcher';

export interface Span {
  start: number;
  end: number;
}

/** Longest names first, since an alternation takes the first alternative that fits. */
function distinctNames(entries: readonly NameEntry[]): string[] {
  return [...new Set(entries.map(e => e.text))].sort((a, b) => b.length - a.length);
}

/**
 * `modern-ahocorasick/unicode`: full case folding, compact backend, Unicode word boundaries, leftmost-longest. Its
 * double-array backend (`/unicode-fast`) searched no faster here (4.6 s vs 4.4 s on 100 KB, 150k names) and builds slower.
 */
export function ahoCorasickBaseline(entries: readonly NameEntry[]): (text: string) => Span[] {
  const aho = new UnicodeAhoCorasick(distinctNames(entries), { boundary: 'unicode' });
  return text => aho.search(text, { strategy: 'leftmost-longest' }).map(m => ({ start: m.start, end: m.end }));
}

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

/** A Map-of-chars trie over lower-cased names, tried at each word start, longest match kept. */
export function mapTrieBaseline(entries: readonly NameEntry[]): (text: string) => Span[] {
  const root: TrieNode = { children: new Map(), terminal: false };
  for (const name of distinctNames(entries)) {
    let node = root;
    for (const ch of name.toLowerCase()) {
      let next = node.children.get(ch);
      if (!next) {
        next = { children: new Map(), terminal: false };
        node.children.set(ch, next);
      }
      node = next;
    }
    node.terminal = true;
  }
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  return text => {
    const lower = text.toLowerCase();
    const out: Span[] = [];
    for (let i = 0; i < lower.length; i++) {
      if (isWord(lower[i - 1]) || !root.children.has(lower[i])) {
        continue;
      }
      let node: TrieNode | undefined = root;
      let end = -1;
      for (let j = i; node && j < lower.length; j++) {
        node = node.children.get(lower[j]);
        if (node?.terminal && !isWord(lower[j + 1])) {
          end = j + 1;
        }
      }
      if (end > 0) {
        out.push({ start: i, end });
        i = end - 1;
      }
    }
    return out;
  };
}

/**
 * The Persian word list used to decide ZWNJ repairs.
 *
 * Source: the maintained `@cspell/dict-fa-ir` package (Apache-2.0). It ships a cspell
 * "TrieXv3" file (gzipped text). This module decodes that format at module init (the
 * only I/O in src/text) into an in-memory trie of plain objects and answers membership
 * queries. Words are stored without ZWNJ and with Persian ی/ک, e.g. «کتابها», «شود».
 *
 * Format notes (TrieXv3, as written by cspell-tools): after a `__DATA__` line the body is a
 * stream of characters that walk down the trie; `$` marks end of word and steps back one
 * level; `<` steps back one level and a digit `n` after `$`/`<` steps back `n - 1` more;
 * `#id;` (id in the header's base) makes the current edge point to an earlier node, where
 * ids count nodes that have children in the order they receive their first child (root = 0);
 * `\x` escapes a character; line breaks are ignored. Words starting with `~` (accent-folded
 * duplicates) and `!` (forbidden words) are ignored by {@link hasWord} since no Persian
 * letter sequence starts with them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';

interface TrieNode {
  /** children, created lazily */
  c: Map<string, TrieNode> | null;
  /** end of word */
  f: boolean;
}

/** Decode a TrieXv3 document into its root node. Exported for tests. */
export function decodeTrieV3(text: string): TrieNode {
  const headerEnd = text.indexOf('__DATA__');
  if (!text.startsWith('TrieXv3', text.indexOf('TrieXv3')) || headerEnd < 0) {
    throw new Error('lexicon: not a TrieXv3 file');
  }
  const baseMatch = /base=(\d+)/.exec(text.slice(0, headerEnd));
  const radix = baseMatch ? Number.parseInt(baseMatch[1], 10) : 16;
  const root: TrieNode = { c: null, f: false };
  const ids: TrieNode[] = [];
  const stack: TrieNode[] = [root];
  const edgeChars: string[] = [''];
  const data = text;
  const n = data.length;
  let i = data.indexOf('\n', headerEnd) + 1;

  const insert = (ch: string): void => {
    const top = stack[stack.length - 1];
    if (top.c === null) {
      top.c = new Map();
      ids.push(top);
    }
    let child = top.c.get(ch);
    if (!child) {
      child = { c: null, f: false };
      top.c.set(ch, child);
    }
    stack.push(child);
    edgeChars.push(ch);
  };
  const pop = (k: number): void => {
    for (let j = 0; j < k && stack.length > 1; j++) {
      stack.pop();
      edgeChars.pop();
    }
  };
  const backDigits = (): void => {
    while (i < n) {
      const d = data.charCodeAt(i);
      if (d === 60 /* < */) {
        pop(1);
        i++;
      } else if (d >= 50 && d <= 57 /* 2..9 */) {
        pop(d - 49);
        i++;
      } else break;
    }
  };

  while (i < n) {
    const ch = data[i];
    if (ch === '\n' || ch === '\r') {
      i++;
    } else if (ch === '$') {
      stack[stack.length - 1].f = true;
      pop(1);
      i++;
      backDigits();
    } else if (ch === '<') {
      pop(1);
      i++;
      backDigits();
    } else if (ch === '#') {
      const end = data.indexOf(';', i);
      if (end < 0) break;
      const id = Number.parseInt(data.slice(i + 1, end), radix);
      i = end + 1;
      const target = ids[id];
      if (target && stack.length > 1) {
        const edge = edgeChars[edgeChars.length - 1];
        const parent = stack[stack.length - 2];
        parent.c?.set(edge, target);
        stack[stack.length - 1] = target;
      }
    } else if (ch === '\\') {
      const next = data[i + 1] ?? '';
      insert(next === 'n' ? '\n' : next === 'r' ? '\r' : next);
      i += 2;
    } else {
      const cp = data.codePointAt(i) ?? 0;
      const s = cp > 0xffff ? data.slice(i, i + 2) : ch;
      insert(s);
      i += s.length;
    }
  }
  return root;
}

function loadRoot(): TrieNode {
  try {
    const require = createRequire(import.meta.url);
    const extPath = require.resolve('@cspell/dict-fa-ir/cspell-ext.json');
    const triePath = extPath.replace(/cspell-ext\.json$/, 'fa-IR.trie.gz');
    return decodeTrieV3(gunzipSync(readFileSync(triePath)).toString('utf8'));
  } catch {
    // Without the lexicon, ZWNJ repair falls back to its hand-written lists only.
    return { c: null, f: false };
  }
}

const ROOT = loadRoot();

/** Whether the lexicon is loaded (false only if the package is missing). */
export const lexiconLoaded = ROOT.c !== null;

/** Is `word` (Persian ی/ک, no ZWNJ) a word of the lexicon? */
export function hasWord(word: string): boolean {
  let node: TrieNode | undefined = ROOT;
  for (let i = 0; i < word.length; i++) {
    const c: Map<string, TrieNode> | null = node.c;
    if (c === null) return false;
    node = c.get(word[i]);
    if (node === undefined) return false;
  }
  return node.f;
}

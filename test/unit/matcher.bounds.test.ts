// Issue 9: a hover on a huge line costs the same as on a short one. matchAt is given a text that counts every
// character it reads, on lines of hostile patterns (marks with no letter, lone surrogates, NUL, one endless word)
// 10 kB and 1 MB long; the count on the long line must not be larger. Reading the whole line would be 100× larger.
import * as assert from 'assert';
import * as path from 'path';
import { FactBase } from '../../src/core/factBase';
import { loadFactBase, readDataDir } from '../../src/core/loader';
import { NameMatcher, nameEntriesOf } from '../../src/core/matcher';

const fb = new FactBase(loadFactBase(readDataDir(path.join(__dirname, '../../data'))).factBase);
const matcher = NameMatcher.fromEntries(nameEntriesOf(fb));

/** `text` as the string methods the matcher uses, counting the characters they read. */
function countingText(text: string): { text: string; reads: () => number } {
  let reads = 0;
  const counted = {
    length: text.length,
    charCodeAt: (i: number) => (reads++, text.charCodeAt(i)),
    codePointAt: (i: number) => (reads++, text.codePointAt(i)),
    slice: (start: number, end?: number) => {
      const part = text.slice(start, end);
      reads += part.length;
      return part;
    },
  };
  // Anything else the matcher called on the text would throw here, so the count cannot miss a read.
  return { text: counted as unknown as string, reads: () => reads };
}

/** Lines made of a head and one unit repeated: [head, unit]. */
const PATTERNS: Record<string, [string, string]> = {
  'combining marks after one space': [' ', '\u0301'],
  'combining marks alone': ['', '\u0301'],
  'lone surrogates': ['', '\ud800'],
  'NUL bytes': ['', '\u0000'],
  'one endless word': ['', 'a'],
  'emoji': ['', '😀'],
  'zero-width joiners': ['', 'a\u200d'],
  'a known name again and again': ['', 'Kil Mun-yong '],
  'plain words': ['', 'word '],
};

/** The characters matchAt reads at the start, near the start, in the middle and at the end of a line of ~`length`. */
function readsAcross([head, unit]: [string, string], length: number): number[] {
  const units = Math.ceil(length / unit.length);
  const line = head + unit.repeat(units);
  const middle = head.length + Math.floor(units / 2) * unit.length;
  return [0, head.length + unit.length, middle, line.length - 1].map(offset => {
    const counted = countingText(line);
    matcher.matchAt(counted.text, offset);
    return counted.reads();
  });
}

describe('NameMatcher.matchAt on huge lines (work counter)', function () {
  this.timeout(60_000);
  for (const [name, pattern] of Object.entries(PATTERNS)) {
    it(`reads no more of a 1 MB line than of a 10 kB one: ${name}`, () => {
      const short = readsAcross(pattern, 10_000);
      const long = readsAcross(pattern, 1_000_000);
      long.forEach((reads, i) => assert.ok(reads <= short[i], `offset kind ${i}: ${reads} reads on 1 MB, ${short[i]} on 10 kB`));
    });
  }

  it('still finds the name under the pointer in the middle of a 1 MB line', () => {
    const filler = ' \u0301'.repeat(250_000);
    const line = `${filler}the DPRK${filler}`;
    assert.deepStrictEqual(matcher.matchAt(line, line.indexOf('DPRK') + 1)?.entityIds, ['north-korea']);
  });
});

// Claim-check figure of issue 17: checking a draft again after one edit, in a 1 MB draft vs a 1 KB one, as the
// extension does it (CheckedDraft: the edit is noted, the touched paragraph checked, every finding collected).
import { CheckedDraft, ClaimChecker, ParagraphCache } from '../src/core/check';
import { type Figure, fastestMs, registerBench } from './harness';
import { matcher100, model100 } from './matcher.bench';

/** Edits timed per sample: each a different paragraph, so the cache never has the edited text already. */
const EDITS = 10;
/** The word each edit rewrites, the same length every time: `w0000001`, `w0000002`… */
const MARK_LENGTH = 8;

registerBench('check', ctx => {
  const factBase = model100(ctx);
  const matcher = matcher100(ctx).value;
  const cache = new ParagraphCache(new ClaimChecker(factBase, () => matcher));
  const long = ctx.corpus('prose-1mb');
  const short = long.slice(0, long.indexOf('\n\n', 1000) + 2 || 1000);
  let mark = 0;

  /** A draft of `base` checked once, and EDITS versions of it, each one mark rewritten in a paragraph of its own. */
  const prepare = (base: string) => {
    const paragraphs = base.split('\n\n');
    const at = Array.from({ length: EDITS }, (_, i) => Math.floor(((i + 0.5) * paragraphs.length) / EDITS));
    const marks = paragraphs.map(() => `w${String(mark++).padStart(MARK_LENGTH - 1, '0')}`);
    const text = () => paragraphs.map((p, i) => `${marks[i]} ${p}`).join('\n\n');
    const draft = new CheckedDraft(cache, text().length);
    const first = text();
    draft.settle(first);
    const versions = at.map(i => {
      marks[i] = `w${String(mark++).padStart(MARK_LENGTH - 1, '0')}`;
      const version = text();
      return { version, offset: offsetOfParagraph(version, i), flat: version.charCodeAt(version.length - 1) };
    });
    return { draft, versions };
  };
  const recheck = (base: string) => {
    const prepared = Array.from({ length: ctx.sizes.repeats }, () => prepare(base));
    let run = 0;
    return () => {
      const { draft, versions } = prepared[run++ % prepared.length];
      let findings = 0;
      for (const { version, offset } of versions) {
        draft.noteChange(offset, MARK_LENGTH, MARK_LENGTH);
        draft.settle(version);
        findings += draft.findings().length;
      }
      return findings;
    };
  };
  ctx.log('timing re-checks after an edit in a 1 MB and a 1 KB draft');
  const [longMs, shortMs] = fastestMs(ctx.sizes.repeats, recheck(long), recheck(short));
  const figures: Figure[] = [{
    key: 'recheck_edit_1mb_vs_1kb', value: longMs / shortMs, goal: { op: '<=', target: 2 },
    note: `${EDITS} edits, each in another paragraph; ${(shortMs * 1000 / EDITS).toFixed(0)} µs an edit in the 1 KB draft, ${(longMs * 1000 / EDITS).toFixed(0)} µs in the ${(long.length / 1e6).toFixed(1)} MB one`,
  }];
  return figures;
});

/** Where the i-th paragraph (split at blank lines) begins. */
function offsetOfParagraph(text: string, i: number): number {
  let offset = 0;
  for (let n = 0; n < i; n++) {
    offset = text.indexOf('\n\n', offset) + 2;
  }
  return offset;
}

// Claim-check figure of issue 17: checking a draft again after one edit, in a 1 MB draft vs a 1 KB one, as the
// extension does it (CheckedDraft: the edit is noted, the touched paragraph checked, every finding collected). The
// 1 KB draft is the 1 MB one's opening paragraphs, and both get the same edits there: the same text is checked, so
// the figure is what the rest of the draft adds (a paragraph's check costs 10–400 µs by what it names, which would
// otherwise decide it). Edits near the start move every later paragraph: the most bookkeeping an edit can cause.
import { CheckedDraft, ClaimChecker, ParagraphCache } from '../src/core/check';
import { type Figure, registerBench } from './harness';
import { matcher100, model100 } from './matcher.bench';

/** Edits timed per sample, each with a new word, so the cache never has the edited text already. */
const EDITS = 10;
/** Timed samples for each untimed warm-up one. */
const SAMPLES_PER_REPEAT = 6;
/** The word each edit rewrites, the same length every time: `w0000001`, `w0000002`… */
const MARK_LENGTH = 8;

registerBench('check', ctx => {
  const factBase = model100(ctx);
  const matcher = matcher100(ctx).value;
  const cache = new ParagraphCache(new ClaimChecker(factBase, () => matcher));
  const long = ctx.corpus('prose-1mb');
  const short = long.slice(0, long.indexOf('\n\n', 1000) + 2 || 1000);
  /** The paragraphs the edits go to in either draft: the short draft's. */
  const edited = Math.max(1, short.split('\n\n').filter(p => p.length > 0).length);
  let mark = 0;
  /** Findings collected after the timed edits: reported, so no work is optimised away. */
  let collected = 0;

  /** A draft of `base` checked once, and EDITS versions of it, each one mark rewritten in one of its first paragraphs. */
  const prepare = (base: string) => {
    const paragraphs = base.split('\n\n');
    const at = Array.from({ length: EDITS }, (_, i) => i % edited);
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
  /** CPU ms of one sample's edits on a fresh draft (prepared untimed: its versions take 10 MB at 1 MB). */
  const recheckMs = (base: string) => {
    const { draft, versions } = prepare(base);
    const before = process.cpuUsage();
    for (const { version, offset } of versions) {
      draft.noteChange(offset, MARK_LENGTH, MARK_LENGTH);
      draft.settle(version);
      collected += draft.findings().length;
    }
    const { user, system } = process.cpuUsage(before);
    return (user + system) / 1000;
  };
  ctx.log('timing re-checks after an edit in a 1 MB and a 1 KB draft');
  // A sample is well under a millisecond: the fastest of many, after untimed ones that let the JIT settle, with the
  // two drafts taking turns so both see the same machine.
  let [longMs, shortMs] = [Infinity, Infinity];
  for (let s = 0; s < ctx.sizes.repeats * (1 + SAMPLES_PER_REPEAT); s++) {
    const [l, sh] = [recheckMs(long), recheckMs(short)];
    if (s >= ctx.sizes.repeats) {
      [longMs, shortMs] = [Math.min(longMs, l), Math.min(shortMs, sh)];
    }
  }
  const figures: Figure[] = [{
    key: 'recheck_edit_1mb_vs_1kb', value: longMs / shortMs, goal: { op: '<=', target: 2 },
    note: `${EDITS} edits in the first ${edited} paragraphs; ${(shortMs * 1000 / EDITS).toFixed(0)} µs an edit in the 1 KB draft, ${(longMs * 1000 / EDITS).toFixed(0)} µs in the ${(long.length / 1e6).toFixed(1)} MB one; ${collected} findings collected`,
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

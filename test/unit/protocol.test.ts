import * as assert from 'node:assert/strict';
import { isReaderState, parseFromWebview, parseToWebview, type ReaderArticle, readerStateOf, type ToWebview } from '../../src/shared/protocol';
import { parseTestFromWebview, parseTestToWebview } from '../../src/shared/testProtocol';

const article: ReaderArticle = {
  sourceId: 'ghana-wikipedia',
  title: 'Ghana–North Korea relations',
  about: ['Encyclopedia article', 'date unknown'],
  text: 'Title\n\nGhana and North Korea established relations.',
  blocks: [{ kind: 'title', start: 0, end: 5 }, { kind: 'paragraph', start: 7, end: 51 }],
  passages: [{ start: 7, end: 51, facts: [{ id: 'ghana-relations-established', summary: 'Relations established' }] }],
  names: [{ start: 7, end: 12, entityId: 'ghana', name: 'Ghana' }],
};
const show: ToWebview = { type: 'show', article, state: { sourceId: 'ghana-wikipedia', highlights: [{ start: 7, end: 12 }, { start: 13, end: 51 }], current: 1, scrollY: null, fact: null } };

/** A message being broken on purpose: no precise type admits the invalid shapes the tests make. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Malleable = any;

/** A deep copy of `value` with `edit` applied, for one-field mutations of a valid message. */
function mutated<T>(value: T, edit: (copy: Malleable) => void): unknown {
  const copy = structuredClone(value);
  edit(copy);
  return copy;
}

describe('reader protocol', () => {
  describe('to the webview', () => {
    it('accepts a valid show message', () => {
      assert.deepEqual(parseToWebview(structuredClone(show)), show);
    });

    it('rejects the test build\'s messages', () => {
      assert.equal(parseToWebview({ type: 'requestReport', id: 1 }), undefined);
      assert.equal(parseToWebview({ type: 'followLink', index: 0 }), undefined);
    });

    const invalid: [string, (m: Malleable) => void][] = [
      ['an unknown type', m => (m.type = 'html')],
      ['a block kind that is not a block', m => (m.article.blocks[0].kind = 'script')],
      ['a block past the end of the text', m => (m.article.blocks[1].end = 52)],
      ['a range that ends before it starts', m => (m.article.names[0].end = 6)],
      ['a fractional offset', m => (m.article.passages[0].start = 7.5)],
      ['a negative offset', m => (m.article.names[0].start = -1)],
      ['text that is not a string', m => (m.article.text = { toString: () => 'x' })],
      ['a fact without a summary', m => delete m.article.passages[0].facts[0].summary],
      ['a highlight past the end of the text', m => (m.state.highlights[1] = { start: 7, end: 99 })],
      ['a current quote that is not one of the highlights', m => (m.state.current = 2)],
      ['highlights that are not a list', m => (m.state.highlights = { start: 7, end: 12 })],
      ['state for another article', m => (m.state.sourceId = 'mongolia-wiki-mirror')],
      ['a scroll position that is not a number', m => (m.state.scrollY = '10')],
      ['no article', m => delete m.article],
    ];
    for (const [what, edit] of invalid) {
      it(`rejects ${what}`, () => assert.equal(parseToWebview(mutated(show, edit)), undefined));
    }

    it('rejects what is not a message at all', () => {
      for (const value of [null, undefined, 'show', 42, [show]]) {
        assert.equal(parseToWebview(value), undefined);
      }
    });
  });

  describe('from the webview', () => {
    it('accepts each message type', () => {
      for (const message of [
        { type: 'ready' },
        { type: 'scrolled', scrollY: 120.5 },
        { type: 'revealEntity', entityId: 'ghana' },
      ]) {
        assert.deepEqual(parseFromWebview(message), message);
      }
    });

    it('drops fields it does not know', () => {
      assert.deepEqual(parseFromWebview({ type: 'revealEntity', entityId: 'ghana', command: 'workbench.action.terminal.new' }),
        { type: 'revealEntity', entityId: 'ghana' });
    });

    it('rejects malformed messages', () => {
      for (const message of [
        { type: 'revealEntity' },
        { type: 'revealEntity', entityId: 7 },
        { type: 'scrolled', scrollY: -1 },
        { type: 'scrolled', scrollY: Number.NaN },
        { type: 'rendered', report: {} },
        { type: 'executeCommand', command: 'x' },
        null,
      ]) {
        assert.equal(parseFromWebview(message), undefined, JSON.stringify(message));
      }
    });
  });

  describe('saved state', () => {
    it('accepts what the webview saves and rejects what it never would', () => {
      assert.ok(isReaderState({ sourceId: 'a', highlights: [], current: 0, scrollY: 0, fact: null }));
      assert.ok(isReaderState({ sourceId: 'a', highlights: [], current: 0, scrollY: 0, fact: { id: 'f', summary: 's', date: '1964', status: 'occurred', quotes: [{ text: 'q', sourceTitle: 't', highlight: null }] } }));
      assert.ok(!isReaderState({ sourceId: 'a', highlights: [], current: 0, scrollY: 0, fact: { id: 'f', summary: 's', date: '1964', status: 'occurred', quotes: [{ text: 'q', highlight: -1 }] } }));
      assert.ok(isReaderState({ sourceId: 'a', highlights: [{ start: 1, end: 4 }, { start: 6, end: 9 }], current: 1, scrollY: null, fact: null }));
      assert.ok(!isReaderState({ sourceId: 'a', highlights: [{ start: 4, end: 1 }], current: 0, scrollY: 0 }));
      assert.ok(!isReaderState({ sourceId: 'a', highlights: [{ start: 1, end: 4 }], current: 1, scrollY: 0 }));
      assert.ok(!isReaderState({ highlights: [], current: 0, scrollY: 0 }));
      assert.ok(!isReaderState(undefined));
    });

    it('migrates the single-highlight state earlier versions saved, and nothing else', () => {
      assert.deepEqual(readerStateOf({ sourceId: 'a', highlight: { start: 1, end: 4 }, scrollY: null }),
        { sourceId: 'a', highlights: [{ start: 1, end: 4 }], current: 0, scrollY: null, fact: null });
      assert.deepEqual(readerStateOf({ sourceId: 'a', highlight: null, scrollY: 30 }), { sourceId: 'a', highlights: [], current: 0, scrollY: 30, fact: null });
      const today = { sourceId: 'a', highlights: [{ start: 1, end: 4 }], current: 0, scrollY: 5, fact: null };
      assert.deepEqual(readerStateOf({ ...today, extra: 'dropped' }), today);
      for (const bad of [{ sourceId: 'a', highlight: { start: 4, end: 1 }, scrollY: null }, { sourceId: 'a', scrollY: null }, null, 'a']) {
        assert.equal(readerStateOf(bad), undefined, JSON.stringify(bad));
      }
    });
  });

  describe('test build messages (src/shared/testProtocol.ts)', () => {
    const report = {
      sourceId: 'x', marks: [], current: null, text: 'abc', links: [{ text: 'b', entityId: 'ghana' }], unexpectedMarkup: [], markInView: null, scrollY: 0, look: { theme: '', page: 'rgb(0, 0, 0)', marks: [] }, openedFact: null, factTip: null, state: null,
    };

    it('accepts a report request, and following a link by a whole, non-negative index only', () => {
      assert.deepEqual(parseTestToWebview({ type: 'requestReport', id: 4 }), { type: 'requestReport', id: 4 });
      assert.equal(parseTestToWebview({ type: 'requestReport' }), undefined);
      assert.deepEqual(parseTestToWebview({ type: 'followLink', index: 3, extra: 'x' }), { type: 'followLink', index: 3 });
      for (const index of [-1, 1.5, '2', null, undefined, Number.NaN]) {
        assert.equal(parseTestToWebview({ type: 'followLink', index }), undefined, String(index));
      }
      assert.deepEqual(parseTestToWebview({ type: 'pressKey', key: 'n' }), { type: 'pressKey', key: 'n' });
      assert.equal(parseTestToWebview({ type: 'pressKey', key: 1 }), undefined);
      assert.equal(parseTestToWebview(show), undefined);
    });

    it('accepts render reports and rejects malformed ones', () => {
      for (const message of [{ type: 'rendered', request: null, report }, { type: 'rendered', request: 3, report: { ...report, marks: ['b'], current: 0 } }]) {
        assert.deepEqual(parseTestFromWebview(message), message);
      }
      for (const bad of [
        { sourceId: 'x', marks: [], text: 'abc' },
        { ...report, marks: [3] },
        { ...report, current: -1 },
        { ...report, links: [{ text: 'b' }] },
        { ...report, markInView: 'yes' },
        { ...report, scrollY: -1 },
      ]) {
        assert.equal(parseTestFromWebview({ type: 'rendered', request: null, report: bad }), undefined, JSON.stringify(bad));
      }
      assert.equal(parseTestFromWebview({ type: 'ready' }), undefined);
    });
  });
});

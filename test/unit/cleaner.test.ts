// The article cleaner on the three bundled articles and on hostile input (issues 4 and 6).
import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { type CleanArticle, cleanArticle, cleanArticleInSlices } from '../../src/core/cleaner';
import { sourcePassages } from '../../src/core/search/passages';
import { splitSentences } from '../../src/core/cleaner/sentences';
import type { CleaningProfile } from '../../src/core/model';

const PROFILES: CleaningProfile[] = ['wikipedia-dump', 'wiki-mirror', 'news-page', 'plain-text', 'markdown'];
const readSource = (file: string) => fs.readFileSync(path.join(__dirname, '../../data/sources', file), 'utf8');

const NEWS_CAPTION_FIRST = 'The North Korean flag is raised at the North Korean consular office in Dandong, Liaoning province, China, on April 20, 2021.  Photo taken on April 20, 2021.—Reuters';
const NEWS_CAPTION_REPEAT = NEWS_CAPTION_FIRST.replace('.  Photo', '. Photo');

interface ArticleCase {
  file: string;
  profile: CleaningProfile;
  title: string;
  headings: string[];
  /** Whole lines (or &&&&&-separated pieces) of the raw file that are page chrome, not article. */
  chrome: string[];
}

const ARTICLES: ArticleCase[] = [
  {
    file: '000_d5dc86d3afe6af44.txt',
    profile: 'wikipedia-dump',
    title: 'Ghana–North Korea relations',
    headings: ['Introduction', 'History', 'Trade', 'See also'],
    chrome: ['698\tGhana–North_Korea_relations', '===Works cited===', '*', 'References', 'Further reading'],
  },
  {
    file: '001_b6094b134a5d4545.txt',
    profile: 'wiki-mirror',
    title: 'Mongolia–North Korea relations',
    headings: ['History'],
    chrome: [
      'Kalpana Kalpana (Editor)', 'Updated on', 'Edit', 'Like', 'Comment',
      'Share on FacebookTweet on TwitterShare on LinkedInShare on Reddit',
      'Mongolia–North Korea relations thediplomatcomwpcontentuploads201310190955',
      'References', 'Mongolia–North Korea relations Wikipedia',
    ],
  },
  {
    file: '002_71d93d004b71f66b.txt',
    profile: 'news-page',
    title: 'North Korea, facing cash crisis, closed many embassies around the world.',
    headings: [],
    chrome: [NEWS_CAPTION_REPEAT, 'Leave a Comment', 'Your email address will not be published. Required fields are marked *', 'Scroll to Top'],
  },
];

/** Word tokens of the raw text outside the given chrome pieces, worked out without the cleaner. */
function articleWords(raw: string, chrome: string[]): string[] {
  return raw.split(/\r\n|\r|\n|&&&&&/).map(piece => piece.trim())
    .filter(piece => !chrome.includes(piece))
    .map(piece => piece.replace(/^\*/, '')) // a list item's bullet
    .flatMap(words);
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const blockText = (a: CleanArticle, kind: string) => a.blocks.filter(b => b.kind === kind).map(b => a.text.slice(b.start, b.end));
const sentenceTexts = (a: CleanArticle) => a.blocks.flatMap(b => b.sentences.map(s => a.text.slice(s.start, s.end)));
const isInBlock = (a: CleanArticle, i: number) => a.blocks.some(b => b.start <= i && i < b.end);

/** Structural promises every cleaned article keeps, whatever the input. */
function assertWellFormed(raw: string, a: CleanArticle): void {
  assert.strictEqual(a.blocks[0]?.kind, 'title');
  assert.strictEqual(a.blocks.filter(b => b.kind === 'title').length, 1);
  assert.strictEqual(a.title, a.text.slice(a.blocks[0].start, a.blocks[0].end));
  assert.strictEqual(a.blocks.map(b => a.text.slice(b.start, b.end)).join('\n\n'), a.text);
  for (let i = 0; i < a.text.length; i++) {
    if (isInBlock(a, i)) {
      assert.strictEqual(raw[a.toRaw(i)], a.text[i], `clean offset ${i}`);
      assert.strictEqual(a.toClean(a.toRaw(i)), i, `clean offset ${i}`);
    }
  }
  for (let i = 1; i <= a.text.length; i++) {
    assert.ok(a.toRaw(i - 1) <= a.toRaw(i), `toRaw is monotonic at ${i}`);
  }
  for (let r = 0; r < raw.length; r++) {
    const c = a.toClean(r);
    if (c !== undefined) {
      assert.strictEqual(a.toRaw(c), r, `raw offset ${r}`);
    }
  }
  for (const b of a.blocks) {
    for (const s of b.sentences) {
      assert.ok(b.start <= s.start && s.start < s.end && s.end <= b.end, `sentence ${JSON.stringify(s)} inside its block`);
    }
  }
}

describe('cleanArticle on the bundled articles', () => {
  for (const c of ARTICLES) {
    describe(c.file, () => {
      const raw = readSource(c.file);
      const article = cleanArticle(raw, c.profile);

      it('finds the title', () => {
        assert.strictEqual(article.title, c.title);
        assert.strictEqual(article.text.indexOf(c.title), 0);
      });

      it('keeps the headings of sections with content', () => {
        assert.deepStrictEqual(blockText(article, 'heading'), c.headings);
      });

      it('removes the chrome', () => {
        const blocks = article.blocks.map(b => article.text.slice(b.start, b.end));
        for (const chrome of c.chrome) {
          assert.ok(!blocks.includes(chrome), `block "${chrome}" should be gone`);
          assert.ok(!article.text.includes(chrome), `"${chrome}" should be gone`);
        }
      });

      it('loses no article word', () => {
        assert.deepStrictEqual(words(article.text), articleWords(raw, c.chrome));
      });

      it('maps every kept character back to the same raw character, both ways', () => {
        assertWellFormed(raw, article);
      });
    });
  }

  const [ghana, mongolia, news] = ARTICLES.map(c => cleanArticle(readSource(c.file), c.profile));

  it('keeps the "See also" items as paragraphs, without their bullets', () => {
    const paragraphs = blockText(ghana, 'paragraph');
    assert.deepStrictEqual(paragraphs.slice(-2), ['Foreign relations of Ghana', 'Foreign relations of North Korea']);
  });

  it('keeps the photo caption once, as the first copy was received', () => {
    assert.deepStrictEqual(blockText(news, 'caption'), [NEWS_CAPTION_FIRST]);
    assert.strictEqual(news.text.split('The North Korean flag is raised').length - 1, 1);
  });

  it('keeps the garbled sentence exactly as received, as one sentence', () => {
    assert.ok(sentenceTexts(news).includes('But may fall. , a North Korea-focused website.'));
  });

  it('maps a raw range into the clean text only when none of it is chrome', () => {
    const rawRange = (raw: string, needle: string, from = 0): [number, number] => {
      const start = raw.indexOf(needle, from);
      return [start, start + needle.length];
    };
    const newsRaw = readSource(ARTICLES[2].file);
    const kept = news.rawRangeToClean(...rawRange(newsRaw, 'about a dozen embassies'))!;
    assert.strictEqual(news.text.slice(kept.start, kept.end), 'about a dozen embassies');
    assert.strictEqual(news.rawRangeToClean(...rawRange(newsRaw, NEWS_CAPTION_REPEAT)), undefined);
    assert.strictEqual(news.rawRangeToClean(...rawRange(newsRaw, 'Scroll to Top')), undefined);
    const ghanaRaw = readSource(ARTICLES[0].file);
    assert.strictEqual(ghana.rawRangeToClean(...rawRange(ghanaRaw, 'Ghana–North_Korea_relations')), undefined);
    assert.strictEqual(ghana.rawRangeToClean(...rawRange(ghanaRaw, 'in 1964. &&&&& &&&&& Even')), undefined, 'a range over a separator');
    const twoParagraphs = news.rawRangeToClean(...rawRange(newsRaw, 'countries.\n\nReports'))!;
    assert.strictEqual(news.text.slice(twoParagraphs.start, twoParagraphs.end), 'countries.\n\nReports', 'a range over a blank line');
  });

  it('keeps the Cyrillic and Hangul names of the Mongolia article', () => {
    assert.ok(mongolia.text.includes('Монгол, БНАСАУ-ын харилцаа'));
    assert.ok(mongolia.text.includes('몽골-조선민주주의인민공화국 관계'));
  });

  it('does not split "U.S. Imperialism" and ends a sentence at "(UN)."', () => {
    const sentences = sentenceTexts(ghana);
    assert.ok(sentences.includes('In July, Kim Il-sung launched a slogan: "Cutting off the Limbs of U.S. Imperialism Everywhere" in an effort to establish himself as a leader of the world communist movement.'));
    assert.ok(sentences.includes('Even before diplomatic relations were established, Ghana had campaigned, along with other African nations, for recognition of North Korea as an observer in the United Nations (UN).'));
  });

  it('splits paragraphs into the expected number of sentences', () => {
    const countIn = (a: CleanArticle, opening: string) => a.blocks.find(b => a.text.startsWith(opening, b.start))?.sentences.length;
    assert.strictEqual(countIn(ghana, 'Even before diplomatic relations'), 6);
    assert.strictEqual(countIn(ghana, 'By 1968'), 3);
    assert.strictEqual(countIn(mongolia, 'After the war'), 11);
    assert.strictEqual(countIn(mongolia, 'Mongolia–North Korea relations (Mongolian'), 1);
    assert.strictEqual(countIn(news, '“They appear'), 1);
    assert.strictEqual(countIn(news, 'According to NK Pro'), 2);
  });
});

describe('cleanArticle on a writer\'s own notes (issue 16)', () => {
  const blocks = (a: CleanArticle) => a.blocks.map(b => `${b.kind}: ${a.text.slice(b.start, b.end)}`);

  it('reads plain text line by line, the first line the title', () => {
    assert.deepStrictEqual(blocks(cleanArticle('Notes\r\n\r\nThe envoy spoke.\nThen he left.\n', 'plain-text')),
      ['title: Notes', 'paragraph: The envoy spoke.', 'paragraph: Then he left.']);
  });

  it('reads Markdown as prose: headings, list items and quotes without markers, rules and fences dropped', () => {
    const raw = 'Trip notes\n\n## Ulaanbaatar, *day one* ##\n\n- Met the **envoy**.\n1. Second point\n> A quoted line.\n---\n```\ncode stays text\n```\n';
    const article = cleanArticle(raw, 'markdown');
    assert.deepStrictEqual(blocks(article), ['title: Trip notes', 'heading: Ulaanbaatar, *day one*', 'paragraph: Met the **envoy**.',
      'paragraph: Second point', 'paragraph: A quoted line.', 'paragraph: code stays text']);
    const quote = raw.indexOf('Met the');
    assert.deepStrictEqual(article.rawRangeToClean(quote, quote + 7), { start: article.text.indexOf('Met the'), end: article.text.indexOf('Met the') + 7 });
  });
});

describe('cleanArticle in slices (a source of megabytes in the first search)', () => {
  const paragraph = 'North Korea opened an embassy. Ghana sent an envoy in 1964. The talks went on.';
  const raw = `Title\n\n${Array.from({ length: 3000 }, (_, i) => `${paragraph} Paragraph ${i}.`).join('\n\n')}`;
  const drained = <T>(work: Generator<void, T, void>): { value: T; pauses: number } => {
    for (let pauses = 0; ; pauses++) {
      const next = work.next();
      if (next.done) {
        return { value: next.value, pauses };
      }
    }
  };

  it('pauses every few hundred segments while splitting, classifying and assembling, with the same article', () => {
    const { value, pauses } = drained(cleanArticleInSlices(raw, 'plain-text'));
    // 3001 segments: 5 pauses each while splitting, classifying and assembling.
    assert.ok(pauses >= 15, `${pauses} pauses`);
    const whole = cleanArticle(raw, 'plain-text');
    assert.equal(value.text, whole.text);
    assert.deepStrictEqual(value.blocks, whole.blocks);
    assert.equal(value.toRaw(value.blocks[2000].start), whole.toRaw(whole.blocks[2000].start));
  });

  it('lists a source\'s sentences with pauses in between', () => {
    const { value, pauses } = drained(sourcePassages({ id: 'big', text: raw, cleaning: 'plain-text' } as Parameters<typeof sourcePassages>[0]));
    assert.equal(value.length, 3000 * 4, "four sentences a paragraph; the title is no passage");
    assert.ok(pauses >= 15 + 11, `${pauses} pauses`);
    assert.equal(value[4].text, 'North Korea opened an embassy.');
  });
});

describe('splitSentences', () => {
  const split = (text: string) => splitSentences(text).map(s => text.slice(s.start, s.end));

  it('splits at . ? ! before a capital, digit or opening quote, closing quotes included', () => {
    assert.deepStrictEqual(split('It rained. Was it? Yes! 3 fell. “Why?” he asked. He said "Go." Then left.'),
      ['It rained.', 'Was it?', 'Yes!', '3 fell.', '“Why?” he asked.', 'He said "Go."', 'Then left.']);
  });

  it('does not split after abbreviations and initials, nor before a lower-case word', () => {
    assert.deepStrictEqual(split('Mr. Kim met St. John and J. Smith, e.g. in the U.S. Army. then more'),
      ['Mr. Kim met St. John and J. Smith, e.g. in the U.S. Army. then more']);
  });

  it('offsets sentences by the block start', () => {
    assert.deepStrictEqual(splitSentences('A b. C d.', 10), [{ start: 10, end: 14 }, { start: 15, end: 19 }]);
  });
});

describe('cleanArticle on odd input', () => {
  for (const profile of PROFILES) {
    it(`${profile}: empty and separator-only input give an empty article`, () => {
      for (const raw of ['', '&&&&&', '&&&&& &&&&&&&&&& \n &&&&&', '\n\r\n  \t']) {
        const a = cleanArticle(profile === 'wikipedia-dump' ? raw : raw.replace(/&/g, ''), profile);
        assert.strictEqual(a.text, '');
        assert.strictEqual(a.title, '');
        assert.deepStrictEqual(a.blocks.map(b => b.kind), ['title']);
        assert.strictEqual(a.toRaw(0), 0);
        assert.strictEqual(a.toClean(0), undefined);
      }
    });

    it(`${profile}: a BOM, CRLF and NUL are handled, the NUL kept as text`, () => {
      const raw = '\uFEFFTitle\r\n\r\nBody one.\r\nBody\u0000 two. More.\r\n';
      const a = cleanArticle(raw, profile);
      assert.strictEqual(a.text, 'Title\n\nBody one.\n\nBody\u0000 two. More.');
      assertWellFormed(raw, a);
    });

    it(`${profile}: a line such as "Edit" or "Comment" inside the article stays`, () => {
      const raw = 'Title\nFirst paragraph.\nEdit\nComment\nLeave a Comment\nLast paragraph.';
      assert.deepStrictEqual(words(cleanArticle(raw, profile).text), words(raw));
    });

    it(`${profile}: huge and pathological input stays fast`, function () {
      this.timeout(20_000);
      for (const raw of ['='.repeat(300_000), `== ${' '.repeat(300_000)}x`, 'A.\t'.repeat(100_000), `${'a'.repeat(300_000)}—`, 'x y. '.repeat(200_000)]) {
        const started = Date.now();
        const a = cleanArticle(raw, profile);
        assert.ok(Date.now() - started < 2_000, `${raw.slice(0, 10)}… took ${Date.now() - started} ms`);
        assert.deepStrictEqual(words(a.text).length, words(raw).length);
      }
    });
  }

  it('an unknown profile keeps every line as content', () => {
    const raw = 'Title\nEdit\n*\n===Works cited===';
    assert.deepStrictEqual(words(cleanArticle(raw, 'no-such-profile' as CleaningProfile).text), words(raw));
  });

  const RUNS = { seed: 4061, numRuns: 300 };
  const SEPARATORS = ['\n', '\r\n', '\r', '\n\n', ' &&&&& ', '&&&&&'];

  it('never throws and stays well formed on any string', () => {
    const anyText = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(...SEPARATORS, '*', '\uFEFF', '\u0000', '==', '—Reuters', 'Edit')), { maxLength: 30 })
      .map(parts => parts.join(''));
    fc.assert(fc.property(anyText, fc.constantFrom(...PROFILES), (raw, profile) => assertWellFormed(raw, cleanArticle(raw, profile))), RUNS);
  });

  it('keeps every word of text that has no chrome in it', () => {
    // Characters that cannot form a chrome line: no `*`, `=`, tab, em dash, or the chrome words themselves.
    const word = fc.string({ unit: fc.constantFrom(...'abcxyzAKQ019.,;:?!’“”"()–\u0000조Д'), minLength: 1, maxLength: 8 });
    const line = fc.array(word, { minLength: 1, maxLength: 6 }).map(ws => ws.join(' '));
    const article = fc.tuple(fc.array(fc.tuple(line, fc.constantFrom(...SEPARATORS)), { maxLength: 12 }), fc.boolean())
      .map(([lines, bom]) => (bom ? '\uFEFF' : '') + lines.map(([l, sep]) => l + sep).join(''));
    const tokens = (text: string) => text.split(/\s+|&&&&&/).filter(Boolean);
    fc.assert(fc.property(article, fc.constantFrom(...PROFILES), (raw, profile) => {
      assert.deepStrictEqual(tokens(cleanArticle(raw, profile).text), tokens(raw));
    }), RUNS);
  });
});

import * as assert from 'assert';
import * as path from 'path';
import {
  buildCandidatesCard, buildEntityCard, CARD_COMMANDS, type EntityCard, escapeMarkdown, renderCandidatesMarkdown, renderCardMarkdown,
} from '../../src/core/card';
import { compareDates } from '../../src/core/dates';
import { FactBase } from '../../src/core/factBase';
import { loadFactBase, readDataDir } from '../../src/core/loader';
import { HOSTILE_TEXT, withHostileEntity } from '../fixtures/hover/hostileEntity';

const compiled = loadFactBase(readDataDir(path.join(__dirname, '../../data'))).factBase;
const fb = new FactBase(compiled);
const card = (id: string): EntityCard => {
  const built = buildEntityCard(fb, id);
  assert.ok(built, `no card for ${id}`);
  return built;
};
const factIds = (id: string) => card(id).facts.map(f => f.statementId);

describe('hover card content', () => {
  it('gives a person the role held, with its term, once', () => {
    const kil = card('kil-mun-yong');
    assert.strictEqual(kil.name, 'Kil Mun-yong');
    assert.strictEqual(kil.description, 'North Korean ambassador to Ghana since January 2001.');
    assert.deepStrictEqual(factIds('kil-mun-yong'), ['kil-mun-yong-ambassador-ghana']);
    assert.strictEqual(kil.facts[0].sourceTitle, 'Ghana–North Korea relations');
    assert.strictEqual(kil.facts[0].date, 'since Jan 2001');
    const markdown = renderCardMarkdown(kil);
    assert.strictEqual(markdown.split('ambassador to Ghana').length - 1, 2, markdown); // the one line of who, and the dated fact
  });

  it('lists every card\'s facts in date order, undated last, no line repeating another', () => {
    for (const entity of fb.entities) {
      const built = card(entity.id);
      const order = built.facts.map(f => fb.statement(f.statementId)!).map(st => st.date ?? st.asOf);
      for (let i = 1; i < order.length; i++) {
        assert.ok(compareDates(order[i - 1], order[i]) <= 0, `${entity.id}: ${built.facts.map(f => f.date)}`);
      }
      const lines = [built.description, ...built.facts.map(f => f.summary)].map(l => l.toLowerCase());
      assert.strictEqual(new Set(lines).size, lines.length, entity.id);
    }
    assert.deepStrictEqual(card('ghana').facts.map(f => f.date), ['28 Dec 1964', '1993 – 1995', '1998', '2018']);
    assert.deepStrictEqual(card('kim-il-sung').facts.map(f => f.date), ['1988', 'undated', 'undated']);
  });

  it('gives North Korea the figures on its relations as a whole, not one country\'s event', () => {
    assert.deepStrictEqual(factIds('north-korea'), [
      'north-korea-formal-relations-159-countries', 'north-korea-53-diplomatic-missions', 'embassy-closures-more-than-a-dozen',
    ]);
  });

  it('picks a country\'s facts: relations began, latest status, latest embassy change, most recent event', () => {
    assert.deepStrictEqual(factIds('ghana'), [
      'ghana-relations-established', // 1964, not the 1977 relations with South Korea
      'ghana-cultural-exchange-agreement-1993',
      'north-korean-embassy-ghana-closed',
      'ghana-supports-inter-korean-process-2018',
    ]);
    assert.deepStrictEqual(factIds('mongolia'), [ // shown in date order
      'mongolia-relations-established',
      'mongolia-embassy-closed-1999',
      'mongolia-engagement-policy', // from 1999 on: later than the treaty's end in 1995 or its signing in 1986
      'mongolia-elbegdorj-visit-2013',
    ]);
    assert.strictEqual(card('ghana').facts[0].date, '28 Dec 1964');
  });

  it('gives a place its embassy change and most recent event', () => {
    assert.deepStrictEqual(factIds('ulan-bator'), ['mongolia-embassy-closed-1999', 'mongolia-refugee-camp-land-2005']);
  });

  it('tops up to three facts with undated ones when too few are dated', () => {
    const angola = card('angola').facts;
    assert.strictEqual(angola.length, 3);
    assert.deepStrictEqual(angola.slice(0, 2).map(f => [f.statementId, f.date, f.status]), [
      ['angola-uganda-friendly-relations', 'since 1970s', 'occurred'],
      ['embassies-angola-uganda-closed', 'undated', 'reported'],
    ]);
  });

  it('does not date North Korea\'s own relations from one country\'s', () => {
    assert.ok(!factIds('north-korea').includes('mongolia-relations-established'));
  });

  it('names native-script languages', () => {
    assert.deepStrictEqual(card('mongolia').native, [{ text: 'Монгол', language: 'Mongolian' }, { text: '몽골', language: 'Korean' }]);
  });

  it('has no card for an unknown id', () => {
    assert.strictEqual(buildEntityCard(fb, 'atlantis'), undefined);
  });
});

describe('hover card for a name several entities share', () => {
  it('lists every candidate, each linked to its sidebar item, and no one\'s facts', () => {
    const kims = fb.entities.filter(e => e.ambiguousAliases.includes('Kim')).map(e => e.id);
    const built = buildCandidatesCard(fb, 'Kim', kims)!;
    assert.deepStrictEqual(built.candidates.map(c => c.entityId).sort(), [...kims].sort());
    const markdown = renderCandidatesMarkdown(built);
    assert.match(markdown, /^\*\*Kim\*\* · a name 4 entries share/);
    const links = [...markdown.matchAll(/\]\(command:([\w.]+)\?([^)]*)\)/g)];
    assert.deepStrictEqual(links.map(l => l[1]), kims.map(() => CARD_COMMANDS.revealInSidebar));
    assert.deepStrictEqual(links.map(l => JSON.parse(decodeURIComponent(l[2]))[0]).sort(), [...kims].sort());
  });

  it('is none for fewer than two known entities', () => {
    assert.strictEqual(buildCandidatesCard(fb, 'Kim', ['kim-il-sung', 'atlantis']), undefined);
  });
});

describe('hover card Markdown', () => {
  it('shows uncertain dates and reported, expected and denied status as such', () => {
    assert.match(renderCardMarkdown(card('ghana-pndc')), /\*\*c\\\. 1983\*\*/);
    assert.match(renderCardMarkdown(card('angola')), /Uganda close\\, as local media .*\*\(reported\)\*/);
    assert.match(renderCardMarkdown(card('spain')), /\*\(expected\)\*/);
    assert.match(renderCardMarkdown(card('miyeegombyn-enkhbold')), /\*\(denied\)\*/);
  });

  it('says a demonym match is one, with lower confidence', () => {
    const markdown = renderCardMarkdown(card('ghana'), { matchedName: 'Ghanaian', confidence: 'demonym' });
    assert.match(markdown.split('\n')[0], /^\*Ghanaian\* → \*\*Ghana\*\*.*lower confidence/);
    assert.doesNotMatch(renderCardMarkdown(card('ghana'), { matchedName: 'Ghana', confidence: 'name' }), /→|confidence/);
  });

  it('links the sidebar to the entity, the passage and citation to the most telling fact, and says which', () => {
    const markdown = renderCardMarkdown(card('ghana'));
    assert.match(markdown.split('\n').at(-1)!, /\[Copy Citation\]\([^)]*\) — of \*28 Dec 1964 · Diplomatic relations established\*$/);
    const arg = (id: string) => encodeURIComponent(JSON.stringify([id]));
    assert.ok(markdown.includes(`[Show in Sidebar](command:${CARD_COMMANDS.revealInSidebar}?${arg('ghana')})`));
    assert.ok(markdown.includes(`[Open Passage](command:${CARD_COMMANDS.openPassage}?${arg('ghana-relations-established')})`));
    assert.ok(markdown.includes(`[Copy Citation](command:${CARD_COMMANDS.copyCitation}?${arg('ghana-relations-established')})`));
  });

  it('escapes every ASCII punctuation character and keeps data on one line', () => {
    const text = `${HOSTILE_TEXT}\n\n# heading\n- item\r\n> quote | a | b | ~~s~~ \\ "q" 'a' & $(icon)`;
    const escaped = escapeMarkdown(text);
    assert.doesNotMatch(escaped, /\n/);
    assert.doesNotMatch(escaped.replace(/\\[!-/:-@[-`{-~]/g, ''), /[!-/:-@[-`{-~]/, 'an unescaped punctuation character');
    assert.strictEqual(escaped.replace(/\\(.)/g, '$1'), text.replace(/\s+/g, ' '));
  });

  it('renders a hostile record as plain text in the Markdown renderer VS Code uses (marked, GFM)', async () => {
    const { marked } = await import('marked');
    const hostile = new FactBase(withHostileEntity(compiled));
    const html = await marked.parse(renderCardMarkdown(buildEntityCard(hostile, 'xanadu-quill')!, { matchedName: HOSTILE_TEXT, confidence: 'demonym' }));
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map(m => decodeEntities(m[1]));
    assert.deepStrictEqual(hrefs.map(h => h.split('?')[0]), Object.values(CARD_COMMANDS).map(id => `command:${id}`));
    assert.doesNotMatch(html, /<(img|code|pre|h\d|blockquote)\b/);
    const text = decodeEntities(html.replace(/<[^>]*>/g, ''));
    // matched name, native name, description, fact summary and source title: all five verbatim
    assert.strictEqual(text.split(HOSTILE_TEXT).length - 1, 5, text);
  });
});

function decodeEntities(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
  return html.replace(/&(#\d+|\w+);/g, (m, e: string) => e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : named[e] ?? m);
}

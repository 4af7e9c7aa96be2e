// The exports read back by the programs people open them with: a CSV parser, a Markdown renderer with footnotes,
// FactBase.fromJson, a JSON Schema validator with the CSL-JSON schema, and citeproc-js.
import * as assert from 'assert';
import Ajv from 'ajv';
import CSL from 'citeproc';
import { parse as parseCsv } from 'csv-parse/sync';
import * as fs from 'fs';
import { Marked } from 'marked';
import markedFootnote from 'marked-footnote';
import * as path from 'path';
import { compareStatementsByDate, FactBase } from '../../src/core/factBase';
import { EXPORT_FORMATS, statementsInScope } from '../../src/core/export';
import { cslItems, sourcesCslJson } from '../../src/core/export/cslJson';
import { CSV_COLUMNS, statementsCsv } from '../../src/core/export/csv';
import { factBaseJson } from '../../src/core/export/json';
import { markdownChronology } from '../../src/core/export/markdownChronology';
import { loadFactBase, readDataDir } from '../../src/core/loader';
import type { CompiledFactBase, Statement } from '../../src/core/model';

const compiled = loadFactBase(readDataDir(path.join(__dirname, '../../data'))).factBase;
const fb = new FactBase(compiled);
const all = statementsInScope(fb, { kind: 'all' });
const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../fixtures/csl', name), 'utf8');

/** A fact base whose one statement carries what CSV and Markdown must escape. */
function hostileFactBase(): FactBase {
  const st: Statement = {
    ...compiled.statements[0], id: 'hostile', summary: '=HYPERLINK("http://x") , "quoted" *bold* [link](x)\nsecond line',
    evidence: [{ source: compiled.sources[0].id, quote: '@SUM(A1), "a" <b>x</b>\r\nnext', start: 0, end: 1 }],
  };
  return new FactBase({ ...compiled, statements: [st] });
}

/** What a CSV reader gets back: each row as an object keyed by the header. */
function readCsv(text: string): Record<string, string>[] {
  return parseCsv(text, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];
}

describe('export', () => {
  it('scopes: all statements, a country\'s, or chosen ones, each date-ordered with undated last', () => {
    assert.strictEqual(all.length, fb.statements.length);
    assert.deepStrictEqual(statementsInScope(fb, { kind: 'country', countryId: 'ghana' }), fb.statementsForCountry('ghana'));
    const chosen = [...fb.statementsForCountry('mongolia'), fb.statement('north-korean-embassy-ghana-closed')!];
    assert.deepStrictEqual(statementsInScope(fb, { kind: 'statements', ids: new Set(chosen.map(st => st.id)) }), [...chosen].sort(compareStatementsByDate));
    const firstUndated = all.findIndex(st => !st.date && !st.asOf);
    assert.ok(firstUndated > 0 && all.slice(firstUndated).every(st => !st.date && !st.asOf));
  });

  describe('CSV', () => {
    it('parses back, with a real CSV parser, into one row per statement equal to the statement', () => {
      const text = statementsCsv(fb, all);
      assert.ok(text.startsWith('\uFEFFid,type,'), 'UTF-8 byte-order mark, then the header');
      assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text.replace(/"[^"]*"/g, '')), 'CRLF outside quoted fields');
      const rows = readCsv(text);
      assert.deepStrictEqual(Object.keys(rows[0]), [...CSV_COLUMNS]);
      assert.deepStrictEqual(rows, all.map(st => ({
        id: st.id, type: st.type, date_edtf: st.date?.edtf ?? '', date_text: st.date?.text ?? '',
        as_of_edtf: st.asOf?.edtf ?? '', as_of_text: st.asOf?.text ?? '', status: st.status,
        actors: st.actors.map(id => fb.entity(id)!.name).join('\n'), summary: st.summary,
        source: [...new Set(st.evidence.map(ev => {
          const s = fb.source(ev.source)!;
          return s.publisher && s.publisher !== 'unknown' ? `${s.title}, ${s.publisher}` : s.title;
        }))].join('\n'),
        quote: st.evidence.map(ev => ev.quote).join('\n'),
      })));
    });

    it('quotes commas, quotes and line breaks, and keeps a formula-like cell text', () => {
      const hostile = hostileFactBase();
      const [row] = readCsv(statementsCsv(hostile, hostile.statements));
      assert.strictEqual(row.summary, `'${hostile.statements[0].summary}`);
      assert.strictEqual(row.quote, `'${hostile.statements[0].evidence[0].quote}`);
    });
  });

  describe('Markdown chronology', () => {
    const marked = new Marked().use(markedFootnote());
    /** The text of rendered HTML, entities decoded, as a reader sees it. */
    const textOf = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, '\'')
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

    it('renders every statement\'s quotes verbatim in its footnote, each found in its source', () => {
      const html = marked.parse(markdownChronology(fb, 'All relations', { kind: 'all' }, all)) as string;
      const footnotes = new Map([...html.matchAll(/<li id="footnote-([^"]+)">([\s\S]*?)<\/li>/g)].map(m => [m[1], textOf(m[2])]));
      assert.strictEqual(footnotes.size, all.length);
      for (const st of all) {
        const note = footnotes.get(st.id);
        assert.ok(note, st.id);
        for (const ev of st.evidence) {
          assert.ok(note.includes(`“${ev.quote}”`), `${st.id}: ${ev.quote}`);
          assert.ok(fb.source(ev.source)!.text.includes(ev.quote), `${st.id} quote is in ${ev.source}`);
        }
        assert.ok(html.includes(`href="#footnote-${st.id}"`), `${st.id} is referenced`);
      }
    });

    it('lists each country\'s statements in date order with the date as the source words it', () => {
      const md = markdownChronology(fb, 'Ghana', { kind: 'country', countryId: 'ghana' }, fb.statementsForCountry('ghana'));
      const lines = md.split('\n').filter(l => l.startsWith('- '));
      assert.deepStrictEqual(md.split('\n').filter(l => l.startsWith('#')), ['# Ghana', '## Ghana']);
      assert.deepStrictEqual(lines.map(l => /\[\^([^\]]+)\]$/.exec(l)![1]), fb.statementsForCountry('ghana').map(st => st.id));
      assert.ok(lines.includes('- 28 December 1964 — Ghana and North Korea establish diplomatic relations at ambassadorial level.[^ghana-relations-established]'),
        lines.join('\n'));
      assert.ok(lines.some(l => l.startsWith('- Undated — ')));
    });

    it('escapes markup in the data so it renders as written', () => {
      const hostile = hostileFactBase();
      const html = marked.parse(markdownChronology(hostile, 'Hostile', { kind: 'all' }, hostile.statements)) as string;
      assert.ok(!/<b>|<a href="x"|<strong>/.test(html), html);
      assert.ok(textOf(html).includes('@SUM(A1), "a" <b>x</b>'));
    });
  });

  it('JSON: reads back with FactBase.fromJson into the same statements, every reference resolving', () => {
    const country = fb.statementsForCountry('mongolia');
    const back = FactBase.fromJson(factBaseJson(fb, country));
    assert.deepStrictEqual(back.statements, country);
    for (const st of back.statements) {
      for (const id of [...st.actors, ...st.mentions]) {
        assert.ok(back.entity(id), `${st.id} → ${id}`);
      }
      for (const ev of st.evidence) {
        assert.strictEqual(back.source(ev.source)!.text.slice(ev.start, ev.end), ev.quote);
      }
    }
    for (const e of back.entities) {
      assert.ok(!e.country || back.entity(e.country), e.id);
    }
    assert.deepStrictEqual((JSON.parse(factBaseJson(fb, all)) as CompiledFactBase).statements.length, fb.statements.length);
  });

  describe('CSL-JSON', () => {
    it('validates against the CSL-JSON schema', () => {
      const validate = new Ajv({ strict: false }).compile(JSON.parse(fixture('csl-data.json')) as object);
      const items: unknown = JSON.parse(sourcesCslJson(fb, all));
      assert.ok(validate(items), JSON.stringify(validate.errors));
      assert.deepStrictEqual((items as { id: string }[]).map(i => i.id), fb.sources.map(s => s.id));
      assert.ok(!validate([{ id: 'x', type: 'not-a-type' }]), 'the schema rejects what it should');
    });

    it('renders in citeproc-js with the citation fields of Copy Fact with Citation', () => {
      const items = cslItems(fb, fb.statementsForCountry('ghana'));
      const dated = { ...items[0], id: 'dated', issued: { 'date-parts': [[2021, 4, 20]] } };
      const engine = new CSL.Engine({
        retrieveLocale: () => fixture('minimal-locale-en-US.xml'),
        retrieveItem: (id: string) => [...items, dated].find(i => i.id === id),
      }, fixture('minimal-style.csl'));
      engine.setOutputFormat('text');
      engine.updateItems([...items, dated].map(i => i.id));
      const [, entries] = engine.makeBibliography() as [unknown, string[]];
      assert.deepStrictEqual(entries, ['Ghana–North Korea relations. Wikipedia.\n', 'Ghana–North Korea relations. Wikipedia. April 20, 2021.\n']);
    });
  });

  it('offers each format once, with a file extension', () => {
    assert.deepStrictEqual(EXPORT_FORMATS.map(f => f.id), ['markdown', 'csv', 'json', 'csl-json']);
    for (const f of EXPORT_FORMATS) {
      assert.ok(f.render(fb, 'All', { kind: 'all' }, all).length > 100, f.id);
    }
  });
});

// Issue 16: a saved HTML page becomes the readable text its quotes are checked against (Readability over linkedom),
// on whole pages: a news article as a WordPress site serves it (the bundled embassy-closures report, in its site's
// chrome) and a hostile page (scripts, event handlers, frames, entities, broken markup) that must give text only.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { cleanArticle } from '../../src/core/cleaner';
import { HTML_ELEMENT_LIMIT, readableText } from '../../src/core/html/readableText';

const fixtures = path.join(__dirname, '../fixtures/html');
const page = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');
const textOf = (html: string) => {
  const readable = readableText(html);
  assert.ok('text' in readable, JSON.stringify(readable));
  return readable.text;
};
const lines = (text: string) => text.split('\n').filter(line => line !== '');

describe('readableText: a saved HTML page as readable text', () => {
  it('keeps a news article\'s title and every paragraph verbatim, and none of the site around it', () => {
    const text = textOf(page('news-page.html'));
    const article = fs.readFileSync(path.join(__dirname, '../../data/sources/002_71d93d004b71f66b.txt'), 'utf8');
    const paragraphs = article.split('\n\n').map(p => p.trim()).filter(p => /[.”]$/.test(p)).map(p => p.split('\n')[0].replace(/\s+/g, ' '));
    assert.ok(paragraphs.length >= 14, `${paragraphs.length} paragraphs`);
    assert.strictEqual(lines(text)[0], 'North Korea, facing cash crisis, closed many embassies around the world.', 'the title, without the site name');
    for (const paragraph of paragraphs) {
      assert.ok(lines(text).includes(paragraph), `missing: ${paragraph}`);
    }
    for (const chrome of ['Skip to content', 'Contact Us', 'Search for', 'Share this', 'Previous Post', 'Leave a Comment', 'Your email address',
      'Recent Posts', 'Newsletter', 'Copyright', 'Scroll to Top', 'cookies', 'Read also', 'googletag', 'dataLayer', 'schema.org', 'font-family']) {
      assert.ok(!text.includes(chrome), `kept: ${chrome}`);
    }
  });

  it('gives only the text of a hostile page, and runs none of its scripts or handlers', () => {
    const text = textOf(page('hostile-page.html'));
    assert.deepStrictEqual(lines(text), [
      'Hostile page',
      'The delegation from Pyongyang arrived in Accra on 12 March 1965, the agency reported.',
      'Entities stay text: <script>globalThis.hostilePageRan = \'entity\'</script> & a tag-like <b>word</b>, and a javascript: link and a command: link.',
      'A paragraph with an inline script and an SVG.',
      'Unclosed bold and italic text runs to the end of the paragraph.',
      'The last paragraph says the embassy was closed down in 1998, and stray end tags do not end it.',
    ]);
    assert.strictEqual((globalThis as { hostilePageRan?: unknown }).hostilePageRan, undefined);
  });

  it('marks headings and list items as Markdown, which the html profile shows without the marks', () => {
    const html = '<html><head><title>Trip notes</title></head><body><article><h1>Trip notes</h1>'
      + '<p>The envoy arrived in Ulaanbaatar on Monday and met officials of the foreign ministry there.</p>'
      + '<h2>Trade</h2><p>They spoke about coal, textiles and the rail link for most of the afternoon.</p>'
      + '<ul><li>Coal</li><li>Textiles<br>and cloth</li></ul><pre>line one\n  line two</pre></article></body></html>';
    const text = textOf(html);
    assert.deepStrictEqual(lines(text), ['Trip notes', 'The envoy arrived in Ulaanbaatar on Monday and met officials of the foreign ministry there.',
      '## Trade', 'They spoke about coal, textiles and the rail link for most of the afternoon.', '- Coal', '- Textiles', '- and cloth', 'line one', '  line two']);
    const article = cleanArticle(text, 'html');
    assert.deepStrictEqual(article.blocks.slice(0, 5).map(b => `${b.kind}: ${article.text.slice(b.start, b.end)}`), ['title: Trip notes',
      'paragraph: The envoy arrived in Ulaanbaatar on Monday and met officials of the foreign ministry there.', 'heading: Trade',
      'paragraph: They spoke about coal, textiles and the rail link for most of the afternoon.', 'paragraph: Coal']);
  });

  it('refuses a page of more elements than it cleans, and says so; a page without article text too', () => {
    const huge = `<html><body><article>${'<p>An embassy closed.</p>'.repeat(HTML_ELEMENT_LIMIT)}</article></body></html>`;
    const refused = readableText(huge);
    assert.ok('error' in refused && /more than the 50000/.test(refused.error), JSON.stringify(refused).slice(0, 200));
    const empty = readableText('<html><head><script>x()</script></head><body><img src="photo.jpg"></body></html>');
    assert.ok('error' in empty && /no article text/.test(empty.error), JSON.stringify(empty));
  });
});

// A saved HTML page → the readable text its quotes are checked against. Mozilla's Readability (Firefox's reader view)
// picks the article out of the page; linkedom is the DOM it works on, one that has no script engine and loads
// nothing, so a page's scripts and event handlers stay inert markup. Only text comes out: one block a line, with
// headings and list items marked as in Markdown, which the cleaner's 'html' profile shows as headings and items.
// This is the entry of the chunk dist/htmlCleaner.js (esbuild.mjs), loaded only when an HTML source exists.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/**
 * Readability's passes cost about 35 µs an element on a busy two-core machine: a page with more elements is refused
 * (about two seconds of the extension host's time at the limit) instead of holding up every other feature.
 */
export const HTML_ELEMENT_LIMIT = 50_000;

export type ReadableText = { text: string } | { error: string };

/** Elements whose content is never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'button', 'select', 'textarea', 'input', 'head']);
/** Elements that start a block of their own. */
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function readableText(html: string): ReadableText {
  const { document } = parseHTML(html);
  const elements = document.querySelectorAll('*').length;
  if (elements > HTML_ELEMENT_LIMIT) {
    return { error: `The page has ${elements} HTML elements, more than the ${HTML_ELEMENT_LIMIT} DPRK Atlas cleans; save the article as text (.txt) instead.` };
  }
  // Readability edits the document it is given and hands back its article element (the serializer), not HTML.
  const article = new Readability<Node>(document as unknown as Document, { serializer: node => node }).parse();
  const blocks = article?.content ? textBlocks(article.content) : [];
  if (blocks.length === 0) {
    return { error: 'Readability found no article text in the page.' };
  }
  // The title is the first line, unmarked (the cleaner takes the first block as the title as it stands).
  const [first, ...rest] = blocks;
  const title = collapse(article?.title ?? '') || unmarked(first);
  return { text: [title, ...(unmarked(first) === title ? rest : blocks)].join('\n\n') + '\n' };
}

/** The text of every block under `root`, whitespace collapsed as a browser shows it (but in <pre>), marked. */
function textBlocks(root: Node): string[] {
  const blocks: string[] = [];
  let run = '';
  let marker = '';
  const flush = () => {
    const text = collapse(run);
    if (text) {
      blocks.push(marker + text);
    }
    run = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        run += (child as Text).data;
        continue;
      }
      if (child.nodeType !== 1) {
        continue; // comments, processing instructions
      }
      const tag = (child as Element).localName.toLowerCase();
      if (SKIPPED.has(tag)) {
        continue;
      }
      if (tag === 'br') {
        flush();
      } else if (tag === 'pre') {
        flush();
        blocks.push(...(child.textContent ?? '').split(/\r\n|\r|\n/).map(line => line.trimEnd()).filter(line => line.trim()));
      } else if (BLOCKS.has(tag)) {
        flush();
        const outer = marker;
        const heading = /^h([1-6])$/.exec(tag);
        marker = heading ? '#'.repeat(Number(heading[1])) + ' ' : tag === 'li' ? '- ' : marker;
        walk(child);
        flush();
        marker = outer;
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  return blocks;
}

function unmarked(block: string): string {
  return block.replace(/^(?:#{1,6}|-) /, '');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

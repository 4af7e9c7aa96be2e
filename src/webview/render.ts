// Builds the article's DOM from structured data. Every character of article text enters the page through
// createTextNode, so markup in a source ("<script>", "onerror=") stays text.
import * as l10n from '@vscode/l10n';
import type { ArticleBlock, ReaderArticle, TextRange } from '../shared/protocol';
import { element } from './dom';

const BLOCK_TAGS = { title: 'h1', heading: 'h2', paragraph: 'p', caption: 'figcaption' } as const; // not user text: tag names

/** A run of text that is uniformly inside or outside each wrapper level (highlights, passages, name). */
interface Segment extends TextRange {
  keys: (string | undefined)[];
}

type Wrapper = (key: string) => HTMLElement;

/** Renders the article with every range of `highlights` marked (`mark.highlight`, `data-highlight` its index). */
export function renderArticle(root: HTMLElement, article: ReaderArticle, highlights: readonly TextRange[]): void {
  // The article's own title line when it has one (it may carry a name link or the highlight), else the source's.
  const titleBlock = article.blocks.find(b => b.kind === 'title' && b.end > b.start);
  const header = element('header');
  header.append(
    titleBlock ? renderBlock(article, titleBlock, highlights) : element('h1', article.title),
    element('p', article.about.join(' · '), { class: 'about' }),
  );
  const body = article.blocks.filter(b => b !== titleBlock && b.end > b.start);
  root.replaceChildren(header, ...body.map(b => renderBlock(article, b, highlights)));
  root.setAttribute('aria-label', article.title);
}

function renderBlock(article: ReaderArticle, block: ArticleBlock, highlights: readonly TextRange[]): HTMLElement {
  const wrappers: Wrapper[] = [
    key => element('mark', undefined, { class: 'highlight', tabindex: '-1', 'data-highlight': key }),
    key => element('span', undefined, { class: 'passage', tabindex: '0', 'data-passages': key, 'aria-describedby': 'fact-tip' }),
    key => {
      const name = article.names[Number(key)];
      return element('a', undefined, {
        class: 'name', role: 'link', tabindex: '0', 'data-entity': name.entityId, title: l10n.t('Show {0} in the DPRK Atlas sidebar', name.name),
      });
    },
  ];
  // Where the block starts in the article's text: a selection's offsets are counted from there (selection.ts).
  const el = element(BLOCK_TAGS[block.kind], undefined, { 'data-start': String(block.start) });
  el.append(...nest(article.text, segmentsOf(article, block, highlights), wrappers, 0));
  if (block.kind !== 'caption') {
    return el;
  }
  const figure = element('figure');
  figure.append(el);
  return figure;
}

/** Cuts a block at every range boundary inside it and records, per piece, which ranges cover it. */
function segmentsOf(article: ReaderArticle, block: ArticleBlock, highlights: readonly TextRange[]): Segment[] {
  const overlaps = (r: TextRange) => r.start < block.end && r.end > block.start;
  const passages = article.passages.map((p, i) => ({ range: p, i })).filter(p => overlaps(p.range));
  const names = article.names.map((n, i) => ({ range: n, i })).filter(n => overlaps(n.range));
  const ranges = [...highlights, ...passages.map(p => p.range), ...names.map(n => n.range)];
  const cuts = new Set([block.start, block.end]);
  for (const r of ranges) {
    for (const at of [r.start, r.end]) {
      if (at > block.start && at < block.end) {
        cuts.add(at);
      }
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const covers = (r: TextRange, at: number) => r.start <= at && at < r.end;
  return points.slice(1).map((end, k) => {
    const start = points[k];
    const inPassages = passages.filter(p => covers(p.range, start)).map(p => p.i);
    const highlight = highlights.findIndex(h => covers(h, start));
    return {
      start,
      end,
      keys: [
        highlight >= 0 ? String(highlight) : undefined,
        inPassages.length ? inPassages.join(' ') : undefined,
        names.find(n => covers(n.range, start))?.i.toString(),
      ],
    };
  });
}

/** Wraps consecutive segments sharing a key in one element per level, outermost level first. */
function nest(text: string, segments: Segment[], wrappers: Wrapper[], level: number): Node[] {
  if (level === wrappers.length) {
    return segments.map(s => document.createTextNode(text.slice(s.start, s.end)));
  }
  const nodes: Node[] = [];
  for (let i = 0; i < segments.length;) {
    const key = segments[i].keys[level];
    let j = i + 1;
    while (j < segments.length && segments[j].keys[level] === key) {
      j++;
    }
    const inner = nest(text, segments.slice(i, j), wrappers, level + 1);
    if (key === undefined) {
      nodes.push(...inner);
    } else {
      const wrapper = wrappers[level](key);
      wrapper.append(...inner);
      nodes.push(wrapper);
    }
    i = j;
  }
  return nodes;
}

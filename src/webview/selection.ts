// The text the writer selects in the article, as offsets of the article's text: each block element carries the
// offset it starts at (render.ts, `data-start`), and every character inside it is a text node of that text, so the
// length of the text from the block's start to a selection boundary is the offset within the block.
import type { TextRange } from '../shared/protocol';

/** The selection inside `root`'s blocks, or null when nothing there is selected. */
export function selectedRange(root: HTMLElement): TextRange | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
    return null;
  }
  const range = selection.getRangeAt(0);
  const start = offsetAt(root, range.startContainer, range.startOffset);
  const end = offsetAt(root, range.endContainer, range.endOffset);
  return start !== undefined && end !== undefined && start < end ? { start, end } : null;
}

function offsetAt(root: HTMLElement, node: Node, offset: number): number | undefined {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest<HTMLElement>('[data-start]');
  if (!block || !root.contains(block)) {
    return undefined;
  }
  const before = document.createRange();
  before.setStart(block, 0);
  before.setEnd(node, offset);
  return Number(block.dataset.start) + before.toString().length;
}

/** Posts the selection whenever it settles on another range (a drag fires many changes). */
export function reportSelection(root: HTMLElement, post: (range: TextRange | null) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 'null';
  document.addEventListener('selectionchange', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const range = selectedRange(root);
      if (JSON.stringify(range) !== last) {
        last = JSON.stringify(range);
        post(range);
      }
    }, 100);
  });
}

// Stepping between the highlighted quotes of the opened fact: a "Quote 1 of 2" bar with Previous/Next buttons,
// and the keys N and P anywhere in the page. The current quote gets the `current` class, is scrolled to the middle
// of the view and focused, so it is also where a screen reader is.
import * as l10n from '@vscode/l10n';

export interface QuoteSteps {
  /** After a render: marks `current` of `count` quotes; scrolls to it when `scroll` (else the page keeps its place). */
  show(count: number, current: number, scroll: boolean): void;
}

const NEXT_KEY = 'n';
const PREVIOUS_KEY = 'p';

export function attachQuoteSteps(root: HTMLElement, bar: HTMLElement, onStep: (current: number) => void): QuoteSteps {
  let count = 0;
  let current = 0;
  const position = document.createElement('span');
  const button = (label: string, title: string, key: string, delta: number) => {
    const el = document.createElement('button');
    el.textContent = label;
    el.title = title;
    el.setAttribute('aria-keyshortcuts', key.toUpperCase());
    el.addEventListener('click', () => step(delta));
    return el;
  };
  bar.replaceChildren(position,
    button(l10n.t('Previous'), l10n.t('Previous quote of this fact ({0})', PREVIOUS_KEY.toUpperCase()), PREVIOUS_KEY, -1),
    button(l10n.t('Next'), l10n.t('Next quote of this fact ({0})', NEXT_KEY.toUpperCase()), NEXT_KEY, 1));

  const marksOf = (index: number) => [...root.querySelectorAll<HTMLElement>(`mark.highlight[data-highlight="${index}"]`)];
  const mark = (scroll: boolean) => {
    for (const el of root.querySelectorAll<HTMLElement>('mark.highlight')) {
      el.classList.toggle('current', el.dataset.highlight === String(current));
    }
    position.textContent = l10n.t('Quote {0} of {1}', current + 1, count);
    bar.hidden = count < 2;
    const first = marksOf(current)[0];
    if (scroll && first) {
      first.scrollIntoView({ block: 'center' });
      // Focusing the passage inside the highlight also shows which facts it is evidence for.
      (first.querySelector<HTMLElement>('.passage') ?? first).focus({ preventScroll: true });
    }
  };
  const step = (delta: number) => {
    if (count > 1) {
      current = (current + delta + count) % count;
      mark(true);
      onStep(current);
    }
  };
  document.addEventListener('keydown', e => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    if (typing || e.ctrlKey || e.metaKey || e.altKey) {
      return;
    }
    if (e.key.toLowerCase() === NEXT_KEY) {
      step(1);
    } else if (e.key.toLowerCase() === PREVIOUS_KEY) {
      step(-1);
    }
  });
  return {
    show(newCount, newCurrent, scroll) {
      count = newCount;
      current = Math.min(newCurrent, Math.max(0, newCount - 1));
      mark(scroll);
    },
  };
}

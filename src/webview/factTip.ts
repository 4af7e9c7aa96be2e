// Hovering or focusing a marked passage shows, in a bar pinned to the bottom of the view, the facts it is
// evidence for. A pinned bar needs no computed positions (so no style attributes) and never covers the text
// under the pointer.
import * as l10n from '@vscode/l10n';
import type { FactRef, Passage } from '../shared/protocol';

/** `openedFactId`: the fact the reader's bar already shows (openedFact.ts), left out here. */
export function attachFactTip(root: HTMLElement, tip: HTMLElement, passages: () => readonly Passage[], openedFactId: () => string | undefined): void {
  const hide = () => {
    tip.hidden = true;
  };
  const show = (passage: HTMLElement) => {
    const facts = new Map<string, FactRef>();
    for (const i of (passage.dataset.passages ?? '').split(' ')) {
      for (const fact of passages()[Number(i)]?.facts ?? []) {
        facts.set(fact.id, fact);
      }
    }
    facts.delete(openedFactId() ?? '');
    if (facts.size === 0) {
      hide();
      return;
    }
    const heading = document.createElement('p');
    const also = Boolean(openedFactId());
    heading.textContent = facts.size === 1 ? (also ? l10n.t('Also evidence for:') : l10n.t('Evidence for:'))
      : also ? l10n.t('Also evidence for {0} facts:', facts.size) : l10n.t('Evidence for {0} facts:', facts.size);
    const list = document.createElement('ul');
    for (const fact of facts.values()) {
      const item = document.createElement('li');
      item.textContent = fact.summary;
      list.append(item);
    }
    tip.replaceChildren(heading, list);
    tip.hidden = false;
  };
  const passageAt = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.passage') : null);

  for (const enter of ['mouseover', 'focusin']) {
    root.addEventListener(enter, e => {
      const passage = passageAt(e.target);
      if (passage) {
        show(passage);
      }
    });
  }
  for (const leave of ['mouseout', 'focusout'] as const) {
    root.addEventListener(leave, e => {
      if (passageAt(e.target) && !passageAt(e.relatedTarget)) {
        hide();
      }
    });
  }
  document.addEventListener('keydown', e => {
    if (e.key === 'Escape') {
      hide();
    }
  });
}

// The bar at the bottom of the reader that shows the fact the panel was opened for — its date, status and summary,
// and its quotes other than the one in view — until another fact is opened. Hovering other passages shows their
// facts above it (factTip.ts) without replacing it.
import * as l10n from '@vscode/l10n';
import { statusLabel } from '../core/format';
import type { OpenedFact } from '../shared/protocol';

export function renderOpenedFact(bar: HTMLElement, fact: OpenedFact | null, current: number): void {
  bar.hidden = fact === null;
  if (!fact) {
    bar.replaceChildren();
    return;
  }
  const heading = document.createElement('p');
  const date = document.createElement('strong');
  date.textContent = fact.date;
  heading.append(date, fact.status === 'occurred' ? '' : ` · ${statusLabel(fact.status)}`, ` — ${fact.summary}`);
  const others = fact.quotes.filter(q => q.highlight !== current);
  if (others.length === 0) {
    bar.replaceChildren(heading);
    return;
  }
  const label = document.createElement('p');
  label.className = 'others';
  label.textContent = others.length === 1 ? l10n.t('Its other quote:') : l10n.t('Its {0} other quotes:', others.length);
  const list = document.createElement('ul');
  for (const quote of others) {
    const item = document.createElement('li');
    item.textContent = quote.highlight === null ? `“${quote.text}” — ${quote.sourceTitle}` : `“${quote.text}”`;
    list.append(item);
  }
  bar.replaceChildren(heading, label, list);
}

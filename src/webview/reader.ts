/// <reference types="vscode-webview" />
// The reader webview: renders the article the extension sends, and keeps its state (article, highlight, scroll) in
// the webview state so it survives hiding and reloads.
import './l10n';
import './reader.css';
import { type FromWebview, parseToWebview, type ReaderArticle, type ReaderState } from '../shared/protocol';
import { attachFactTip } from './factTip';
import { renderOpenedFact } from './openedFact';
import { attachQuoteSteps } from './quoteSteps';
import { renderArticle } from './render';
import { reportSelection } from './selection';
import { attachTestProbe } from './testProbe';

const vscode = acquireVsCodeApi<ReaderState>();
const root = document.getElementById('article') as HTMLElement;
let article: ReaderArticle | undefined;

const post = (message: FromWebview) => vscode.postMessage(message);
/** The test build reports each render to the host tests; the shipped one does nothing here. */
const afterRender = TEST_BUILD ? attachTestProbe(vscode, root, () => article?.sourceId) : () => undefined;

const factBar = document.getElementById('opened-fact') as HTMLElement;
const quoteSteps = attachQuoteSteps(root, document.getElementById('quote-steps') as HTMLElement, current => {
  const state = vscode.getState();
  if (state) {
    vscode.setState({ ...state, current });
    renderOpenedFact(factBar, state.fact, current);
  }
});

window.addEventListener('message', event => {
  const message = parseToWebview(event.data);
  if (message?.type === 'show') {
    const { state } = message;
    article = message.article;
    vscode.setState(state);
    renderArticle(root, article, state.highlights);
    // A saved position wins (the panel was hidden or reloaded); otherwise the current quote is scrolled to.
    if (state.scrollY !== null || state.highlights.length === 0) {
      window.scrollTo(0, state.scrollY ?? 0);
    }
    renderOpenedFact(factBar, state.fact, state.current);
    quoteSteps.show(state.highlights.length, state.current, state.scrollY === null);
    afterRender();
  }
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => {
    const state = vscode.getState();
    if (state) {
      vscode.setState({ ...state, scrollY: window.scrollY });
      post({ type: 'scrolled', scrollY: window.scrollY });
    }
  }, 200);
});

const revealName = (target: EventTarget | null) => {
  const entityId = target instanceof Element ? target.closest<HTMLElement>('a.name')?.dataset.entity : undefined;
  if (entityId) {
    post({ type: 'revealEntity', entityId });
  }
};
root.addEventListener('click', e => revealName(e.target));
root.addEventListener('keydown', e => {
  if (e.key === 'Enter') {
    revealName(e.target);
  }
});

reportSelection(root, range => post({ type: 'selected', range }));
attachFactTip(root, document.getElementById('fact-tip') as HTMLElement, () => article?.passages ?? [], () => vscode.getState()?.fact?.id);
post({ type: 'ready' });

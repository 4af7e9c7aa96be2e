// One reader webview panel showing one article. The extension keeps the panel's state (highlight, scroll) and
// sends it with the article whenever the webview (re)loads: after creation, after being hidden, after a reload.
import * as vscode from 'vscode';
import { type FromWebview, type Highlights, parseFromWebview, type ReaderArticle, type ReaderState, type TextRange } from '../shared/protocol';
import { webviewResourceRoots } from '../webviewShell';
import { readerHtml } from './readerHtml';

export class ReaderPanel {
  private ready = false;
  /** What the writer selected in the article (clean offsets), for Add Fact from Selection. */
  private selected: TextRange | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private article: ReaderArticle,
    private state: ReaderState,
    extensionUri: vscode.Uri,
    private readonly onRevealEntity: (entityId: string) => void,
  ) {
    panel.title = article.title;
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'atlas.svg');
    panel.webview.options = { enableScripts: true, localResourceRoots: webviewResourceRoots(extensionUri) };
    panel.webview.html = readerHtml(panel.webview, extensionUri);
    panel.webview.onDidReceiveMessage(message => this.receive(message));
    panel.onDidChangeViewState(() => {
      if (!panel.visible) {
        this.ready = false; // a hidden webview's document is discarded; it says 'ready' again when shown
      }
    });
  }

  get sourceId(): string {
    return this.article.sourceId;
  }

  /** The selected text of the article, while this panel has the focus. */
  get selection(): TextRange | undefined {
    return this.panel.active ? this.selected : undefined;
  }

  /** The same article after its fact base changed (new passages and names); the highlights and scroll stay if they fit. */
  showArticle(article: ReaderArticle): void {
    const fits = this.state.highlights.every(h => h.end <= article.text.length);
    this.article = article;
    this.state = fits ? this.state : { ...this.state, highlights: [], current: 0 };
    this.selected = undefined; // the webview renders anew and says what is selected then
    this.send();
  }

  /** Shows `highlights` (clean offsets, text order; none for none) with the current one scrolled into view, and brings the panel forward. */
  highlight({ highlights, current, fact }: Highlights): void {
    this.state = { sourceId: this.article.sourceId, highlights, current, scrollY: null, fact };
    this.send();
    this.panel.reveal(undefined, false);
  }

  private send(): void {
    if (this.ready) {
      void this.panel.webview.postMessage({ type: 'show', article: this.article, state: this.state });
    }
  }

  private receive(raw: unknown): void {
    const message: FromWebview | undefined = parseFromWebview(raw);
    switch (message?.type) {
      case 'ready':
        this.ready = true;
        this.send();
        break;
      case 'scrolled':
        this.state = { ...this.state, scrollY: message.scrollY };
        break;
      case 'revealEntity':
        this.onRevealEntity(message.entityId);
        break;
      case 'selected':
        this.selected = message.range && message.range.end <= this.article.text.length && message.range.start < message.range.end ? message.range : undefined;
        break;
    }
  }
}

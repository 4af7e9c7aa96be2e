// One reader webview panel showing one article. The extension keeps the panel's state (highlight, scroll) and
// sends it with the article whenever the webview (re)loads: after creation, after being hidden, after a reload.
import * as vscode from 'vscode';
import { type FromWebview, parseFromWebview, type ReaderArticle, type ReaderState, type RenderReport, type TextRange } from '../shared/protocol';
import { readerHtml, readerResourceRoots } from './readerHtml';

export class ReaderPanel {
  private ready = false;
  private readonly rendered = new vscode.EventEmitter<RenderReport>();
  /** Fires with what the webview reports after each render or on request. */
  readonly onDidRender = this.rendered.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private article: ReaderArticle,
    private state: ReaderState,
    extensionUri: vscode.Uri,
    private readonly onRevealEntity: (entityId: string) => void,
  ) {
    panel.title = article.title;
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'atlas.svg');
    panel.webview.options = { enableScripts: true, localResourceRoots: readerResourceRoots(extensionUri) };
    panel.webview.html = readerHtml(panel.webview, extensionUri);
    panel.webview.onDidReceiveMessage(message => this.receive(message));
    panel.onDidChangeViewState(() => {
      if (!panel.visible) {
        this.ready = false; // a hidden webview's document is discarded; it says 'ready' again when shown
      }
    });
    panel.onDidDispose(() => this.rendered.dispose());
  }

  get sourceId(): string {
    return this.article.sourceId;
  }

  /** Where the page was last scrolled, as the webview reported it; null: to the highlight. Restored on reload. */
  get scrollY(): number | null {
    return this.state.scrollY;
  }

  /** Shows `highlight` (clean offsets; null for none), scrolled into view, and brings the panel forward. */
  highlight(highlight: TextRange | null): void {
    this.state = { sourceId: this.article.sourceId, highlight, scrollY: null };
    this.send();
    this.panel.reveal(undefined, false);
  }

  /** The webview's next report; asks for one now if the webview is ready, else gets the one after it renders. */
  report(): Promise<RenderReport> {
    const next = new Promise<RenderReport>(resolve => {
      const subscription = this.onDidRender(report => {
        subscription.dispose();
        resolve(report);
      });
    });
    if (this.ready) {
      void this.panel.webview.postMessage({ type: 'requestReport' });
    }
    return next;
  }

  /** Has the webview focus and click its index-th name link (RenderReport.links order), as a keyboard user would. */
  followLink(index: number): void {
    void this.panel.webview.postMessage({ type: 'followLink', index });
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
      case 'rendered':
        this.rendered.fire(message.report);
        break;
      case 'scrolled':
        this.state = { ...this.state, scrollY: message.scrollY };
        break;
      case 'revealEntity':
        this.onRevealEntity(message.entityId);
        break;
    }
  }
}

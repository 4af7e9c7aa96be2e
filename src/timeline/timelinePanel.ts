// The timeline webview panel. The extension keeps the panel's state and sends it with the layout whenever the
// webview (re)loads: after creation, after being hidden, after a reload.
import * as vscode from 'vscode';
import type { TimelineLayout } from '../core/timeline';
import { type FromTimeline, parseFromTimeline, type TimelineState } from '../shared/timelineProtocol';
import { webviewResourceRoots } from '../webviewShell';
import { timelineHtml } from './timelineHtml';

export interface TimelineContent {
  title: string;
  layout: TimelineLayout;
}

export class TimelinePanel {
  private ready = false;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private content: TimelineContent,
    private state: TimelineState,
    extensionUri: vscode.Uri,
    private readonly openPassage: (statementId: string) => void,
    private readonly exportSvg: () => void,
  ) {
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'atlas.svg');
    panel.webview.options = { enableScripts: true, localResourceRoots: webviewResourceRoots(extensionUri) };
    panel.webview.html = timelineHtml(panel.webview, extensionUri);
    panel.webview.onDidReceiveMessage(message => this.receive(message));
    panel.onDidChangeViewState(() => {
      if (!panel.visible) {
        this.ready = false; // a hidden webview's document is discarded; it says 'ready' again when shown
      }
    });
    this.show(content, state);
  }

  /** What the panel shows and how (window, filters), as the webview last reported it. */
  get view(): TimelineContent & { state: TimelineState } {
    return { ...this.content, state: this.state };
  }

  /** Shows new content (other entities, or the fact base changed) with `state`. */
  show(content: TimelineContent, state: TimelineState): void {
    this.content = content;
    this.state = state;
    this.panel.title = content.title;
    this.send();
  }

  private send(): void {
    if (this.ready) {
      void this.panel.webview.postMessage({ type: 'show', ...this.content, state: this.state });
    }
  }

  private receive(raw: unknown): void {
    const message: FromTimeline | undefined = parseFromTimeline(raw);
    switch (message?.type) {
      case 'ready':
        this.ready = true;
        this.send();
        break;
      case 'state':
        this.state = message.state;
        break;
      case 'openPassage':
        this.openPassage(message.statementId);
        break;
      case 'exportSvg':
        this.exportSvg();
        break;
    }
  }
}

// The timeline webview panel. The extension keeps the panel's state and sends it with the layout whenever the
// webview (re)loads: after creation, after being hidden, after a reload.
import * as vscode from 'vscode';
import type { TimelineLayout } from '../core/timeline';
import { type FromTimeline, parseFromTimeline, type TimelineState, type ToTimeline } from '../shared/timelineProtocol';
import { webviewResourceRoots } from '../webviewShell';
import { timelineHtml } from './timelineHtml';

export interface TimelineContent {
  title: string;
  layout: TimelineLayout;
}

/** How long the webview may take to rasterize a view (it is revealed first if hidden). */
const PNG_TIMEOUT_MS = 30_000;

export class TimelinePanel {
  private ready = false;
  private readonly readyListeners = new Set<() => void>();
  private nextRequestId = 1;
  /** Export PNG's requests to the webview, by id: settled by its `png` or `pngFailed` answer. */
  private readonly pngRequests = new Map<number, { resolve(png: Uint8Array): void; reject(err: Error): void }>();

  constructor(
    readonly panel: vscode.WebviewPanel,
    private content: TimelineContent,
    private state: TimelineState,
    extensionUri: vscode.Uri,
    private readonly openPassage: (statementId: string) => void,
    private readonly exportSvg: () => void,
    private readonly exportPng: () => void,
  ) {
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'atlas.svg');
    panel.webview.options = { enableScripts: true, localResourceRoots: webviewResourceRoots(extensionUri) };
    panel.webview.html = timelineHtml(panel.webview, extensionUri);
    panel.webview.onDidReceiveMessage(message => this.receive(message));
    panel.onDidDispose(() => {
      for (const request of [...this.pngRequests.values()]) {
        request.reject(new Error(vscode.l10n.t('the timeline was closed')));
      }
    });
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

  /**
   * The webview's rendering of `svg` as PNG bytes at `scale` (a canvas in the webview rasterizes it: the extension
   * host has none), revealing the panel first if it is hidden, since a hidden webview is not running.
   */
  async renderPng(svg: string, scale: number): Promise<Uint8Array> {
    const requestId = this.nextRequestId++;
    const answer = new Promise<Uint8Array>((resolve, reject) => this.pngRequests.set(requestId, { resolve, reject }));
    answer.catch(() => undefined); // a panel closed while it was still loading: the timeout tells the caller
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(vscode.l10n.t('the timeline did not draw the image in time'))), PNG_TIMEOUT_MS);
    });
    try {
      if (!this.ready) {
        const ready = new Promise<void>(resolve => this.readyListeners.add(resolve));
        this.panel.reveal(undefined, true);
        await Promise.race([ready, timeout]);
      }
      void this.panel.webview.postMessage({ type: 'renderPng', requestId, svg, scale } satisfies ToTimeline);
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
      this.pngRequests.delete(requestId);
    }
  }

  private send(): void {
    if (this.ready) {
      void this.panel.webview.postMessage({ type: 'show', ...this.content, state: this.state } satisfies ToTimeline);
    }
  }

  private receive(raw: unknown): void {
    const message: FromTimeline | undefined = parseFromTimeline(raw);
    switch (message?.type) {
      case 'ready':
        this.ready = true;
        this.send();
        this.readyListeners.forEach(listener => listener());
        this.readyListeners.clear();
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
      case 'exportPng':
        this.exportPng();
        break;
      case 'png':
        this.pngRequests.get(message.requestId)?.resolve(message.data);
        break;
      case 'pngFailed':
        this.pngRequests.get(message.requestId)?.reject(new Error(message.reason));
        break;
    }
  }
}

// Helpers for the timeline's host tests: its render report, keys and clicks in the real webview, and a reload.
import * as vscode from 'vscode';
import { TIMELINE_VIEW_TYPE, type TimelineState } from '../../src/shared/timelineProtocol';
import { parseTimelineTestFromWebview, type TimelineReport, type TimelineTestToWebview } from '../../src/shared/timelineTestProtocol';
import type { AtlasTestApi } from '../../src/testApi';
import type { TimelinePanel } from '../../src/timeline/timelinePanel';
import { nextReply } from './webviewTesting';

const ask = async (timeline: TimelinePanel, request: TimelineTestToWebview): Promise<TimelineReport> =>
  (await nextReply(timeline.panel.webview, parseTimelineTestFromWebview, request, 'the timeline')).report;

/** What the timeline webview shows now (src/webview/timeline/timelineProbe.ts). */
export const timelineReport = (timeline: TimelinePanel) => ask(timeline, { type: 'requestTimelineReport' });

/** Focuses the mark `markKey` (null: the chart's tab stop), presses `key` there, and returns the report after it. */
export const pressKey = (timeline: TimelinePanel, key: string, markKey: string | null = null) => ask(timeline, { type: 'pressKey', key, markKey });

export function clickMark(timeline: TimelinePanel, markKey: string): void {
  void timeline.panel.webview.postMessage({ type: 'clickMark', markKey } satisfies TimelineTestToWebview);
}

/**
 * What a window reload does: the panel goes, and the serializer gets a new one with the state the webview saved
 * (its getState(), read back through the report); `edit` may change that state first.
 */
export async function reloadTimeline(api: AtlasTestApi, timeline: TimelinePanel, edit = (state: TimelineState) => state): Promise<TimelinePanel> {
  const { state } = await timelineReport(timeline);
  timeline.panel.dispose();
  const panel = vscode.window.createWebviewPanel(TIMELINE_VIEW_TYPE, 'restoring', vscode.ViewColumn.One);
  await api.timeline.serializer.deserializeWebviewPanel(panel, edit(state));
  return api.timeline.current!;
}

/** Polls `check` until it returns a value (the reader opens asynchronously after a click; a fact base reloads after a save). */
export async function eventually<T>(check: () => T | undefined | Promise<T | undefined>, what: string, ms = 20_000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise(resolve => setTimeout(resolve, 100))) {
    const value = await check();
    if (value !== undefined) {
      return value;
    }
  }
  throw new Error(`timed out waiting for ${what}`);
}

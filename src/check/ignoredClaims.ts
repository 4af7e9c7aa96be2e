// "Ignore this claim": remembered per document URI and sentence in the workspace's state, never in the file.
import type * as vscode from 'vscode';
import { normalizedSentence } from '../core/check';

const STATE_KEY = 'dprkAtlas.check.ignoredClaims';

export class IgnoredClaims {
  constructor(private readonly state: vscode.Memento) {}

  has(document: vscode.TextDocument, sentence: string): boolean {
    return this.all()[document.uri.toString()]?.includes(normalizedSentence(sentence)) ?? false;
  }

  async add(uri: string, sentence: string): Promise<void> {
    const all = this.all();
    const sentences = new Set(all[uri] ?? []).add(normalizedSentence(sentence));
    await this.state.update(STATE_KEY, { ...all, [uri]: [...sentences] });
  }

  private all(): Record<string, string[]> {
    return this.state.get<Record<string, string[]>>(STATE_KEY, {});
  }
}

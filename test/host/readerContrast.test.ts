// Issue 15: the highlight was a faint tint in the default Light theme. Measured in the real webview, in the four
// themes a fact-checker is likeliest to use: every highlighted quote stands out from the page at least 3 : 1, or, in
// high contrast, has a visible outline.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AtlasTestApi } from '../../src/testApi';
import type { RenderReport } from '../../src/shared/testProtocol';
import { contrast, over, parseColour } from './contrast';
import { reportOf } from './readerTesting';
import { activateAtlas, closeAllEditors } from './atlas';

const THEMES = [
  { id: 'Light 2026', highContrast: false },
  { id: 'Dark 2026', highContrast: false },
  { id: 'Default High Contrast', highContrast: true },
  { id: 'Default High Contrast Light', highContrast: true },
];
const MIN_CONTRAST = 3;

describe('reader highlight contrast', function () {
  this.timeout(180_000);
  let api: AtlasTestApi;
  const workbench = () => vscode.workspace.getConfiguration('workbench');
  let themeBefore: string | undefined;

  before(async () => {
    api = await activateAtlas();
    themeBefore = workbench().inspect<string>('colorTheme')?.globalValue;
  });
  after(async () => {
    await workbench().update('colorTheme', themeBefore, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  /** A report from the webview once it shows `theme` (the webview restyles a moment after the workbench). */
  async function reportIn(reader: Parameters<typeof reportOf>[0], theme: string): Promise<RenderReport> {
    for (let waited = 0; ; waited += 200) {
      const report = await reportOf(reader);
      if (report.look.theme === theme || waited > 15_000) {
        return report;
      }
      await new Promise(resolve => setTimeout(resolve, 200));
    }
  }

  for (const theme of THEMES) {
    it(`marks every quote of a fact visibly in ${theme.id}`, async () => {
      await workbench().update('colorTheme', theme.id, vscode.ConfigurationTarget.Global);
      const reader = api.reader.openPassage('ghana-relations-established')!;
      const { look } = await reportIn(reader, theme.id);
      assert.equal(look.theme, theme.id, 'the webview never showed the theme');
      assert.equal(look.marks.length, 2);
      const page = parseColour(look.page);
      for (const [i, mark] of look.marks.entries()) {
        const fill = over(parseColour(mark.background), page);
        const outline = mark.outlineStyle !== 'none' && parseFloat(mark.outlineWidth) >= 1 ? contrast(over(parseColour(mark.outlineColor), page), page) : 1;
        const what = `quote ${i} in ${theme.id}: ${JSON.stringify(mark)} on ${look.page}`;
        if (theme.highContrast) {
          assert.ok(outline >= MIN_CONTRAST, `${what}: outline contrast ${outline.toFixed(2)}`);
        } else {
          assert.ok(contrast(fill, page) >= MIN_CONTRAST, `${what}: fill contrast ${contrast(fill, page).toFixed(2)}`);
          const text = contrast(over(parseColour(mark.color), fill), fill);
          assert.ok(text >= MIN_CONTRAST, `${what}: text contrast ${text.toFixed(2)}`);
        }
      }
    });
  }
});

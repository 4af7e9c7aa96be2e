// Issue 15: event labels were whole sentences with the date in the description, so at the default sidebar width
// no date showed. Every event row in every view now starts with its date, worded as the source words it, followed
// by the statement's short label (every bundled statement has one), so no two rows under one item read alike; the
// sentence and the status are in the tooltip.
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { statementDateLabel, statusLabel } from '../../src/core/format';
import type { AtlasTestApi } from '../../src/testApi';
import { VIEW_KEYS } from '../../src/tree/treeModel';
import { escapeMarkdown } from '../../src/core/citation';
import { activateAtlas } from './atlas';

/** About what the default sidebar (~340 px) shows of a label beside an icon under a parent. */
const VISIBLE_LABEL_CHARS = 48;

describe('sidebar events as a chronology', () => {
  let api: AtlasTestApi;

  before(async () => {
    api = await activateAtlas();
  });

  it('starts every event row with its date and a short label, the sentence and status in the tooltip', () => {
    let rows = 0;
    for (const view of VIEW_KEYS) {
      const provider = api.tree.providers[view];
      for (const parent of provider.getChildren()) {
        const labels = new Set<string>();
        for (const node of provider.getChildren(parent)) {
          if (node.type !== 'statement') {
            continue;
          }
          const st = api.factBase.statement(node.statementId)!;
          const item = provider.getTreeItem(node);
          const label = String(item.label);
          const date = statementDateLabel(st);
          assert.ok(st.label, `${node.id}: no label`);
          assert.equal(label, `${date} · ${st.label}`, node.id);
          assert.ok(!labels.has(label), `${node.id}: a second row under ${parent.id} reads "${label}"`);
          labels.add(label);
          assert.ok(date.length + 3 <= VISIBLE_LABEL_CHARS, `${node.id}: the date alone fills the row`);
          assert.equal(item.description, st.status === 'occurred' ? undefined : statusLabel(st.status), node.id);
          const tooltip = (item.tooltip as vscode.MarkdownString).value;
          assert.ok(tooltip.startsWith(`**${escapeMarkdown(date)}**`), `${node.id}: ${tooltip.slice(0, 60)}`);
          assert.ok(tooltip.includes(escapeMarkdown(st.summary)), `${node.id}: no sentence in the tooltip`);
          if (st.status !== 'occurred') {
            assert.ok(tooltip.split('\n')[0].includes(`*${st.status}*`), `${node.id}: no status in the tooltip`);
          }
          rows++;
        }
      }
    }
    assert.ok(rows >= api.factBase.statements.length, `${rows} rows`);
  });
});

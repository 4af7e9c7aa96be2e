// Helpers shared by the host tests that look at the sidebar.
import type * as vscode from 'vscode';
import type { AtlasNode } from '../../src/tree/treeModel';

/** The id of the view's selected item, waiting a while for the workbench to report the expected one. */
export async function selectedIn(view: vscode.TreeView<AtlasNode>, expected: string): Promise<string | undefined> {
  for (let waited = 0; view.selection[0]?.id !== expected && waited < 5_000; waited += 50) {
    await new Promise(resolve => setTimeout(resolve, 50));
  }
  return view.selection[0]?.id;
}

// One TreeDataProvider per sidebar view, all reading the shared TreeModel.
import * as vscode from 'vscode';
import { treeItem } from './treeItems';
import type { AtlasNode, TreeModel, ViewKey } from './treeModel';

export class AtlasTreeProvider implements vscode.TreeDataProvider<AtlasNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly model: TreeModel, readonly view: ViewKey) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: AtlasNode): AtlasNode[] {
    return node ? this.model.children(node) : this.model.roots(this.view);
  }

  getParent(node: AtlasNode): AtlasNode | undefined {
    return this.model.parent(node);
  }

  getTreeItem(node: AtlasNode): vscode.TreeItem {
    const item = treeItem(this.model.factBase, node, this.model.children(node).length > 0);
    if (this.model.filtered && item.collapsibleState === vscode.TreeItemCollapsibleState.Collapsed) {
      item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded; // show what matched without a click
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

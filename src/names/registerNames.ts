// Known names in drafts as a language would treat symbols: completion, Go to Definition / Peek onto the entity's
// YAML record, and Find All References across the workspace's Markdown and text files. Each request reads the
// store's current fact base, so names from the writer's own fact base count as soon as it is saved.
import * as vscode from 'vscode';
import type { FactStore } from '../core/factStore';
import { sharedNameMatcher } from '../core/matcher';
import { entityIdAt } from './nameAt';
import { NameCompletionProvider } from './nameCompletionProvider';
import { NameReferenceProvider } from './nameReferences';
import { recordLocation, registerRecordDocuments } from './recordDocuments';

/** Markdown and plain-text drafts: files, unsaved files and GitHub/Azure Repos files. */
const DRAFTS: vscode.DocumentSelector = ['markdown', 'plaintext'].flatMap(language =>
  ['file', 'untitled', 'vscode-vfs'].map(scheme => ({ language, scheme })));

export function registerNames(context: vscode.ExtensionContext, { store }: { store: FactStore }): void {
  registerRecordDocuments(context, store);
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(DRAFTS, new NameCompletionProvider(store)),
    vscode.languages.registerDefinitionProvider(DRAFTS, {
      provideDefinition: (document, position) => {
        const { factBase } = store;
        const entity = factBase.entity(entityIdAt(sharedNameMatcher(factBase), document, position) ?? '');
        return entity && recordLocation(store, entity);
      },
    }),
    vscode.languages.registerReferenceProvider(DRAFTS, new NameReferenceProvider(store)),
  );
}

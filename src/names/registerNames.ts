// Known names in drafts as a language would treat symbols: completion, Go to Definition / Peek onto the entity's
// YAML record (read-only), and Find All References across the workspace's Markdown and text files.
import * as vscode from 'vscode';
import type { FactBase } from '../core/factBase';
import type { NameMatcher } from '../core/matcher';
import { entityIdAt } from './nameAt';
import { NameCompletionProvider } from './nameCompletionProvider';
import { NameReferenceProvider } from './nameReferences';
import { recordLocation, registerRecordDocuments } from './recordDocuments';

/** Markdown and plain-text drafts: files, unsaved files and GitHub/Azure Repos files. */
const DRAFTS: vscode.DocumentSelector = ['markdown', 'plaintext'].flatMap(language =>
  ['file', 'untitled', 'vscode-vfs'].map(scheme => ({ language, scheme })));

export function registerNames(context: vscode.ExtensionContext, deps: { factBase: FactBase; names: () => NameMatcher }): void {
  const { factBase, names } = deps;
  registerRecordDocuments(context, factBase);
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(DRAFTS, new NameCompletionProvider(factBase)),
    vscode.languages.registerDefinitionProvider(DRAFTS, {
      provideDefinition: (document, position) => {
        const entity = factBase.entity(entityIdAt(names, document, position) ?? '');
        return entity && recordLocation(entity);
      },
    }),
    vscode.languages.registerReferenceProvider(DRAFTS, new NameReferenceProvider(factBase, names)),
  );
}

// Editing help in fact-base YAML files without other extensions: completion of entity, statement and source ids and of
// statement types where the key asks for one, and a hover that says what an id stands for. Both read the store's
// current fact base (bundled + workspace), so the ids of a file saved a moment ago are offered too. And the writing
// commands, Add Fact from Selection and Add Source from File….
import * as vscode from 'vscode';
import type { FactBase } from '../core/factBase';
import { idKindAt, type IdKind } from '../core/factBaseYaml/idAt';
import type { FactStore } from '../core/factStore';
import type { NameMatcher } from '../core/matcher';
import { narrowedToTyped, nearIds } from '../core/factBaseYaml/nearIds';
import { type Entity, STATEMENT_TYPES, type Source, type Statement } from '../core/model';
import { DIAGNOSTIC_SOURCE } from '../workspace/factBaseProblems';
import { isFactBaseYaml } from '../workspace/factBaseLocations';
import type { SourceRange } from '../core/search/documents';
import { addFactFromSelection } from './addFactFromSelection';
import { COMMANDS } from '../shared/commands';
import { addSourceFromFile } from './addSourceFromFile';
import type { QuoteFixes } from '../workspace/registerWorkspaceFactBases';

const SELECTOR: vscode.DocumentSelector = { language: 'yaml' };
const ID = /[a-z0-9]+(?:-[a-z0-9]+)*/;
/** How many ids completion offers at most; more are narrowed down to what is typed. */
const COMPLETION_LIMIT = 500;

interface Described {
  id: string;
  label: string;
  detail: string;
}

/** The ids of one kind with what each stands for. */
function described(factBase: FactBase, kind: IdKind): Described[] {
  switch (kind) {
    case 'entity':
      return factBase.entities.map(describeEntity);
    case 'statement':
      return factBase.statements.map(describeStatement);
    case 'source':
      return factBase.sources.map(describeSource);
    case 'statement-type':
      return statementTypes();
  }
}

/** What one id stands for, looked up by id: at 100× the data, listing every id of the kind per hover made 110k objects. */
function describedId(factBase: FactBase, kind: IdKind, id: string): Described | undefined {
  switch (kind) {
    case 'entity': {
      const entity = factBase.entity(id);
      return entity && describeEntity(entity);
    }
    case 'statement': {
      const statement = factBase.statement(id);
      return statement && describeStatement(statement);
    }
    case 'source': {
      const source = factBase.source(id);
      return source && describeSource(source);
    }
    case 'statement-type':
      return statementTypes().find(d => d.id === id);
  }
}

const describeEntity = (e: Entity): Described => ({ id: e.id, label: e.name, detail: `${e.kind} · ${e.description}` });
const describeStatement = (s: Statement): Described => ({ id: s.id, label: s.summary, detail: s.type });
const describeSource = (s: Source): Described => ({ id: s.id, label: s.title, detail: s.file });
/** What completion filters on: the id and its label, so typing a name finds its id. */
const filterTextOf = (d: Described): string => `${d.id} ${d.label}`;
const statementTypes = (): Described[] =>
  Object.entries(STATEMENT_TYPES).map(([id, label]) => ({ id, label: label(), detail: vscode.l10n.t('statement type') }));

/** The loader's replacement quotes for a quote problem, while the quote stands as it was when checked. */
function quoteActions(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, quoteFixes: QuoteFixes): vscode.CodeAction[] {
  const fix = quoteFixes.quoteFixOf(document.uri, diagnostic);
  const range = fix && new vscode.Range(fix.line - 1, fix.column - 1, fix.endLine - 1, fix.endColumn - 1);
  if (!fix || !range || document.getText(range) !== fix.written) {
    return [];
  }
  const short = (quote: string) => (quote.length > 70 ? `${quote.slice(0, 67)}…` : quote);
  return fix.suggestions.map(suggestion => {
    const title = suggestion.kind === 'closest'
      ? vscode.l10n.t('Quote the closest passage of the source: “{0}”', short(suggestion.quote))
      : vscode.l10n.t('Extend the quote to make occurrence {0} of {1} unique: “{2}”', suggestion.occurrence, suggestion.occurrences, short(suggestion.quote));
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.replace(document.uri, range, JSON.stringify(suggestion.quote));
    action.diagnostics = [diagnostic];
    action.isPreferred = suggestion.kind === 'closest';
    return action;
  });
}

function lines(document: vscode.TextDocument, upTo: number): string[] {
  return Array.from({ length: upTo + 1 }, (_, i) => document.lineAt(i).text);
}

export interface FactBaseEditingDeps {
  store: FactStore;
  names: () => NameMatcher;
  /** The text selected in the focused reader panel, if one has the focus. */
  readerSelection: () => SourceRange | undefined;
  quoteFixes: QuoteFixes;
}

export function registerFactBaseEditing(context: vscode.ExtensionContext, { store, names, readerSelection, quoteFixes }: FactBaseEditingDeps): void {
  const completion: vscode.CompletionItemProvider = {
    provideCompletionItems(document, position) {
      const kind = isFactBaseYaml(document.uri) ? idKindAt(lines(document, position.line), position.line, position.character) : undefined;
      if (!kind) {
        return undefined;
      }
      const range = document.getWordRangeAtPosition(position, ID);
      const all = described(store.factBase, kind);
      // Past a few hundred ids (100× the data has 110k entities), only those fitting what is typed, and VS Code asks
      // again as typing goes on, rather than all of them, each with its label and detail, sent at every keystroke.
      const typed = range ? document.getText(range.with({ end: position })) : '';
      const offered = narrowedToTyped(all, filterTextOf, typed, COMPLETION_LIMIT);
      return new vscode.CompletionList(offered.map(d => {
        const item = new vscode.CompletionItem({ label: d.id, description: d.label }, vscode.CompletionItemKind.Reference);
        item.detail = d.detail;
        item.filterText = filterTextOf(d);
        item.range = range;
        return item;
      }), offered.length < all.length);
    },
  };
  const hover: vscode.HoverProvider = {
    provideHover(document, position) {
      const range = isFactBaseYaml(document.uri) ? document.getWordRangeAtPosition(position, ID) : undefined;
      const kind = range && idKindAt(lines(document, position.line), position.line, range.end.character);
      const id = range && document.getText(range);
      const found = kind && id && describedId(store.factBase, kind, id);
      if (!found) {
        return undefined;
      }
      const markdown = new vscode.MarkdownString();
      markdown.appendMarkdown('**').appendText(found.label).appendMarkdown('**\n\n').appendText(found.detail);
      return new vscode.Hover(markdown, range);
    },
  };
  // An unknown id: the near ones of the kind the key asks for, each as a quick fix that replaces the id; a quote not
  // found or found twice: the replacement quotes the loader found. Each an edit the writer chooses, undoable as any.
  const quickFixes: vscode.CodeActionProvider = {
    provideCodeActions(document, _range, { diagnostics }) {
      const ours = diagnostics.filter(d => d.source === DIAGNOSTIC_SOURCE);
      return [...ours.flatMap(d => quoteActions(document, d, quoteFixes)), ...ours.filter(d => d.code === 'unknown-reference').flatMap(diagnostic => {
        const word = document.getWordRangeAtPosition(diagnostic.range.start, ID);
        const kind = word && idKindAt(lines(document, word.end.line), word.end.line, word.end.character);
        if (!word || !kind) {
          return [];
        }
        return nearIds(document.getText(word), described(store.factBase, kind).map(d => d.id)).map((id, i) => {
          const action = new vscode.CodeAction(vscode.l10n.t('Change to "{0}"', id), vscode.CodeActionKind.QuickFix);
          action.edit = new vscode.WorkspaceEdit();
          action.edit.replace(document.uri, word, id);
          action.diagnostics = [diagnostic];
          action.isPreferred = i === 0;
          return action;
        });
      })];
    },
  };
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(SELECTOR, quickFixes, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.languages.registerCompletionItemProvider(SELECTOR, completion, '[', ' ', ','),
    vscode.languages.registerHoverProvider(SELECTOR, hover),
    vscode.commands.registerCommand(COMMANDS.addFactFromSelection, () => addFactFromSelection(store, names, readerSelection)),
    vscode.commands.registerCommand(COMMANDS.addSourceFromFile, (target: unknown) => addSourceFromFile(store, target)),
  );
}

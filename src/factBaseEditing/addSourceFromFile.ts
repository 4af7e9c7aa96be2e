// "DPRK Atlas: Add Source from File…": registers a .txt, .md or .html file as a source of the workspace's fact base.
// A file already in the fact base's sources/ gets its record only; any other file is copied there byte for byte,
// after asking, under a name no file has (nothing is overwritten). The record (id, file, title) is appended to
// sources.yaml, made if missing, in the same WorkspaceEdit as the copy, so one Undo takes both back; sources.yaml is
// left unsaved with the guessed title selected for the writer to check.
import * as vscode from 'vscode';
import { appendRecord } from '../core/factBaseYaml/appendRecord';
import { listsFile, sourceRecord } from '../core/factBaseYaml/sourceRecord';
import type { FactStore } from '../core/factStore';
import { factBaseLocationOf } from '../workspace/factBaseLocations';
import { ask, currentText, factBaseFolderFor, insertInto, writingAllowed } from './writing';

const SOURCE_FILE = /\.(txt|md|markdown|html?)$/i;

export async function addSourceFromFile(store: FactStore, target: unknown): Promise<void> {
  if (!writingAllowed()) {
    return;
  }
  const file = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri ?? await pickFile();
  if (!file) {
    return;
  }
  // A file of a file system (not an untitled buffer, nor Open Raw Source's view of a source already in a fact base).
  if (!SOURCE_FILE.test(file.path) || vscode.workspace.fs.isWritableFileSystem(file.scheme) === undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('DPRK Atlas takes a saved .txt, .md or .html file as a source.'));
    return;
  }
  const inside = factBaseLocationOf(file);
  if (inside && !/^sources\/[^/]+$/.test(inside.path)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('A source file of your fact base goes in its sources/ folder.'));
    return;
  }
  const folder = inside?.location.uri ?? await factBaseFolderFor(store, file);
  if (!folder) {
    return;
  }
  const sources = vscode.Uri.joinPath(folder, 'sources.yaml');
  const existing = await currentText(sources);
  // Listed already, loaded or not (a record with a problem is not in the store, but is in the file).
  if (inside && (store.workspaceBase(folder.toString())?.sources.some(s => s.file === inside.path) || listsFile(existing ?? '', inside.path))) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} is already listed in sources.yaml.', inside.path));
    return;
  }
  const name = file.path.replace(/^.*\//, '');
  const copyTo = inside ? undefined : await freeName(vscode.Uri.joinPath(folder, 'sources'), name);
  const copy = vscode.l10n.t('Copy and Add');
  if (copyTo && !await ask(vscode.l10n.t('Copy {0} into {1} and add it as a source?', name, vscode.workspace.asRelativePath(copyTo)),
    vscode.l10n.t('DPRK Atlas reads sources only from the sources/ folder of your fact base. The copy is byte for byte; the original stays where it is.'), copy)) {
    return;
  }
  const bytes = await vscode.workspace.fs.readFile(file);
  const relative = inside?.path ?? `sources/${copyTo!.path.replace(/^.*\//, '')}`;
  const taken = new Set(store.factBase.sources.map(s => s.id));
  const record = sourceRecord(relative, /\.html?$/i.test(name) ? undefined : new TextDecoder().decode(bytes),
    id => taken.has(id) || (existing ?? '').includes(`id: ${id}\n`));
  const insertion = appendRecord(existing ?? '', 'sources', record.yaml);

  const edit = new vscode.WorkspaceEdit();
  if (copyTo) {
    edit.createFile(copyTo, { contents: bytes, overwrite: false });
  }
  await insertInto(edit, sources, existing, insertion);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('DPRK Atlas could not add the source to {0}.', vscode.workspace.asRelativePath(sources)));
    return;
  }
  const edited = await vscode.workspace.openTextDocument(sources);
  const title = insertion.recordStart + record.title.start;
  await vscode.window.showTextDocument(edited, {
    selection: new vscode.Selection(edited.positionAt(title), edited.positionAt(insertion.recordStart + record.title.end)),
  });
}

async function pickFile(): Promise<vscode.Uri | undefined> {
  const [picked] = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Add Source from File'), canSelectMany: false, openLabel: vscode.l10n.t('Add Source'),
    filters: { [vscode.l10n.t('Texts, Markdown and web pages')]: ['txt', 'md', 'markdown', 'html', 'htm'] },
  }) ?? [];
  return picked;
}

/** `name` in `folder`, or `name-2`, `name-3`… before its extension: the first no file has. */
async function freeName(folder: vscode.Uri, name: string): Promise<vscode.Uri> {
  const [, stem, extension] = /^(.*?)(\.[^.]*)?$/.exec(name)!;
  for (let n = 1; ; n++) {
    const candidate = vscode.Uri.joinPath(folder, n === 1 ? name : `${stem}-${n}${extension ?? ''}`);
    if (!await vscode.workspace.fs.stat(candidate).then(() => true, () => false)) {
      return candidate;
    }
  }
}

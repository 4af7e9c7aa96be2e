// The workspace room: finds each workspace folder's fact-base folders, loads them into the store (in a lazily loaded
// chunk), publishes their problems, and follows them live: a saved change re-reads the changed file only and reloads
// that base (and the bases loaded after it, which may refer to it); an unsaved buffer of a fact-base YAML file is
// linted as it is typed without changing the data, as a linter does.
import * as vscode from 'vscode';
import type { Diagnostic } from '../core/diagnostics';
import type { FactStore } from '../core/factStore';
import type { CompiledFactBase } from '../core/model';
import { FactBaseFolder, roleOf } from './factBaseFolder';
import { FACT_BASES_SETTING, factBaseLocations } from './factBaseLocations';
import { FactBaseProblems } from './factBaseProblems';
import { workspaceLoader } from './workspaceLoaderChunk';

/** Saves, checkouts and renames come as bursts of events: one reload per burst. */
const CHANGE_DEBOUNCE_MS = 150;
const TYPING_DEBOUNCE_MS = 300;

/** What the editing room reads of the published problems: the replacement quotes of a quote problem. */
export type QuoteFixes = Pick<FactBaseProblems, 'quoteFixOf'>;

export function registerWorkspaceFactBases(context: vscode.ExtensionContext, { store }: { store: FactStore }): QuoteFixes {
  const problems = new FactBaseProblems();
  const folders = new Map<string, FactBaseFolder>();
  const watchers = new Map<string, vscode.Disposable>();
  /** The diagnostics of each folder's saved files, shown again when an edited buffer is reverted or closed. */
  const saved = new Map<string, Diagnostic[]>();
  let queue = Promise.resolve();
  const enqueue = (task: () => Promise<void>) => {
    queue = queue.then(task).catch(err => console.error('DPRK Atlas: workspace fact base', err)); // not user text: the developer console
  };

  /**
   * Loads the folders from `first` on (in store order) against the ones before them, and drops the bases of the
   * folders `removed` (no longer configured); one store change.
   */
  const reloadFrom = (first: number, removed: readonly string[] = []) => {
    const ordered = [...folders.values()];
    const pending = new Map<string, CompiledFactBase | undefined>(removed.map(key => [key, undefined]));
    for (const folder of ordered.slice(first)) {
      if (!folder.cache) {
        pending.set(folder.key, undefined); // no such folder on disk
        continue;
      }
      const { factBase, diagnostics } = workspaceLoader().loadWorkspaceFactBase(folder.input(), store.layersBefore(folder.key, pending), folder.cache);
      pending.set(folder.key, factBase);
      saved.set(folder.key, diagnostics);
      problems.publish(folder, diagnostics);
      // A buffer being edited keeps its own problems: it is linted again against what was just loaded.
      vscode.workspace.textDocuments.filter(d => d.isDirty && folder.relativePath(d.uri) !== undefined).forEach(lint);
    }
    store.setWorkspaceBases(pending);
  };

  /** Reads a folder whole; the chunk is loaded only once some folder exists. */
  const readFolder = async (folder: FactBaseFolder) => {
    if (await folder.readAll()) {
      folder.cache ??= new (workspaceLoader().LoadCache)();
    } else {
      folder.cache = undefined;
      saved.delete(folder.key);
      problems.clear(folder);
    }
  };

  const discover = () => enqueue(async () => {
    const wanted = new Map(factBaseLocations().map(location => [location.uri.toString(), location]));
    const removed: string[] = [];
    for (const [key, folder] of folders) {
      if (!wanted.has(key)) {
        removed.push(key);
        folders.delete(key);
        watchers.get(key)?.dispose();
        watchers.delete(key);
        saved.delete(key);
        problems.clear(folder);
      }
    }
    for (const [key, { workspaceFolder, relative, uri }] of wanted) {
      if (!folders.has(key)) {
        const folder = new FactBaseFolder(uri);
        folders.set(key, folder);
        watchers.set(key, watch(new vscode.RelativePattern(workspaceFolder, `{${relative},${relative}/**}`)));
        await readFolder(folder);
      }
    }
    reloadFrom(0, removed);
  });

  // Saved changes: collected per burst, then each changed file re-read and the earliest changed base reloaded.
  const changed = new Set<string>();
  let changeTimer: ReturnType<typeof setTimeout> | undefined;
  const onFileEvent = (uri: vscode.Uri) => {
    changed.add(uri.toString());
    clearTimeout(changeTimer);
    changeTimer = setTimeout(() => void enqueue(applyChanges), CHANGE_DEBOUNCE_MS);
  };
  const applyChanges = async () => {
    const uris = [...changed].map(u => vscode.Uri.parse(u));
    changed.clear();
    const ordered = [...folders.values()];
    let first = ordered.length;
    for (const [i, folder] of ordered.entries()) {
      const inside = uris.map(uri => folder.relativePath(uri)).filter((p): p is string => p !== undefined);
      if (inside.length === 0) {
        continue;
      }
      first = Math.min(first, i);
      if (!folder.cache || inside.some(p => roleOf(p) === undefined)) {
        await readFolder(folder); // the folder or a subfolder came or went (or was renamed): read it whole
      } else {
        await Promise.all(inside.map(p => folder.read(p)));
      }
    }
    if (first < ordered.length) {
      reloadFrom(first);
    }
  };
  const watch = (pattern: vscode.RelativePattern): vscode.Disposable => {
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    return vscode.Disposable.from(watcher, watcher.onDidCreate(onFileEvent), watcher.onDidChange(onFileEvent), watcher.onDidDelete(onFileEvent));
  };

  // Unsaved buffers: the problems of the text being typed, the data unchanged until it is saved.
  const lintTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const lint = (document: vscode.TextDocument) => {
    const folder = [...folders.values()].find(f => f.cache && f.relativePath(document.uri) !== undefined);
    const path = folder?.relativePath(document.uri);
    if (!folder?.cache || path === undefined || (roleOf(path) ?? 'source-text') === 'source-text') {
      return;
    }
    const key = document.uri.toString();
    clearTimeout(lintTimers.get(key));
    lintTimers.set(key, setTimeout(() => {
      lintTimers.delete(key);
      void enqueue(async () => {
        if (!folder.cache || !folders.has(folder.key)) {
          return;
        }
        const diagnostics = document.isDirty && !document.isClosed
          ? workspaceLoader().loadWorkspaceFactBase(folder.input({ path, text: document.getText() }), store.layersBefore(folder.key), folder.cache).diagnostics
          : saved.get(folder.key) ?? [];
        problems.publish(folder, diagnostics);
      });
    }, TYPING_DEBOUNCE_MS));
  };

  context.subscriptions.push(
    problems,
    { dispose: () => { clearTimeout(changeTimer); lintTimers.forEach(clearTimeout); watchers.forEach(w => w.dispose()); } },
    // Saves and Explorer operations made in VS Code, heard directly: the file watcher stands for writes from outside,
    // and code-server's was seen to miss events (none within 30 s) on a busy machine.
    vscode.workspace.onDidSaveTextDocument(document => onFileEvent(document.uri)),
    vscode.workspace.onDidCreateFiles(e => e.files.forEach(onFileEvent)),
    vscode.workspace.onDidDeleteFiles(e => e.files.forEach(onFileEvent)),
    vscode.workspace.onDidRenameFiles(e => e.files.forEach(({ oldUri, newUri }) => { onFileEvent(oldUri); onFileEvent(newUri); })),
    vscode.workspace.onDidChangeTextDocument(e => e.contentChanges.length > 0 && lint(e.document)),
    vscode.workspace.onDidCloseTextDocument(lint),
    vscode.workspace.onDidChangeWorkspaceFolders(() => discover()),
    vscode.workspace.onDidChangeConfiguration(e => e.affectsConfiguration(FACT_BASES_SETTING) && discover()),
  );
  discover();
  return problems;
}

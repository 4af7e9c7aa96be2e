// One workspace fact-base folder (`.dprk-atlas/` or one the setting names), laid out like data/: sources.yaml,
// sources/*, entities/*.yaml, statements/*.yaml. It keeps the text of every file it read, so a change re-reads the
// changed file only; nothing outside the folder is read.
import * as vscode from 'vscode';
import type { FactBaseInput } from '../core/loader/loadFactBase';
import type { LoadCache } from '../core/loader/loadCache';
import { readFactBaseFile, SOURCE_SIZE_LIMIT, YAML_SIZE_LIMIT } from './readFactBaseFile';

type FileRole = 'sources' | 'entities' | 'statements' | 'source-text';

/** The role of a path relative to the folder, or undefined for a file the fact base does not use. */
export function roleOf(relativePath: string): FileRole | undefined {
  if (relativePath === 'sources.yaml') {
    return 'sources';
  }
  const m = /^(entities|statements|sources)\/[^/]+$/.exec(relativePath);
  if (!m) {
    return undefined;
  }
  if (m[1] === 'sources') {
    return 'source-text';
  }
  return /\.ya?ml$/i.test(relativePath) ? (m[1] as 'entities' | 'statements') : undefined;
}

export class FactBaseFolder {
  readonly key: string;
  /** YAML and source texts by path relative to the folder. */
  private readonly texts = new Map<string, string>();
  /** Files skipped on purpose (too large, binary, a link), with the reason. */
  readonly skipped = new Map<string, string>();
  /** Created with the workspace loader chunk, on the first load. */
  cache: LoadCache | undefined;

  constructor(readonly uri: vscode.Uri) {
    this.key = uri.toString();
  }

  /** The path of `uri` relative to this folder ('' for the folder itself), if it lies inside it. */
  relativePath(uri: vscode.Uri): string | undefined {
    const folder = this.uri.with({ path: this.uri.path.replace(/\/$/, '') }).toString();
    const target = uri.toString().replace(/\/$/, '');
    if (target === folder) {
      return '';
    }
    return target.startsWith(folder + '/') ? decodeURIComponent(target.slice(folder.length + 1)) : undefined;
  }

  /** Reads every file the fact base uses; false if the folder does not exist (or is not a folder). */
  async readAll(): Promise<boolean> {
    this.texts.clear();
    this.skipped.clear();
    try {
      const stat = await vscode.workspace.fs.stat(this.uri);
      if (stat.type !== vscode.FileType.Directory) {
        return false; // a file, or a link to a folder that may lie outside the workspace folder
      }
    } catch {
      return false;
    }
    const paths = ['sources.yaml'];
    for (const sub of ['sources', 'entities', 'statements']) {
      try {
        for (const [name, type] of await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(this.uri, sub))) {
          if (type !== vscode.FileType.Directory) {
            paths.push(`${sub}/${name}`);
          }
        }
      } catch {
        // no such subfolder: nothing of that kind
      }
    }
    await Promise.all(paths.filter(p => roleOf(p)).map(p => this.read(p)));
    return true;
  }

  /** Re-reads one file after it changed, appeared or went away. */
  async read(relativePath: string): Promise<void> {
    this.texts.delete(relativePath);
    this.skipped.delete(relativePath);
    const role = roleOf(relativePath);
    if (!role) {
      return;
    }
    try {
      const read = await readFactBaseFile(vscode.Uri.joinPath(this.uri, relativePath), role === 'source-text' ? SOURCE_SIZE_LIMIT : YAML_SIZE_LIMIT);
      if ('text' in read) {
        this.texts.set(relativePath, read.text);
      } else {
        this.skipped.set(relativePath, read.skipped);
      }
    } catch {
      // deleted (or unreadable): absent from the fact base
    }
  }

  /** The loader's input; `unsaved` puts an editor's buffer in place of that file's saved text. */
  input(unsaved?: { path: string; text: string }): FactBaseInput {
    const texts = new Map(this.texts);
    if (unsaved) {
      texts.set(unsaved.path, unsaved.text);
    }
    const files = (role: FileRole) => [...texts].filter(([p]) => roleOf(p) === role).sort(([a], [b]) => a.localeCompare(b)).map(([path, text]) => ({ path, text }));
    return {
      sources: files('sources'),
      entities: files('entities'),
      statements: files('statements'),
      readSource: file => (roleOf(file) === 'source-text' ? texts.get(file) : undefined),
      unreadableReason: file => this.skipped.get(file),
    };
  }
}

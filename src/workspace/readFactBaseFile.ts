// Reads one file of a workspace fact-base folder through vscode.workspace.fs, with the limits that keep a hostile or
// mistaken folder from blocking the window: no symbolic links (their target may leave the workspace folder, and the
// fs API cannot say where it points), no file over the size limit, no binary file.
import * as vscode from 'vscode';

export const SOURCE_SIZE_LIMIT = 10 * 1024 * 1024;
export const YAML_SIZE_LIMIT = 2 * 1024 * 1024;

export type FileRead = { text: string } | { skipped: string };

export async function readFactBaseFile(uri: vscode.Uri, sizeLimit: number): Promise<FileRead> {
  const stat = await vscode.workspace.fs.stat(uri);
  if (stat.type & vscode.FileType.SymbolicLink) {
    return { skipped: vscode.l10n.t('DPRK Atlas does not follow symbolic links in a fact-base folder; this file is skipped.') };
  }
  if (stat.size > sizeLimit) {
    return { skipped: vscode.l10n.t('This file is larger than {0} MB, the limit DPRK Atlas reads; it is skipped.', sizeLimit / 1024 / 1024) };
  }
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (bytes.length > sizeLimit) {
    return { skipped: vscode.l10n.t('This file is larger than {0} MB, the limit DPRK Atlas reads; it is skipped.', sizeLimit / 1024 / 1024) };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) {
      throw new Error('NUL');
    }
    return { text };
  } catch {
    return { skipped: vscode.l10n.t('This file is binary (not UTF-8 text); DPRK Atlas skips it.') };
  }
}

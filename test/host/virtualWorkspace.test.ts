// Issue 9: package.json declares virtual workspaces "limited": hover cards come in files of GitHub and Azure Repos
// virtual workspaces (vscode-vfs), not in other virtual file systems. (test/unit/manifest.test.ts checks the
// declarations; the test host disables workspace trust, so untrusted behaviour is argued there, not run here.)
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverOn } from './hoverTesting';
import { closeAllEditors } from './atlas';

const NOTES = 'Notes: the DPRK embassy in Accra.';

/** A read-only file system holding one file at every path, as a virtual workspace's provider would serve it. */
class OneFileSystem implements vscode.FileSystemProvider {
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;
  constructor(private readonly text: string) {}
  watch = () => new vscode.Disposable(() => undefined);
  stat = (): vscode.FileStat => ({ type: vscode.FileType.File, ctime: 0, mtime: 0, size: this.text.length });
  readDirectory = (): [string, vscode.FileType][] => [];
  readFile = () => new TextEncoder().encode(this.text);
  createDirectory = (uri: vscode.Uri) => this.refuse(uri);
  writeFile = (uri: vscode.Uri) => this.refuse(uri);
  delete = (uri: vscode.Uri) => this.refuse(uri);
  rename = (uri: vscode.Uri) => this.refuse(uri);
  private refuse(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}

async function openVirtual(scheme: string): Promise<{ document: vscode.TextDocument; registration: vscode.Disposable }> {
  const registration = vscode.workspace.registerFileSystemProvider(scheme, new OneFileSystem(NOTES), { isReadonly: true });
  const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme, authority: 'github', path: '/dprk-atlas/notes/draft.md' }));
  return { document, registration };
}

describe('virtual workspaces', () => {
  afterEach(closeAllEditors);

  it('gives cards in a GitHub or Azure Repos virtual workspace file (vscode-vfs)', async () => {
    const { document, registration } = await openVirtual('vscode-vfs');
    try {
      assert.deepEqual((await hoverOn(document, 'DPRK')).entityIds, ['north-korea']);
    } finally {
      registration.dispose();
    }
  });

  it('gives no cards in other virtual file systems, as the manifest says', async () => {
    const { document, registration } = await openVirtual('dprk-atlas-test-vfs');
    try {
      assert.deepEqual((await hoverOn(document, 'DPRK')).entityIds, []);
    } finally {
      registration.dispose();
    }
  });
});

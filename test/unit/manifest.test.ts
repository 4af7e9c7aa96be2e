// Issue 9: what package.json promises about workspace trust and virtual workspaces, and the manifest facts that keep
// the promises true. Untrusted workspaces are supported because the extension reads only its own bundled data and the
// workspace's fact-base folders (read-only, issue 16), runs no workspace code (test/unit/shippedCode.test.ts), and
// the one setting that points at folders is restricted: an untrusted workspace cannot aim it anywhere. Virtual workspaces are "limited" because hover cards come only in the schemes the hover
// provider registers (test/host/virtualWorkspace.test.ts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

interface Setting {
  type: string;
  items?: { type: string };
}

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));

describe('package.json trust and virtual-workspace declarations', () => {
  it('supports untrusted workspaces, restricting the one setting that points at folders', () => {
    const { supported, description, restrictedConfigurations } = manifest.capabilities.untrustedWorkspaces;
    assert.strictEqual(supported, 'limited');
    assert.match(description, /Restricted Mode/);
    assert.deepStrictEqual(restrictedConfigurations, ['dprkAtlas.workspaceFactBases']);
  });

  it('has only on/off and language-list settings besides the restricted ones, nothing else a workspace could aim at a file, program or URL', () => {
    const restricted = new Set<string>(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations);
    const settings = Object.entries(manifest.contributes.configuration.properties as Record<string, Setting>);
    assert.ok(settings.length > 0);
    for (const [name, setting] of settings) {
      const harmless = setting.type === 'boolean' || (setting.type === 'array' && setting.items?.type === 'string' && name.endsWith('.languages'));
      assert.ok(harmless || restricted.has(name), `${name} (${setting.type}): decide whether untrusted workspaces may set it (restrictedConfigurations)`);
    }
  });

  it('contributes the fact-base schemas for YAML editors (yamlValidation), at paths that exist', () => {
    const entries: { fileMatch: string; url: string }[] = manifest.contributes.yamlValidation;
    assert.deepStrictEqual(entries.map(e => e.fileMatch.replace(/^.*\.dprk-atlas\//, '')), ['sources.yaml', 'entities/*.yaml', 'statements/*.yaml']);
    for (const { url } of entries) {
      const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../..', url), 'utf8'));
      assert.match(schema.$id, new RegExp(`${path.basename(url)}$`));
    }
  });

  it('activates without looking into the workspace', () => {
    const events: string[] = manifest.activationEvents;
    assert.deepStrictEqual(events.filter(e => e.startsWith('workspaceContains:') || e === '*'), []);
  });

  it('declares virtual workspaces limited, naming where hover cards work', () => {
    const { supported, description } = manifest.capabilities.virtualWorkspaces;
    assert.strictEqual(supported, 'limited');
    assert.match(description, /vscode-vfs/);
    assert.match(description, /not in files of other virtual file systems/);
  });
});

// Issue 9: what package.json promises about workspace trust and virtual workspaces, and the manifest facts that keep
// the promises true. Untrusted workspaces are supported because the extension reads only its own bundled data and the
// workspace's fact-base folders (read-only, issue 16), runs no workspace code (test/unit/shippedCode.test.ts), and
// the one setting that points at folders is restricted: an untrusted workspace cannot aim it anywhere. Virtual workspaces are "limited" because hover cards come only in the schemes the hover
// provider registers (test/host/virtualWorkspace.test.ts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ENTITY_ICONS, SOURCE_ICON } from '../../src/tree/icons';
import { localized, rawManifest } from './manifestText';

interface Setting {
  type: string;
  /** A choice among fixed words: nothing a workspace could aim anywhere. */
  enum?: string[];
  items?: { type: string };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- read field by field below
const manifest = localized(rawManifest) as any;

describe('package.json trust and virtual-workspace declarations', () => {
  it('supports untrusted workspaces, restricting the one setting that points at folders', () => {
    const { supported, description, restrictedConfigurations } = manifest.capabilities.untrustedWorkspaces;
    assert.strictEqual(supported, 'limited');
    assert.match(description, /Restricted Mode/);
    assert.deepStrictEqual(restrictedConfigurations, ['dprkAtlas.workspaceFactBases']);
  });

  it('has only on/off, fixed-choice and language-list settings besides the restricted ones, nothing else a workspace could aim at a file, program or URL', () => {
    const restricted = new Set<string>(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations);
    const settings = Object.entries(manifest.contributes.configuration.properties as Record<string, Setting>);
    assert.ok(settings.length > 0);
    for (const [name, setting] of settings) {
      const harmless = setting.type === 'boolean' || (setting.type === 'array' && setting.items?.type === 'string' && name.endsWith('.languages'))
        || (setting.type === 'string' && Array.isArray(setting.enum));
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

describe('package.json gallery and view icons', () => {
  it('gives each view its own codicon, the one its items carry, so moved views can be told apart', () => {
    const views: { id: string; icon: string }[] = manifest.contributes.views.dprkAtlas;
    const expected: Record<string, string> = {
      'dprkAtlas.countries': ENTITY_ICONS.country, 'dprkAtlas.people': ENTITY_ICONS.person,
      'dprkAtlas.organizations': ENTITY_ICONS.organization, 'dprkAtlas.places': ENTITY_ICONS.place, 'dprkAtlas.sources': SOURCE_ICON,
    };
    assert.deepStrictEqual(Object.fromEntries(views.map(v => [v.id, v.icon])), Object.fromEntries(Object.entries(expected).map(([id, icon]) => [id, `$(${icon})`])));
    assert.strictEqual(new Set(views.map(v => v.icon)).size, views.length);
  });

  it('has a 128×128 PNG gallery icon and a banner', () => {
    const png = fs.readFileSync(path.join(__dirname, '../..', manifest.icon));
    assert.ok(png.subarray(1, 4).toString('latin1') === 'PNG' && png.subarray(12, 16).toString('latin1') === 'IHDR', `${manifest.icon} is not a PNG`);
    assert.deepStrictEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
  });
});

describe('package.json welcome texts', () => {
  it('say the fact base failed only on the failure key, and point at the log, not at Problems', () => {
    const welcome: { view: string; contents: string; when: string }[] = manifest.contributes.viewsWelcome;
    const failures = welcome.filter(w => /could not be loaded/.test(w.contents));
    assert.strictEqual(failures.length, manifest.contributes.views.dprkAtlas.length);
    for (const w of failures) {
      assert.strictEqual(w.when, 'dprkAtlas.factBaseFailed', w.view);
      assert.match(w.contents, /\(command:dprkAtlas\.showLog\)/);
    }
    assert.ok(manifest.contributes.commands.some((c: { command: string }) => c.command === 'dprkAtlas.showLog'));
    assert.ok(!welcome.some(w => /workbench\.actions\.view\.problems/.test(w.contents)));
  });
});

describe('package.json walkthrough', () => {
  const steps: { id: string; description: string; media: { markdown?: string; image?: string } }[] = manifest.contributes.walkthroughs[0].steps;

  it('gives every step a page that exists and a button', () => {
    assert.ok(steps.length >= 3);
    for (const step of steps) {
      const page = step.media.markdown ?? step.media.image;
      assert.ok(page && fs.existsSync(path.join(__dirname, '../..', page)), `${step.id}: no page ${page}`);
      assert.match(step.description, /\[[^\]]+\]\(command:[\w.]+/, `${step.id}: no button`);
    }
  });

  it('links only to commands it contributes or the sidebar VS Code makes for its container', () => {
    const contributed = new Set((manifest.contributes.commands as { command: string }[]).map(c => c.command));
    for (const step of steps) {
      for (const [, command] of step.description.matchAll(/\(command:([\w.]+)/g)) {
        assert.ok(contributed.has(command) || command === 'workbench.view.extension.dprkAtlas', `${step.id}: ${command}`);
      }
    }
  });
});

// Issue 20: one command for one action, named in one place. src/shared/commands.ts holds every command id the
// extension contributes, and nothing in src/ spells an id itself; each command has the category and a codicon; every
// menu names a command that exists.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS } from '../../src/shared/commands';
import { rawManifest } from './manifestText';

const root = path.resolve(__dirname, '../..');
const contributed: { command: string; category?: string; icon?: string }[] = rawManifest.contributes.commands;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true })
    .flatMap(e => (e.isDirectory() ? sourceFiles(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : []));
}

describe('commands', () => {
  it('are exactly package.json\'s contributes.commands, each under its own name', () => {
    assert.deepEqual(Object.values(COMMANDS).sort(), contributed.map(c => c.command).sort());
    for (const [name, id] of Object.entries(COMMANDS)) {
      assert.equal(id, `dprkAtlas.${name}`);
    }
  });

  it('are never spelled as strings in src/ outside src/shared/commands.ts', () => {
    const ids = new Set<string>(Object.values(COMMANDS));
    const spelled = sourceFiles('src').filter(f => f !== 'src/shared/commands.ts').flatMap(file =>
      [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/['"`](dprkAtlas\.\w+)['"`]/g)].filter(m => ids.has(m[1])).map(m => `${file}: ${m[1]}`));
    assert.deepEqual(spelled, []);
  });

  it('each have the category and a codicon', () => {
    for (const c of contributed) {
      assert.equal(c.category, '%command.category%', c.command);
      assert.match(c.icon ?? '', /^\$\([\w-]+\)$/, c.command);
    }
  });

  it('are the only ones menus and the walkthrough name', () => {
    const ids = new Set(contributed.map(c => c.command));
    const menus = Object.values(rawManifest.contributes.menus as Record<string, { command: string }[]>).flat();
    assert.deepEqual(menus.filter(m => !ids.has(m.command)).map(m => m.command), []);
    const events: string[] = rawManifest.contributes.walkthroughs.flatMap((w: { steps: { completionEvents?: string[] }[] }) => w.steps.flatMap(s => s.completionEvents ?? []));
    assert.deepEqual(events.filter(e => e.startsWith('onCommand:dprkAtlas.') && !ids.has(e.slice('onCommand:'.length))), []);
  });
});

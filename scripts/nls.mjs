// npm run l10n: the translatable strings, for a translator to copy. Writes l10n/bundle.l10n.json from every
// l10n.t call in src/ (@vscode/l10n-dev), and moves package.json's user-facing text into package.nls.json as
// %key% references (keys from where the text sits: command.<id>, view.<id>, setting.<id>, …); text already moved stays.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const exported = spawnSync(process.execPath, [path.join(root, 'node_modules/@vscode/l10n-dev/dist/cli.js'), 'export', '-o', 'l10n', 'src'], { cwd: root, stdio: 'inherit' });
if (exported.status !== 0) {
  process.exit(1);
}

const manifestFile = path.join(root, 'package.json');
const nlsFile = path.join(root, 'package.nls.json');
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
const nls = fs.existsSync(nlsFile) ? JSON.parse(fs.readFileSync(nlsFile, 'utf8')) : {};

/** Replaces obj[field] (plain text) by a %key% and records the text under that key. */
function move(obj, field, key) {
  const text = obj?.[field];
  if (typeof text !== 'string' || /^%[^%]+%$/.test(text)) {
    return;
  }
  nls[key] = text;
  obj[field] = `%${key}%`;
}

const c = manifest.contributes;
move(manifest, 'displayName', 'displayName');
move(manifest, 'description', 'description');
move(manifest.capabilities.untrustedWorkspaces, 'description', 'capabilities.untrustedWorkspaces');
move(manifest.capabilities.virtualWorkspaces, 'description', 'capabilities.virtualWorkspaces');
for (const container of c.viewsContainers?.activitybar ?? []) {
  move(container, 'title', `viewsContainer.${container.id}`);
}
for (const view of Object.values(c.views ?? {}).flat()) {
  move(view, 'name', `view.${view.id}`);
}
(c.viewsWelcome ?? []).forEach((w, i) => move(w, 'contents', `viewsWelcome.${w.view}.${i}`));
move(c.configuration, 'title', 'configuration.title');
for (const [id, setting] of Object.entries(c.configuration?.properties ?? {})) {
  move(setting, 'description', `setting.${id}`);
  move(setting, 'markdownDescription', `setting.${id}`);
  (setting.enumDescriptions ?? []).forEach((_, i) => move(setting.enumDescriptions, i, `setting.${id}.${setting.enum[i]}`));
}
for (const command of c.commands ?? []) {
  move(command, 'title', `command.${command.command}`);
  move(command, 'category', 'command.category');
}
for (const walkthrough of c.walkthroughs ?? []) {
  move(walkthrough, 'title', `walkthrough.${walkthrough.id}.title`);
  move(walkthrough, 'description', `walkthrough.${walkthrough.id}.description`);
  for (const step of walkthrough.steps) {
    move(step, 'title', `walkthrough.${walkthrough.id}.${step.id}.title`);
    move(step, 'description', `walkthrough.${walkthrough.id}.${step.id}.description`);
  }
}
for (const language of c.languages ?? []) {
  (language.aliases ?? []).forEach((_, i) => move(language.aliases, i, `language.${language.id}.${i}`));
}
fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
fs.writeFileSync(nlsFile, `${JSON.stringify(Object.fromEntries(Object.entries(nls).sort()), null, 2)}\n`);

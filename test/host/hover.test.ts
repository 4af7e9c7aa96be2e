import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CARD_COMMANDS, escapeMarkdown } from '../../src/core/card';
import { citationMarkdown } from '../../src/core/citation';
import { FactBase } from '../../src/core/factBase';
import { type NameMatcher, sharedNameMatcher } from '../../src/core/matcher';
import type { AtlasTestApi } from '../../src/testApi';
import { NameHoverProvider } from '../../src/hover/hoverProvider';
import { HOSTILE_ENTITY_NAME, HOSTILE_TEXT, withHostileEntity } from '../fixtures/hover/hostileEntity';
import { hoverOn } from './hoverTesting';
import { selectedIn } from './treeTesting';
import { openUntitled } from './untitledDocuments';
import { activateAtlas } from './atlas';


const MARKDOWN = [
  '# Notes',
  '',
  "Kil Mun-yong met Kim Il Sung in Ulaanbaatar; the DPRK said so, as did Chad O'Carroll's newsletter.",
  'Kilimanjaro is tall, and Kim was not there.',
].join('\n');
const PLAINTEXT = 'Kil Mun Yong spoke to the Ghanaian press.';
const TYPESCRIPT = 'const visit = "Kim Il Sung flew to Ulaanbaatar";\n// DPRK relations with Mongolia\n';

const open = (language: string, content: string) => openUntitled(content, language);

describe('hover cards', () => {
  let api: AtlasTestApi;
  let markdown: vscode.TextDocument;
  let plaintext: vscode.TextDocument;
  let typescript: vscode.TextDocument;

  before(async () => {
    api = await activateAtlas();
    [markdown, plaintext, typescript] = await Promise.all([open('markdown', MARKDOWN), open('plaintext', PLAINTEXT), open('typescript', TYPESCRIPT)]);
  });

  const cases: [string, () => vscode.TextDocument, string, string][] = [
    ['Markdown', () => markdown, 'Kil Mun-yong', 'kil-mun-yong'],
    ['Markdown', () => markdown, 'Kim Il Sung', 'kim-il-sung'],
    ['Markdown', () => markdown, 'Ulaanbaatar', 'ulan-bator'],
    ['Markdown', () => markdown, 'DPRK', 'north-korea'],
    ['plain text', () => plaintext, 'Kil Mun Yong', 'kil-mun-yong'],
    ['a TypeScript string', () => typescript, 'Kim Il Sung', 'kim-il-sung'],
    ['a TypeScript string', () => typescript, 'Ulaanbaatar', 'ulan-bator'],
    ['a TypeScript comment', () => typescript, 'DPRK', 'north-korea'],
    ['a TypeScript comment', () => typescript, 'Mongolia', 'mongolia'],
  ];
  for (const [where, document, name, entityId] of cases) {
    it(`gives "${name}" in ${where} the card of ${entityId}, over exactly the name`, async () => {
      const hovered = await hoverOn(document(), name);
      assert.deepEqual(hovered.entityIds, [entityId]);
      const offset = document().getText().indexOf(name);
      assert.deepEqual(hovered.ranges[0], new vscode.Range(document().positionAt(offset), document().positionAt(offset + name.length)));
      assert.ok(hovered.markdown[0].value.includes(`**${escapeMarkdown(api.factBase.entity(entityId)!.name)}**`));
    });
  }

  it('carries a possessive name without its \'s', async () => {
    const hovered = await hoverOn(markdown, "Chad O'Carroll's");
    assert.deepEqual(hovered.entityIds, ['chad-ocarroll']);
    assert.equal(markdown.getText(hovered.ranges[0]), "Chad O'Carroll");
  });

  it('labels a demonym card as a lower-confidence match', async () => {
    const hovered = await hoverOn(plaintext, 'Ghanaian');
    assert.deepEqual(hovered.entityIds, ['ghana']);
    assert.match(hovered.markdown[0].value, /Ghanaian\* → \*\*Ghana\*\*.*lower confidence/);
  });

  it('shows a card\'s facts once each, in date order, and says which fact its passage and citation links act on', async () => {
    const kil = (await hoverOn(markdown, 'Kil Mun-yong')).markdown[0].value;
    assert.equal(kil.split('ambassador to Ghana').length - 1, 2, kil); // who he is, and the dated fact
    assert.match(kil, /\[Copy Citation\]\([^)]*\) — of \*since Jan 2001 · Office or role held\*/);
    const kim = (await hoverOn(markdown, 'Kim Il Sung')).markdown[0].value;
    const dates = [...kim.matchAll(/^- \*\*([^*]+)\*\*/gm)].map(m => m[1]);
    assert.deepEqual(dates, ['1988', 'undated', 'undated']); // the dated fact first, though it is not the most telling
  });

  it('lists the people a bare "Kim" may be, instead of guessing one', async () => {
    const hovered = await hoverOn(markdown, 'Kim was');
    assert.equal(hovered.markdown.length, 1);
    const value = hovered.markdown[0].value;
    assert.match(value, /^\*\*Kim\*\* · a name \d+ entries share/);
    const linked = [...value.matchAll(/revealInSidebar\?([^)]*)\)/g)].map(m => JSON.parse(decodeURIComponent(m[1]))[0]).sort();
    assert.deepEqual(linked, api.factBase.entities.filter(e => e.ambiguousAliases.includes('Kim')).map(e => e.id).sort());
    assert.doesNotMatch(value, /openPassage|copyCitation/);
  });

  for (const nonName of ['Kilimanjaro', 'tall']) {
    it(`gives no card for "${nonName}"`, async () => {
      assert.deepEqual((await hoverOn(markdown, nonName)).entityIds, []);
    });
  }

  it('trusts only the extension\'s three card commands and no HTML', async () => {
    const [card] = (await hoverOn(markdown, 'Ulaanbaatar')).markdown;
    assert.deepEqual(card.isTrusted, { enabledCommands: Object.values(CARD_COMMANDS) });
    assert.ok(!card.supportHtml);
  });

  it('links to commands that exist and take the card\'s arguments', async () => {
    const [card] = (await hoverOn(markdown, 'Ulaanbaatar')).markdown;
    const links = new Map([...card.value.matchAll(/\]\(command:([\w.]+)\?([^)]*)\)/g)]
      .map(([, command, args]) => [command, JSON.parse(decodeURIComponent(args)) as unknown[]]));
    assert.deepEqual([...links.keys()], Object.values(CARD_COMMANDS));
    const registered = await vscode.commands.getCommands(true);
    assert.deepEqual(Object.values(CARD_COMMANDS).filter(id => !registered.includes(id)), []);
    // Open Passage is left to the reader's tests: a panel opened here would outlive this suite.
    const [entityId] = links.get(CARD_COMMANDS.revealInSidebar)! as [string];
    await vscode.commands.executeCommand(CARD_COMMANDS.revealInSidebar, entityId);
    const node = api.tree.model.nodeFor(entityId);
    assert.ok(node, 'the sidebar has no item for the card\'s entity');
    assert.equal(await selectedIn(api.tree.views[node.view], node.id), node.id, 'the card\'s entity is not selected in the sidebar');
    await vscode.env.clipboard.writeText('');
    const [statementId] = links.get(CARD_COMMANDS.copyCitation)! as [string];
    await vscode.commands.executeCommand(CARD_COMMANDS.copyCitation, statementId);
    assert.equal(await vscode.env.clipboard.readText(), citationMarkdown(api.factBase, api.factBase.statement(statementId)!));
  });

  it('finds a name in the middle of a very long line', async () => {
    const filler = 'lorem ipsum '.repeat(20_000);
    const document = await open('plaintext', `${filler}the DPRK ${filler}`);
    assert.deepEqual((await hoverOn(document, 'DPRK')).entityIds, ['north-korea']);
  });

  it('answers nothing once the hover is cancelled', async () => {
    const provider = new NameHoverProvider(api.store);
    const position = markdown.positionAt(markdown.getText().indexOf('DPRK'));
    const cancelled = new vscode.CancellationTokenSource();
    cancelled.cancel();
    assert.ok(provider.provideHover(markdown, position, new vscode.CancellationTokenSource().token), 'no card with a live token');
    assert.equal(provider.provideHover(markdown, position, cancelled.token), undefined);
  });

  it('answers nothing when the hover is cancelled during the work, after the name matched', async () => {
    const position = markdown.positionAt(markdown.getText().indexOf('DPRK'));
    const names = sharedNameMatcher(api.factBase)();
    const cancelling = new vscode.CancellationTokenSource();
    // The matcher cancels the hover as it returns its match, as a pointer that moves on mid-request would.
    const cancelsAfterMatching = Object.create(names, {
      matchAt: { value: (text: string, at: number) => {
        const match = names.matchAt(text, at);
        cancelling.cancel();
        return match;
      } },
    }) as NameMatcher;
    const provider = new NameHoverProvider(api.store, () => cancelsAfterMatching);
    assert.ok(names.matchAt(markdown.lineAt(position.line).text, position.character), 'the name does not match');
    assert.equal(provider.provideHover(markdown, position, cancelling.token), undefined);
  });

  it('leaves documents of other schemes (output, diff, git views) alone', async () => {
    const scheme = 'dprk-atlas-test';
    const registration = vscode.workspace.registerTextDocumentContentProvider(scheme, { provideTextDocumentContent: () => 'the DPRK' });
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(`${scheme}:/names.txt`));
      assert.deepEqual((await hoverOn(document, 'DPRK')).entityIds, []);
    } finally {
      registration.dispose();
    }
  });

  describe('settings', () => {
    const settings = () => vscode.workspace.getConfiguration('dprkAtlas.hover');
    afterEach(async () => {
      await settings().update('enabled', undefined, vscode.ConfigurationTarget.Global);
      await settings().update('languages', undefined, vscode.ConfigurationTarget.Global);
    });

    it('dprkAtlas.hover.enabled = false switches every card off, and back on', async () => {
      await settings().update('enabled', false, vscode.ConfigurationTarget.Global);
      assert.deepEqual((await hoverOn(markdown, 'DPRK')).entityIds, []);
      assert.deepEqual((await hoverOn(typescript, 'DPRK')).entityIds, []);
      await settings().update('enabled', undefined, vscode.ConfigurationTarget.Global);
      assert.deepEqual((await hoverOn(markdown, 'DPRK')).entityIds, ['north-korea']);
    });

    it('dprkAtlas.hover.languages limits cards to the languages listed', async () => {
      await settings().update('languages', ['markdown'], vscode.ConfigurationTarget.Global);
      assert.deepEqual((await hoverOn(markdown, 'DPRK')).entityIds, ['north-korea']);
      assert.deepEqual((await hoverOn(plaintext, 'Kil Mun Yong')).entityIds, []);
      assert.deepEqual((await hoverOn(typescript, 'DPRK')).entityIds, []);
    });
  });

  describe('a data record that tries to inject Markdown', () => {
    let registration: vscode.Disposable;
    before(() => {
      const { sources, entities, statements } = api.factBase;
      const hostile = new FactBase(withHostileEntity({ formatVersion: 1, sources: [...sources], entities: [...entities], statements: [...statements] }));
      registration = vscode.languages.registerHoverProvider({ scheme: 'untitled', language: 'markdown' }, new NameHoverProvider({ factBase: hostile }));
    });
    after(() => registration.dispose());

    it('renders as plain text: every field escaped, no link but the card\'s own', async () => {
      const document = await open('markdown', `Today ${HOSTILE_ENTITY_NAME} wrote.`);
      const hovered = await hoverOn(document, HOSTILE_ENTITY_NAME);
      assert.deepEqual(hovered.entityIds, ['xanadu-quill']);
      const value = hovered.markdown[0].value;
      const unescaped = (syntax: string) => new RegExp(`(^|[^\\\\])${syntax}`).test(value);
      assert.ok(!unescaped('\\]\\(command:evil') && !unescaped('<img') && !unescaped('`code'), value);
      // description, native name, fact summary and source title
      assert.equal(value.split(escapeMarkdown(HOSTILE_TEXT)).length - 1, 4, value);
      assert.deepEqual(value.match(/\]\(command:[^)]*\)/g)?.map(link => link.split('?')[0]), Object.values(CARD_COMMANDS).map(id => `](command:${id}`));
    });
  });
});

// Issue 20: THE RULE. Every piece of text a user reads goes through l10n: `vscode.l10n.t` on the extension side,
// `l10n.t` from @vscode/l10n in the vscode-free core and the webviews (their bundle comes from the extension). This
// test reads src/ with the TypeScript parser and fails on a string literal that bypasses it:
//   - in a message (show{Information,Warning,Error}Message, a Diagnostic, a CodeAction, a MarkdownString),
//   - as a TreeItem label, description or tooltip, a QuickPickItem's label, description or detail, a QuickPick's or
//     input's title, placeholder or prompt (any object or property of those names),
//   - as text the webviews make: textContent, text nodes, the text of element(), aria-label and title attributes,
//   - anywhere else when it reads as prose: two or more words of letters ("Open the passage", not "status-occurred").
// A literal there is allowed only with a trailing `// not user text: <why>` on its line. Exempt as a whole
// (EXEMPT_MODULES): test-only modules, and the loader and data internals whose words are data, not interface.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../..');

/** Folders and files the rule does not read, each with the reason. */
export const EXEMPT_MODULES: { path: string; why: string }[] = [
  { path: 'src/testApi.ts', why: 'test build only (TEST_BUILD)' },
  { path: 'src/shared/testProtocol.ts', why: 'test build only' },
  { path: 'src/shared/timelineTestProtocol.ts', why: 'test build only' },
  { path: 'src/webview/testProbe.ts', why: 'test build only' },
  { path: 'src/webview/timeline/timelineProbe.ts', why: 'test build only' },
  { path: 'src/core/loader/', why: 'data internals: validates and compiles data/ (build time and workspace fact bases); its diagnostics quote the schema in English' },
  { path: 'src/core/html/', why: 'data internals: an HTML source to its readable text, in the workspace loader\'s chunk; its two errors become the loader\'s diagnostics, English as those are' },
  { path: 'src/core/matcher/', why: 'data internals: name matching (English function words are data)' },
  { path: 'src/core/cleaner/', why: 'data internals: cleaning source articles (profile patterns are data)' },
  { path: 'src/core/check/claimCues.ts', why: 'data: the English words a draft uses for each kind of event' },
  { path: 'src/core/check/datePhrases.ts', why: 'data: the English date words a draft may use' },
  { path: 'src/core/check/countPhrases.ts', why: 'data: the English count words a draft may use' },
];

const EXEMPTION = /\/\/ not user text: \S/;
const L10N_CALL = /(^|\.)l10n\.t$/;
const MESSAGE_CALLS = /(^|\.)show(Information|Warning|Error)Message$/;
const MESSAGE_CONSTRUCTORS = /(^|\.)(TreeItem|Diagnostic|CodeAction|MarkdownString|DiagnosticRelatedInformation)$/;
const USER_PROPERTIES = new Set(['label', 'description', 'detail', 'tooltip', 'title', 'placeholder', 'placeHolder', 'prompt', 'textContent', 'innerText', 'ariaLabel', 'aria-label', 'message']);
const TEXT_CALLS = /(^|\.)(createTextNode|append|prepend|replaceChildren|element)$/;
const SHOWING_OPERATORS = new Set([ts.SyntaxKind.PlusToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken]);
const USER_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt']);

interface Violation {
  file: string;
  line: number;
  text: string;
  why: string;
}

/** Two or more words of letters: tokens of two or more letters alone (an apostrophe, trailing punctuation allowed). */
function readsAsProse(text: string): boolean {
  const words = text.split(/\s+/).map(w => w.replace(/^[("“‘*[]+|[)"”’*\]]+$/gu, '')).filter(w => /^[\p{L}’']{2,}[,.:;!?…]?$/u.test(w));
  return words.length >= 2;
}

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return node.text;
  }
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map(s => s.literal.text)].join('{}');
  }
  return undefined;
}

/** Whether `parent` shows its child `child` as its own value: `a ?? 'x'`, `c ? 'x' : y`, `'x' + y`, `` `${'x'}` ``. */
function passesOn(parent: ts.Node, child: ts.Node): boolean {
  if (ts.isBinaryExpression(parent)) {
    return SHOWING_OPERATORS.has(parent.operatorToken.kind); // a literal compared (`status !== 'occurred'`) is not shown
  }
  if (ts.isConditionalExpression(parent)) {
    return parent.condition !== child;
  }
  return ts.isParenthesizedExpression(parent) || ts.isTemplateSpan(parent) || ts.isTemplateExpression(parent) || ts.isAsExpression(parent);
}

/** The expression whose value the literal becomes, climbing through passesOn. */
function shownAs(node: ts.Node): ts.Node {
  let top = node;
  while (top.parent && passesOn(top.parent, top)) {
    top = top.parent;
  }
  return top;
}

/** The nearest call or `new` the literal is an argument of (also inside arrays and object literals). */
function enclosingCall(node: ts.Node): { call: ts.CallExpression | ts.NewExpression; argument: ts.Node } | undefined {
  let child = shownAs(node);
  for (let parent = child.parent; parent; child = shownAs(parent), parent = child.parent) {
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression !== child) {
      return { call: parent, argument: child };
    }
    if (!(ts.isArrayLiteralExpression(parent) || ts.isObjectLiteralExpression(parent) || ts.isPropertyAssignment(parent) || ts.isSpreadElement(parent))) {
      return undefined;
    }
  }
  return undefined;
}

function propertyName(name: ts.Node): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** Why the literal at `node` is user text, or undefined. */
function userTextReason(node: ts.Node, text: string, source: ts.SourceFile): string | undefined {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent) || ts.isExternalModuleReference(parent)
    || (ts.isPropertyAssignment(parent) && parent.name === node) || ts.isElementAccessExpression(parent) || ts.isCaseClause(parent)) {
    return undefined;
  }
  const around = enclosingCall(node);
  const callee = around?.call.expression.getText(source) ?? '';
  if (around && L10N_CALL.test(callee)) {
    return undefined; // the message itself, or its comment
  }
  if (!/\p{L}/u.test(text)) {
    return undefined; // separators and symbols: " · ", "→ {}"
  }
  if (around && (MESSAGE_CALLS.test(callee) || MESSAGE_CONSTRUCTORS.test(callee))) {
    return `passed to ${callee}`;
  }
  if (around && TEXT_CALLS.test(callee)) {
    const [, text, attributes] = around.call.arguments ?? [];
    // element(tag, text, attributes): its text, and the attributes a user reads; other calls: every argument.
    if (!/(^|\.)element$/.test(callee) || around.argument === text) {
      return `text made by ${callee}`;
    }
    const holder = shownAs(node).parent;
    const attribute = ts.isPropertyAssignment(holder) && holder.parent === attributes ? propertyName(holder.name) : undefined;
    if (attribute && USER_ATTRIBUTES.has(attribute)) {
      return `the ${attribute} attribute`;
    }
    return undefined;
  }
  if (around && /(^|\.)setAttribute$/.test(callee) && around.argument === around.call.arguments?.[1]) {
    const attribute = around.call.arguments[0];
    if (ts.isStringLiteral(attribute) && USER_ATTRIBUTES.has(attribute.text)) {
      return `the ${attribute.text} attribute`;
    }
  }
  const value = shownAs(node);
  const holder = value.parent;
  const property = ts.isPropertyAssignment(holder) && holder.initializer === value ? propertyName(holder.name)
    : ts.isBinaryExpression(holder) && holder.right === value && holder.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(holder.left) ? holder.left.name.text
      : undefined;
  if (property && USER_PROPERTIES.has(property)) {
    return `the ${property} of something shown`;
  }
  return readsAsProse(text) ? 'reads as prose' : undefined;
}

export function userTextViolations(file: string, code: string): Violation[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lines = code.split('\n');
  const violations: Violation[] = [];
  const visit = (node: ts.Node) => {
    const text = literalText(node);
    if (text !== undefined) {
      const why = userTextReason(node, text, source);
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const endLine = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (why && !lines.slice(line, endLine + 1).some(l => EXEMPTION.test(l))) {
        violations.push({ file, line: line + 1, text, why });
      }
      if (!ts.isTemplateExpression(node)) {
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return violations;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap(entry => {
    const relative = `${dir}/${entry.name}`;
    if (EXEMPT_MODULES.some(m => relative === m.path || `${relative}/`.startsWith(m.path))) {
      return [];
    }
    return entry.isDirectory() ? sourceFiles(relative) : /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

describe('user-facing text goes through l10n', () => {
  it('finds no string literal a user reads outside an l10n call in src/', () => {
    const violations = sourceFiles('src').flatMap(file => userTextViolations(file, fs.readFileSync(path.join(root, file), 'utf8')));
    assert.deepEqual(violations.map(v => `${v.file}:${v.line} ${JSON.stringify(v.text)} (${v.why})`), []);
  });

  it('exempts only modules that exist', () => {
    for (const m of EXEMPT_MODULES) {
      assert.ok(fs.existsSync(path.join(root, m.path)), m.path);
    }
  });

  it('catches each kind of bypass, and lets l10n calls and marked literals pass', () => {
    const flagged = (code: string) => userTextViolations('example.ts', code).map(v => v.text);
    assert.deepEqual(flagged(`vscode.window.showInformationMessage('Done'); vscode.window.showErrorMessage(ok ? 'Saved' : 'Failed');`), ['Done', 'Saved', 'Failed']);
    assert.deepEqual(flagged(`const item = new vscode.TreeItem('Countries'); item.tooltip = 'More';`), ['Countries', 'More']);
    assert.deepEqual(flagged(`const pick = { label: 'Ghana', detail: \`\${n} facts\`, description: kind === 'x' ? summary ?? 'country' : '' }; quickPick.placeholder = 'Type';`), ['Ghana', '{} facts', 'country', 'Type']);
    assert.deepEqual(flagged(`el.textContent = 'Next'; el.setAttribute('aria-label', 'Quotes'); el.setAttribute('class', 'a b'); element('span', 'Step', { title: 'Go' });`), ['Next', 'Quotes', 'Step', 'Go']);
    assert.deepEqual(flagged(`const note = 'the sources give no date';`), ['the sources give no date']);
    assert.deepEqual(flagged(`const classes = 'span status-occurred'; import x from 'some module'; type K = 'two words';`), []);
    assert.deepEqual(flagged(`showInformationMessage(vscode.l10n.t('Done')); el.textContent = l10n.t('{0} of {1}', a, b); l10n.t({ message: 'A b', comment: 'c d' });`), []);
    assert.deepEqual(flagged(`const channel = 'DPRK Atlas'; // not user text: the product's name\nconst other = 'DPRK Atlas'; // not user text:`), ['DPRK Atlas']);
  });
});

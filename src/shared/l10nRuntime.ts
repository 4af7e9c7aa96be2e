// What the shipped bundles get for `@vscode/l10n` (esbuild.mjs aliases the package here): its t() and
// config({ contents }), nothing else. The package also loads bundles itself, from a path with node:fs or from a URL
// with fetch; the bundle checks forbid both (no Node modules, no network), and DPRK Atlas always has the bundle as
// contents: vscode.l10n.bundle in the extension, the reader's messages in the webview. Source files import
// `@vscode/l10n`, so `npm run l10n` (@vscode/l10n-dev) finds their strings; test/unit/l10n.test.ts checks that this
// formats every call shape exactly as the package does.

type Bundle = Record<string, string | { message: string; comment: string[] }>;
type FormatArgs = (string | number | boolean)[] | Record<string, unknown>;

let bundle: Bundle | undefined;

export function config(options: { contents: string | Bundle }): void {
  bundle = typeof options.contents === 'string' ? JSON.parse(options.contents) as Bundle : options.contents;
}

export function t(...call: unknown[]): string {
  const [first, ...rest] = call;
  if (typeof first === 'string') {
    const args = typeof rest[0] === 'object' && rest[0] !== null ? rest[0] as FormatArgs : rest as FormatArgs;
    return translate(first, first, args);
  }
  const { message, args = {}, comment } = first as { message: string; args?: FormatArgs; comment?: string | string[] };
  const joined = Array.isArray(comment) ? comment.join('') : comment;
  return translate(joined ? `${message}/${joined}` : message, message, args);
}

function translate(key: string, message: string, args: FormatArgs): string {
  const entry = bundle?.[key];
  const template = typeof entry === 'string' && entry ? entry : typeof entry === 'object' && entry.comment ? entry.message : message;
  return Object.keys(args).length === 0 ? template
    : template.replace(/{([^}]+)}/g, (placeholder, name: string) => String((args as Record<string, unknown>)[name] ?? placeholder));
}

// package.json as VS Code shows it: every "%key%" string replaced by its text in package.nls.json.
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
export const rawManifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
export const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));

const REFERENCE = /^%([^%]+)%$/;

/** Every %key% the manifest refers to, in document order. */
export function nlsReferences(value: unknown = rawManifest): string[] {
  if (typeof value === 'string') {
    const key = REFERENCE.exec(value)?.[1];
    return key ? [key] : [];
  }
  return value && typeof value === 'object' ? Object.values(value).flatMap(v => nlsReferences(v)) : [];
}

/** The manifest with its references resolved from `texts` (a missing key stays as it is, as in VS Code). */
export function localized(value: unknown, texts: Record<string, string> = nls): unknown {
  if (typeof value === 'string') {
    const key = REFERENCE.exec(value)?.[1];
    return key !== undefined && Object.hasOwn(texts, key) ? texts[key] : value;
  }
  if (Array.isArray(value)) {
    return value.map(v => localized(v, texts));
  }
  return value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localized(v, texts)])) : value;
}

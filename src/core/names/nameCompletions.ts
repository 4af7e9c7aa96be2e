// What name completion offers (vscode-free): every entity's canonical name first, then its aliases, and where the
// typed words begin, so "Kil Mun" completes to "Kil Mun-yong" rather than "Kil Kil Mun-yong".
import type { FactBase } from '../factBase';
import type { Entity } from '../model';
import { nameKey } from '../text';

export interface NameCompletion {
  text: string;
  entity: Entity;
  /** The entity's own name (listed first) rather than an alias. */
  canonical: boolean;
  /** Folded, without spaces, hyphens or dots: "Kil Mun Y" is how "Kil Mun-yong" begins. */
  key: string;
}

/** Canonical names, then aliases; ambiguous aliases and demonyms are left out (they are no one name's spelling). */
export function nameCompletions(factBase: FactBase): NameCompletion[] {
  const out: NameCompletion[] = [];
  for (const entity of factBase.entities) {
    out.push({ text: entity.name, entity, canonical: true, key: nameKey(entity.name) });
    for (const alias of entity.aliases) {
      out.push({ text: alias, entity, canonical: false, key: nameKey(alias) });
    }
  }
  return out;
}

/** How many words before the cursor a name being typed may already span. */
const WORDS_BACK = 4;

/**
 * Where in `linePrefix` (the line up to the cursor) the typed part of `name` begins: the earliest of the last few
 * word starts from which the typed text is how the name begins, in any spelling the matcher takes as the same
 * (case, diacritics, spaces, hyphens); undefined when none is.
 */
export function typedStart(linePrefix: string, name: NameCompletion): number | undefined {
  for (const start of wordStarts(linePrefix)) {
    if (name.key.startsWith(nameKey(linePrefix.slice(start)))) {
      return start;
    }
  }
  return undefined;
}

/** The starts of the last WORDS_BACK words of the prefix, earliest first, and the cursor when no word is begun. */
export function wordStarts(linePrefix: string): number[] {
  const starts: number[] = [];
  for (let i = linePrefix.length; i > 0 && starts.length < WORDS_BACK; i--) {
    if (BEFORE_A_WORD.test(linePrefix[i - 1])) {
      starts.unshift(i);
    }
  }
  if (starts.length < WORDS_BACK && linePrefix.length > 0 && !BEFORE_A_WORD.test(linePrefix[0])) {
    starts.unshift(0);
  }
  return starts.length ? starts : [0];
}

/** What may stand right before a name: space, an opening bracket or quote, Markdown emphasis. */
const BEFORE_A_WORD = /[\s([{"“‘'*_]/u;

// Statements grouped by the countries they stand under, as the sidebar places them: shared by the Markdown
// chronology's sections and the timeline's lanes.
import * as l10n from '@vscode/l10n';
import type { FactBase } from './factBase';
import type { Statement } from './model';

export interface CountryGroup {
  /** Undefined for statements tied to no country but North Korea (its own acts, multilateral bodies). */
  countryId: string | undefined;
  statements: Statement[];
}

/** The heading of a group: the country's name, or a phrase for the statements tied to none. */
export function countryGroupName(fb: FactBase, countryId: string | undefined): string {
  return countryId ? fb.entity(countryId)?.name ?? countryId : l10n.t('Not tied to one country');
}

/**
 * The statements grouped under their countries (a statement on two countries stands under both), countries by
 * name, then those tied to no country other than North Korea; each group keeps the given order. `statements` are
 * the base's own, each once. The groups are read from the base's country index, which places a statement under the
 * countries countriesOf gives, rather than by looking up every statement's actors: at 100,000 statements those
 * random look-ups were a fifth of the timeline's layout.
 */
export function byCountry(fb: FactBase, statements: readonly Statement[]): CountryGroup[] {
  const position = new Map<Statement, number>();
  for (let i = 0; i < statements.length; i++) {
    position.set(statements[i], i);
  }
  const placed = new Uint8Array(statements.length);
  const groups: CountryGroup[] = [];
  for (const country of fb.relationCountries()) {
    const at: number[] = [];
    for (const st of fb.statementsForCountry(country.id)) {
      const i = position.get(st);
      if (i !== undefined) {
        at.push(i);
        placed[i] = 1;
      }
    }
    if (at.length > 0) {
      // The index is in date order, as callers' statements are but for a test's compiled order.
      if (at.some((i, k) => k > 0 && i < at[k - 1])) {
        at.sort((a, b) => a - b);
      }
      groups.push({ countryId: country.id, statements: at.map(i => statements[i]) });
    }
  }
  const untied = statements.filter((_, i) => !placed[i]);
  if (untied.length > 0) {
    groups.push({ countryId: undefined, statements: untied });
  }
  return groups;
}

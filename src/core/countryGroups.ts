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
 * name, then those tied to no country other than North Korea; each group keeps the given order.
 */
export function byCountry(fb: FactBase, statements: readonly Statement[]): CountryGroup[] {
  const groups = new Map<string | undefined, Statement[]>();
  for (const country of fb.relationCountries()) {
    groups.set(country.id, []);
  }
  for (const st of statements) {
    const countries = fb.countriesOf(st);
    for (const id of countries.length ? countries : [undefined]) {
      const list = groups.get(id) ?? [];
      list.push(st);
      groups.set(id, list);
    }
  }
  return [...groups].filter(([, list]) => list.length > 0).map(([countryId, list]) => ({ countryId, statements: list }));
}

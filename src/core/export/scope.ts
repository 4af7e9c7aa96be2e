// What an export covers: the whole fact base, one country, or the statements a filter lets through.
import { compareStatementsByDate, type FactBase } from '../factBase';
import type { Statement } from '../model';

export type ExportScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'country'; readonly countryId: string }
  /** Chosen statements, e.g. those the sidebar shows under its filter. */
  | { readonly kind: 'statements'; readonly ids: ReadonlySet<string> };

/** The statements in scope, oldest first (undated last), each once. */
export function statementsInScope(fb: FactBase, scope: ExportScope): Statement[] {
  switch (scope.kind) {
    case 'all':
      return [...fb.statements].sort(compareStatementsByDate);
    case 'country':
      return [...fb.statementsForCountry(scope.countryId)];
    case 'statements':
      return fb.statements.filter(st => scope.ids.has(st.id)).sort(compareStatementsByDate);
  }
}

/**
 * The statements grouped under their countries (a statement on two countries stands under both), countries by
 * name, then those tied to no country other than North Korea; each group keeps the given order.
 */
export function byCountry(fb: FactBase, statements: readonly Statement[]): { countryId: string | undefined; statements: Statement[] }[] {
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

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

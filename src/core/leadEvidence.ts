// Which of a statement's quotes a reader should land on: the one carrying what a fact-checker checks first, the
// date or the figure ("…which happened on 28 December 1964."), else the first. vscode-free.
import type { LocatedEvidence, Statement } from './model';

export function leadEvidence(st: Statement): LocatedEvidence {
  const carried = [st.date?.text, st.asOf?.text, st.quantity?.text].filter((t): t is string => Boolean(t)).map(t => t.toLowerCase());
  return st.evidence.find(ev => carried.some(t => ev.quote.toLowerCase().includes(t))) ?? st.evidence[0];
}

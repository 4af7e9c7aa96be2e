// What a hover on a name shows, vscode-free: the match under the pointer, then its entity's card or, for a name
// several entities share, the list of candidates. The hover provider and the cold-start bench both call it.
import type { FactBase } from '../factBase';
import type { NameMatch, NameMatcher } from '../matcher';
import { buildCandidatesCard, renderCandidatesMarkdown } from './candidatesCard';
import { buildEntityCard } from './entityCard';
import { renderCardMarkdown } from './renderCard';

export interface HoverCard {
  markdown: string;
  match: NameMatch;
}

/** The card for the name covering `character` of `lineText`; undefined when there is no name or nothing to show. */
export function hoverCardAt(factBase: FactBase, matcher: NameMatcher, lineText: string, character: number): HoverCard | undefined {
  // matchAt reads only a bounded window of the line around the offset, however long the line is.
  const match = matcher.matchAt(lineText, character);
  if (!match) {
    return undefined;
  }
  const markdown = match.ambiguous || match.entityIds.length !== 1 ? candidatesMarkdown(factBase, match) : entityMarkdown(factBase, match);
  return markdown ? { markdown, match } : undefined;
}

function entityMarkdown(factBase: FactBase, match: NameMatch): string | undefined {
  const card = buildEntityCard(factBase, match.entityIds[0]);
  return card && renderCardMarkdown(card, match);
}

function candidatesMarkdown(factBase: FactBase, match: NameMatch): string | undefined {
  const card = buildCandidatesCard(factBase, match.matchedName, match.entityIds);
  return card && renderCandidatesMarkdown(card);
}

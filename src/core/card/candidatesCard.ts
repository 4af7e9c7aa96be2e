// The card for a name several entities share (a bare "Kim"): rather than guess one, it lists who the name may be,
// each a link to its sidebar item. Every piece of data goes through escapeMarkdown, as in renderCard.ts.
import * as l10n from '@vscode/l10n';
import type { FactBase } from '../factBase';
import { entityKindLabel } from '../format';
import type { EntityKind } from '../model';
import { escapeMarkdown } from './escapeMarkdown';
import { CARD_COMMANDS, commandUri } from './renderCard';

export interface CandidatesCard {
  /** As the text wrote it. */
  matchedName: string;
  candidates: { entityId: string; name: string; kind: EntityKind; description: string }[];
}

/** undefined unless at least two of the ids are entities of the fact base. */
export function buildCandidatesCard(factBase: FactBase, matchedName: string, entityIds: readonly string[]): CandidatesCard | undefined {
  const candidates = entityIds.flatMap(id => {
    const e = factBase.entity(id);
    return e ? [{ entityId: e.id, name: e.name, kind: e.kind, description: e.description }] : [];
  }).sort((a, b) => a.name.localeCompare(b.name));
  return candidates.length >= 2 ? { matchedName, candidates } : undefined;
}

export function renderCandidatesMarkdown(card: CandidatesCard): string {
  const header = `**${escapeMarkdown(card.matchedName)}** · ${escapeMarkdown(l10n.t('a name {0} entries share; the text must say which:', card.candidates.length))}`;
  const list = card.candidates.map(c =>
    `- [${escapeMarkdown(c.name)}](${commandUri(CARD_COMMANDS.revealInSidebar, c.entityId)}) · ${escapeMarkdown(entityKindLabel(c.kind))} — ${escapeMarkdown(c.description)}`);
  return [header, list.join('\n')].join('\n\n');
}

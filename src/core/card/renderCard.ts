// A hover card as Markdown. Every piece of data goes through escapeMarkdown; the only Markdown syntax in the output
// is written here, including the command links, which the hover trusts for CARD_COMMANDS alone.
import * as l10n from '@vscode/l10n';
import { entityKindLabel, statusLabel } from '../format';
import type { CardFact, EntityCard } from './entityCard';
import { escapeMarkdown } from './escapeMarkdown';
import { COMMANDS } from '../../shared/commands';

export const CARD_COMMANDS = {
  revealInSidebar: COMMANDS.revealInSidebar,
  openPassage: COMMANDS.openPassage,
  copyCitation: COMMANDS.copyCitation,
} as const;

/** How the hovered text named the entity. */
export interface CardMatch {
  matchedName: string;
  confidence: 'name' | 'demonym';
}

const LINE_BREAK = '  \n';

export function renderCardMarkdown(card: EntityCard, match?: CardMatch): string {
  const nameAndKind = `**${escapeMarkdown(card.name)}** · ${escapeMarkdown(entityKindLabel(card.kind))}`;
  const title = match?.confidence === 'demonym'
    ? `*${escapeMarkdown(match.matchedName)}* → ${nameAndKind} · ${escapeMarkdown(l10n.t('matched as a demonym, lower confidence'))}`
    : nameAndKind;
  const header = [
    title,
    card.native.map(n => `${escapeMarkdown(n.language)}: ${escapeMarkdown(n.text)}`).join(' · '),
    escapeMarkdown(card.description),
  ].filter(Boolean).join(LINE_BREAK);
  const facts = card.facts.map(renderFact).join('\n');
  return [header, facts, '---', renderLinks(card)].filter(Boolean).join('\n\n');
}

function renderFact(fact: CardFact): string {
  const status = fact.status === 'occurred' ? '' : ` *(${escapeMarkdown(statusLabel(fact.status))})*`;
  return `- **${escapeMarkdown(fact.date)}** · ${escapeMarkdown(fact.summary)}${status} — *${escapeMarkdown(fact.sourceTitle)}*`;
}

/** Passage and citation are those of the card's most telling fact, named by its date and kind as in the sidebar. */
function renderLinks(card: EntityCard): string {
  const link = (text: string, command: string, arg: string) => `[${escapeMarkdown(text)}](${commandUri(command, arg)})`;
  const links = [link(l10n.t('Show in Sidebar'), CARD_COMMANDS.revealInSidebar, card.entityId)];
  const { lead } = card;
  if (!lead) {
    return links[0];
  }
  links.push(link(l10n.t('Open Passage'), CARD_COMMANDS.openPassage, lead.statementId));
  links.push(link(l10n.t('Copy Citation'), CARD_COMMANDS.copyCitation, lead.statementId));
  return l10n.t('{0} — of {1}', links.join(' · '), `*${escapeMarkdown(`${lead.date} · ${lead.kind}`)}*`);
}

/** `command:<id>?<arguments as a URI-encoded JSON array>`; parentheses are encoded too, as they would end the link. */
export function commandUri(command: string, arg: string): string {
  const args = encodeURIComponent(JSON.stringify([arg])).replace(/[()]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${args}`;
}

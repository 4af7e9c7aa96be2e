// Codicons for what the sidebar and search show; theme icons follow light, dark and high-contrast themes.
import type { EntityKind, StatementType } from '../core/model';

export const ENTITY_ICONS: Record<EntityKind, string> = {
  country: 'globe',
  person: 'person',
  organization: 'organization',
  place: 'location',
};

export const SOURCE_ICON = 'book';
export const PASSAGE_ICON = 'quote';

export const STATEMENT_ICONS: Record<StatementType, string> = {
  'relations-established': 'link',
  'relations-suspended': 'debug-disconnect',
  'relations-improved': 'arrow-up',
  'relations-strained': 'warning',
  'relations-status': 'info',
  recognition: 'verified',
  support: 'thumbsup',
  visit: 'rocket',
  'agreement-signed': 'law',
  'agreement-nullified': 'circle-slash',
  aid: 'gift',
  trade: 'graph',
  cooperation: 'tools',
  'mission-opened': 'home',
  'mission-closed': 'close',
  'position-held': 'account',
  expulsion: 'sign-out',
  vote: 'pass',
  'public-statement': 'megaphone',
  accusation: 'report',
  incident: 'flame',
  refugees: 'arrow-swap',
  membership: 'organization',
};

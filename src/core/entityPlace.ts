// Where a place or organization is, in a few words, for the sidebar and search: its country, and for a mission the
// state that sends it, so "North Korea's missions abroad" can be read off (and searched for) under their hosts.
import type { FactBase } from './factBase';
import type { Entity } from './model';

/** "Ghana"; for a mission "Spain · mission of North Korea"; "" when the entity has neither. */
export function entityPlaceLabel(fb: FactBase, e: Entity): string {
  const host = e.country ? fb.entity(e.country)?.name : undefined;
  const sender = e.sendingState ? fb.entity(e.sendingState)?.name : undefined;
  return [host, sender && `mission of ${sender}`].filter(Boolean).join(' · ');
}

export { buildCandidatesCard, type CandidatesCard, renderCandidatesMarkdown } from './candidatesCard';
export { buildEntityCard, type CardFact, type EntityCard } from './entityCard';
export { escapeMarkdown } from './escapeMarkdown';
export { CARD_COMMANDS, type CardMatch, renderCardMarkdown } from './renderCard';
export { type HoverCard, hoverCardAt } from './hoverCard';

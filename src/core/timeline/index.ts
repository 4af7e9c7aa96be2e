export { layoutTimeline, MAX_ROWS, timelineStatements } from './layout';
export type { MarkShape, TimelineEvent, TimelineLane, TimelineLayout, UndatedEvent } from './model';
export { type Cluster, type Mark, marksInView } from './viewport';

export { layoutTimeline, MAX_ROWS, timelineStatements } from './layout';
export type { MarkShape, TimelineEvent, TimelineLane, TimelineLayout, UndatedEvent } from './model';
export { timelineSvg } from './svg';
export { translateTimeFormats } from './timeLocale';
export { type Cluster, filteredEvents, type Mark, marksInView } from './viewport';

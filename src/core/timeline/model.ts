// The timeline as the webview draws it: lanes of positioned marks, in plain data (it crosses to the webview as JSON).
import type { StatementStatus, StatementType } from '../model';

/** instant: a single day; span: a stretch of its own width (a month, season, year, decade or interval); as-of: a claim said to hold then. */
export type MarkShape = 'instant' | 'span' | 'as-of';

export interface TimelineEvent {
  /** Unique in the layout: a statement on two countries stands in both lanes. */
  key: string;
  statementId: string;
  lane: number;
  /** Sub-row in the lane, so overlapping marks stand apart (rows are capped; past the cap marks share the row freed first). */
  row: number;
  shape: MarkShape;
  /** ms since epoch; an open end is at the domain's edge, with openStart/openEnd set. */
  start: number;
  end: number;
  openStart: boolean;
  openEnd: boolean;
  /** The EDTF marks the end approximate (`~`) or uncertain (`?`, `%`). */
  fuzzyStart: boolean;
  fuzzyEnd: boolean;
  status: StatementStatus;
  type: StatementType;
  summary: string;
  /** Compact label ("c. 1955 – c. 1989", "as of Nov 2006") and the source's own words. */
  dateLabel: string;
  dateText: string;
  quote: string;
  /** Ids of the statements in this timeline whose claims disagree with this one. */
  conflictsWith: string[];
}

export interface TimelineLane {
  /** Country id, or '' for statements tied to no country. */
  id: string;
  label: string;
  rows: number;
}

export interface UndatedEvent {
  statementId: string;
  summary: string;
  lanes: string[];
  status: StatementStatus;
  type: StatementType;
  quote: string;
  note?: string;
}

export interface TimelineLayout {
  /** The span drawn, ms since epoch: every finite date, with a margin. */
  domain: [number, number];
  lanes: TimelineLane[];
  /** By lane, then by start. */
  events: TimelineEvent[];
  /** Never placed at a guessed date: listed apart. */
  undated: UndatedEvent[];
}

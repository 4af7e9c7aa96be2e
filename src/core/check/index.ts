// The claim checker: a draft's sentences judged against the fact base's dated statements (issue 17).
export { ClaimChecker, type ClaimFinding, datedEvidence, dateWords } from './claimChecker';
export { type CountPhrase, countPhrases, rankPhrases } from './countPhrases';
export { datePhrases, type DatePhrase } from './datePhrases';
export { edtfInterval, overlaps, type Interval } from './interval';
export { CheckedDraft } from './checkedDraft';
export { ParagraphCache, paragraphRanges } from './paragraphs';
export { factDateClause, normalizedSentence, quoteExcerpt } from './findingText';

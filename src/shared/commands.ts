// Every command DPRK Atlas contributes, by name: code refers to these, never to the id as a string
// (test/unit/commands.test.ts checks that they are exactly package.json's contributes.commands, and that src/ spells
// no id elsewhere). vscode-free, so the core's hover cards use them too.

export const COMMANDS = {
  addFactFromSelection: 'dprkAtlas.addFactFromSelection',
  addSourceFromFile: 'dprkAtlas.addSourceFromFile',
  clearTreeFilter: 'dprkAtlas.clearTreeFilter',
  copyCitation: 'dprkAtlas.copyCitation',
  exportFacts: 'dprkAtlas.exportFacts',
  exportTimelinePng: 'dprkAtlas.exportTimelinePng',
  exportTimelineSvg: 'dprkAtlas.exportTimelineSvg',
  filterTree: 'dprkAtlas.filterTree',
  ignoreClaim: 'dprkAtlas.ignoreClaim',
  insertCitation: 'dprkAtlas.insertCitation',
  openArticle: 'dprkAtlas.openArticle',
  openPassage: 'dprkAtlas.openPassage',
  openRawSource: 'dprkAtlas.openRawSource',
  openSampleDraft: 'dprkAtlas.openSampleDraft',
  revealInSidebar: 'dprkAtlas.revealInSidebar',
  search: 'dprkAtlas.search',
  showLog: 'dprkAtlas.showLog',
  showTimeline: 'dprkAtlas.showTimeline',
  sortNewestFirst: 'dprkAtlas.sortNewestFirst',
  sortOldestFirst: 'dprkAtlas.sortOldestFirst',
} as const;

/** Commands on one fact take its statement id (cards, search, the timeline) or its sidebar item (context menus). */
export function statementIdOf(target: unknown): string | undefined {
  if (typeof target === 'string') {
    return target;
  }
  const node = target as { type?: unknown; statementId?: unknown } | undefined;
  return node?.type === 'statement' && typeof node.statementId === 'string' ? node.statementId : undefined;
}

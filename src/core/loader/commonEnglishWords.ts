// The 100 commonest English words by the Oxford English Corpus (as listed in Wikipedia's "Most common words in
// English"), lower case. An alias that is one of them would put a card on ordinary prose ("Will", "Like", "Us").
export const COMMON_ENGLISH_WORDS: ReadonlySet<string> = new Set((
  'the be to of and a in that have i it for not on with he as you do at this but his by from they we say her she or ' +
  'an will my one all would there their what so up out if about who get which go me when make can like time no just ' +
  'him know take people into year your good some could them see other than then now look only come its over think ' +
  'also back after use two how our work first well way even new want because any these give day most us'
).split(' '));

// The labelled set the claim checker is measured on (issue 17), written before the checker (the counts while writing
// the count checks). Each sentence says what the checker must report: a Warning on the named words (a once-only
// event whose date or count the fact base contradicts), an Information note there (a recurring event recorded
// otherwise), or nothing. Sentences marked `statement` are derived from that statement: one true and one false for
// every dated statement the checker can judge, in paraphrase, other word orders, dates as decades, seasons and days,
// and names in variant spellings. The rest name known entities with years about things the fact base does not
// record, and must get nothing.

export type Expectation = 'warning' | 'information' | 'none';

export interface LabelledClaim {
  text: string;
  expect: Expectation;
  /** The words a warning or note sits on (their first occurrence in the text). */
  at?: string;
  /** The statement the sentence is derived from. */
  statement?: string;
}

export const LABELLED_CLAIMS: readonly LabelledClaim[] = [
  // --- relations established (once-only) ---
  { statement: 'ghana-relations-established', expect: 'none', text: 'Ghana and North Korea established diplomatic relations in 1964.' },
  { statement: 'ghana-relations-established', expect: 'none', text: 'Formal relations between Ghana and the DPRK were established on 28 December 1964.' },
  { statement: 'ghana-relations-established', expect: 'warning', at: '1962', text: 'Ghana and North Korea established diplomatic relations in 1962.' },
  { statement: 'ghana-relations-established', expect: 'warning', at: '1960', text: 'It was in 1960 that the DPRK and Ghana established diplomatic ties.' },
  { statement: 'ghana-relations-established', expect: 'warning', at: '15 October 1964', text: 'The DPRK and the Republic of Ghana established relations on 15 October 1964.' },
  { statement: 'ghana-relations-established', expect: 'warning', at: 'the 1950s', text: 'Ghana and North Korea established diplomatic relations in the 1950s.' },
  { statement: 'ghana-relations-established', expect: 'none', text: 'In the 1960s Ghana and North Korea established diplomatic relations.' },
  { statement: 'mongolia-relations-established', expect: 'none', text: 'Mongolia and North Korea established diplomatic relations on 15 October 1948.' },
  { statement: 'mongolia-relations-established', expect: 'none', text: 'Relations between Mongolia and the D.P.R.K. were established in 1948.' },
  { statement: 'mongolia-relations-established', expect: 'none', text: 'Mongolia and North Korea established relations on 15 October.' },
  { statement: 'mongolia-relations-established', expect: 'warning', at: '1949', text: 'Mongolia established diplomatic relations with North Korea in 1949.' },
  { statement: 'mongolia-relations-established', expect: 'warning', at: 'October 15, 1950', text: 'The two countries, Mongolia and North Korea, established diplomatic relations on October 15, 1950.' },
  { statement: 'ghana-south-korea-relations-established', expect: 'none', text: 'Ghana established full diplomatic relations with South Korea in 1977.' },
  { statement: 'ghana-south-korea-relations-established', expect: 'warning', at: '1970', text: 'In 1970, Ghana and the Republic of Korea established diplomatic relations.' },

  // --- admission to a body, votes (once-only) ---
  { statement: 'north-korea-un-observer-1973', expect: 'none', text: 'In 1973, North Korea was admitted to the UN as an observer.' },
  { statement: 'north-korea-un-observer-1973', expect: 'none', text: 'North Korea was granted observer status at the United Nations in 1973.' },
  { statement: 'north-korea-un-observer-1973', expect: 'warning', at: '1971', text: 'North Korea was admitted to the UN as an observer in 1971.' },
  { statement: 'north-korea-un-observer-1973', expect: 'warning', at: 'the 1960s', text: 'The DPRK was admitted to the United Nations as an observer in the 1960s.' },
  { statement: 'ghana-votes-resolution-1718', expect: 'none', text: 'Ghana voted for Resolution 1718 in 2006.' },
  { statement: 'ghana-votes-resolution-1718', expect: 'warning', at: '2008', text: 'Ghana voted in favour of Resolution 1718 in 2008.' },

  // --- missions closed (once-only) ---
  { statement: 'north-korean-embassy-ghana-closed', expect: 'none', text: "North Korea's embassy in Ghana was closed down in 1998." },
  { statement: 'north-korean-embassy-ghana-closed', expect: 'none', text: 'There was a North Korean embassy in Ghana until it was closed down in 1998.' },
  { statement: 'north-korean-embassy-ghana-closed', expect: 'warning', at: '2003', text: 'North Korea closed its embassy in Ghana in 2003.' },
  { statement: 'north-korean-embassy-ghana-closed', expect: 'warning', at: '1995', text: 'In 1995 the DPRK shut its embassy in Ghana.' },
  { statement: 'mongolia-embassy-closed-1999', expect: 'none', text: 'The North Korean embassy in Ulan Bator was shut in 1999.' },
  { statement: 'mongolia-embassy-closed-1999', expect: 'none', text: 'North Korea closed its embassy in Ulaanbaatar, Mongolia, in 1999.' },
  { statement: 'mongolia-embassy-closed-1999', expect: 'warning', at: '2001', text: 'North Korea shut down its embassy in Ulan Bator in 2001.' },
  { statement: 'mongolia-embassy-closed-1999', expect: 'warning', at: 'the summer of 1997', text: 'The North Korean embassy in Ulan Bator closed in the summer of 1997.' },

  // --- treaties and agreements signed or nullified (once-only, named) ---
  { statement: 'mongolia-friendship-treaty-1986', expect: 'none', text: 'In 1986 Mongolia and North Korea signed their first friendship and cooperation treaty.' },
  { statement: 'mongolia-friendship-treaty-1986', expect: 'warning', at: '1980', text: 'Mongolia and North Korea signed a friendship treaty in 1980.' },
  { statement: 'mongolia-friendship-treaty-nullified', expect: 'none', text: 'Mongolia and North Korea nullified their friendship and cooperation treaty in 1995.' },
  { statement: 'mongolia-friendship-treaty-nullified', expect: 'warning', at: '1992', text: 'The friendship treaty between Mongolia and the DPRK was nullified in 1992.' },
  { statement: 'mongolia-aid-agreement-1953', expect: 'none', text: 'Mongolia and North Korea signed an aid agreement at the end of 1953.' },
  { statement: 'mongolia-aid-agreement-1953', expect: 'warning', at: '1960', text: 'Mongolia and North Korea signed an aid agreement in 1960.' },
  { statement: 'ghana-cultural-exchange-agreement-1993', expect: 'none', text: 'Ghana and North Korea signed a cultural exchange agreement for 1993–1995.' },
  { statement: 'ghana-cultural-exchange-agreement-1993', expect: 'warning', at: '1980', text: 'An agreement on cultural exchange between Ghana and North Korea was signed in 1980.' },

  // --- positions held since a date (once-only) ---
  { statement: 'kil-mun-yong-ambassador-ghana', expect: 'none', text: "Kil Mun-yong has been North Korea's ambassador to Ghana since January 2001." },
  { statement: 'kil-mun-yong-ambassador-ghana', expect: 'warning', at: '2005', text: 'Kil Mun Yong has been the North Korean ambassador to Ghana since 2005.' },

  // --- recurring events: at most an Information note ---
  { statement: 'mongolia-kim-il-sung-visit-1988', expect: 'none', text: 'Kim Il-sung paid a visit to Mongolia in 1988.' },
  { statement: 'mongolia-kim-il-sung-visit-1988', expect: 'information', at: '1990', text: 'Kim Il-sung visited Mongolia in 1990.' },
  { statement: 'mongolia-kim-dae-jung-visit-1999', expect: 'none', text: 'Kim Dae-jung made an official visit to Mongolia in 1999.' },
  { statement: 'mongolia-kim-dae-jung-visit-1999', expect: 'information', at: '2001', text: 'Kim Dae Jung visited Mongolia in 2001.' },
  { statement: 'mongolia-paek-nam-sun-visit-2002', expect: 'none', text: 'Paek Nam-sun visited Mongolia in 2002.' },
  { statement: 'mongolia-paek-nam-sun-visit-2002', expect: 'information', at: '2004', text: 'Paek Nam Sun visited Mongolia in 2004.' },
  { statement: 'mongolia-kim-yong-nam-visit-2007', expect: 'none', text: 'Kim Yong-nam made his third visit to Mongolia in July 2007.' },
  { statement: 'mongolia-kim-yong-nam-visit-1985', expect: 'none', text: 'Kim Yong Nam visited Mongolia in 1985.' },
  { statement: 'mongolia-kim-yong-nam-visit-1988', expect: 'information', at: '1995', text: 'Kim Yong-nam visited Mongolia in 1995.' },
  { statement: 'mongolia-elbegdorj-visit-2013', expect: 'none', text: 'Tsakhiagiin Elbegdorj visited North Korea in 2013.' },
  { statement: 'mongolia-elbegdorj-visit-2013', expect: 'information', at: '2011', text: 'Elbegdorj visited North Korea in 2011.' },
  { statement: 'ghana-trade-tour-1961', expect: 'none', text: 'North Korean officials toured Ghana in the summer of 1961.' },
  { statement: 'ghana-trade-tour-1961', expect: 'information', at: '1975', text: 'North Korean officials visited Ghana in 1975.' },
  { statement: 'ghana-relations-terminated-1966', expect: 'none', text: 'Ghana broke off relations with North Korea in July 1966.' },
  { statement: 'ghana-relations-terminated-1966', expect: 'information', at: '1970', text: 'Ghana terminated relations with North Korea in 1970.' },
  { statement: 'north-korea-agricultural-project-ghana-1983', expect: 'none', text: 'North Korea started an agricultural project in Ghana as foreign aid in 1983.' },
  { statement: 'north-korea-agricultural-project-ghana-1983', expect: 'information', at: '1990', text: 'North Korea began an agricultural aid project in Ghana in 1990.' },
  { statement: 'mongolia-war-orphans', expect: 'none', text: 'Mongolia brought up more than 400 North Korean war orphans in the 1960s.' },
  { statement: 'mongolia-war-orphans', expect: 'information', at: 'the 1990s', text: 'In the 1990s Mongolia took in North Korean war orphans as aid.' },
  { statement: 'ghana-trade-2015-volume', expect: 'none', text: "In 2015 Ghana's trade with North Korea came to $6.8 million." },
  { statement: 'ghana-trade-2015-volume', expect: 'information', at: '2012', text: 'Trade between Ghana and North Korea reached $6.8 million in 2012.' },
  { statement: 'mongolia-economic-ties-oil-refining-2013', expect: 'none', text: 'In 2013 Mongolia and North Korea expanded economic ties in oil refining.' },
  { statement: 'ghana-un-observer-campaign', expect: 'none', text: "Ghana campaigned for North Korea's recognition as a UN observer from the late 1950s." },

  // --- counts, respecting qualifiers and both sides of a conflict ---
  { statement: 'embassy-closures-more-than-a-dozen', expect: 'none', text: 'North Korea has closed more than a dozen diplomatic missions.' },
  { statement: 'embassy-closures-about-a-dozen', expect: 'none', text: 'North Korea has begun closing about a dozen embassies, including in Spain.' },
  { statement: 'embassy-closures-more-than-a-dozen', expect: 'none', text: 'North Korea closed about a dozen diplomatic missions.' },
  { statement: 'embassy-closures-more-than-a-dozen', expect: 'warning', at: 'five', text: 'North Korea has closed five diplomatic missions.' },
  { statement: 'embassy-closures-about-a-dozen', expect: 'none', text: 'North Korea began closing thirty embassies, Spain among them.' },
  { statement: 'mongolia-embassy-closed-1999', expect: 'none', text: 'Relations between Mongolia and North Korea go back to 1948, but the North Korean embassy in Ulan Bator was shut in 1999.' },
  { statement: 'embassy-closures-about-a-dozen', expect: 'warning', at: 'five', text: 'North Korea began closing five embassies, Spain among them.' },
  { statement: 'mongolia-horses-aid', expect: 'none', text: 'Under the aid agreement, Mongolia sent 10,000 horses to North Korea.' },
  { statement: 'mongolia-horses-aid', expect: 'information', at: '5,000', text: 'Mongolia sent 5,000 horses to North Korea as aid.' },
  { statement: 'mongolia-war-orphans', expect: 'information', at: '40', text: 'As aid, Mongolia took in 40 war-orphaned children from North Korea.' },

  // --- ranks, written before the rank checks: a recognition happens once, a trade ranking recurs ---
  { statement: 'mongolia-recognition-second', expect: 'none', text: 'Mongolia was the second country to recognize North Korea, after the Soviet Union.' },
  { statement: 'mongolia-recognition-second', expect: 'warning', at: 'first', text: 'Mongolia was the first country to recognize North Korea.' },
  { statement: 'mongolia-recognition-second', expect: 'warning', at: 'third', text: 'The DPRK was recognised by Mongolia, the third country to do so.' },
  { statement: 'soviet-union-recognition-first', expect: 'none', text: 'The Soviet Union was the first country to recognize North Korea.' },
  { statement: 'ghana-trade-2015-rank', expect: 'none', text: "In 2015, North Korea was Ghana's 77th biggest trade partner." },
  { statement: 'ghana-trade-2015-rank', expect: 'information', at: '60th', text: "North Korea was Ghana's 60th biggest trading partner in 2015." },
  { expect: 'none', text: 'Ghana was the first African country to receive a North Korean delegation, in 1960.' },
  { expect: 'none', text: 'Mongolia was the second country to open an embassy in Pyongyang.' },

  // --- known names and years the fact base says nothing about: nothing ---
  { expect: 'none', text: 'Ghana became a republic in 1960.' },
  { expect: 'none', text: 'In 1988 South Korea hosted the Olympics.' },
  { expect: 'none', text: 'Ghana won its independence in 1957.' },
  { expect: 'none', text: 'Kwame Nkrumah was overthrown in a coup in 1966.' },
  { expect: 'none', text: 'Kim Il-sung died in 1994.' },
  { expect: 'none', text: 'The Soviet Union collapsed in 1991.' },
  { expect: 'none', text: 'Mongolia held its first multi-party elections in 1990.' },
  { expect: 'none', text: 'North Korea tested a nuclear device in 2006.' },
  { expect: 'none', text: 'Kim Jong Un became leader of North Korea in 2011.' },
  { expect: 'none', text: 'China and North Korea signed a treaty of friendship in 1961.' },
  { expect: 'none', text: 'North Korea established diplomatic relations with Angola in 1975.' },
  { expect: 'none', text: 'South Korea established relations with China in 1992.' },
  { expect: 'none', text: 'The UN Security Council adopted Resolution 1874 in 2009.' },
  { expect: 'none', text: 'Kim Dae-jung won the Nobel Peace Prize in 2000.' },
  { expect: 'none', text: 'North Korea opened an embassy in Uganda in 1972.' },
  { expect: 'none', text: 'Mongolia established diplomatic relations with South Korea in 1990.' },
  { expect: 'none', text: 'Ghana joined the United Nations in 1957.' },
];

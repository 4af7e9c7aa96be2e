// A scratch script for the article's timeline graphic; the names in strings and comments can be hovered.
interface Milestone {
  year: number;
  country: string;
  event: string;
}

export const milestones: Milestone[] = [
  { year: 1948, country: 'Mongolia', event: 'Mongolia and North Korea establish relations' },
  { year: 1964, country: 'Ghana', event: 'Ghana and the DPRK establish relations under Kim Il-sung and Kwame Nkrumah' },
  { year: 1998, country: 'Ghana', event: 'North Korean embassy in Ghana closes' },
  { year: 1999, country: 'Mongolia', event: 'North Korean embassy in Ulan Bator closes' },
];

// Name generators for the synthetic fact base: Korean names in DPRK and ROK romanization, Mongolian patronymic
// names, English names, countries with demonyms, and the forms writers type (hyphens, spaces, joined syllables).
import type { NativeName } from '../src/core/model';
import type { Random } from './random';

export interface GeneratedName {
  name: string;
  aliases: string[];
  native: NativeName[];
}

/** [DPRK romanization, ROK romanization] */
const KOREAN_SURNAMES = [
  ['Kim', 'Gim'], ['Ri', 'Lee'], ['Pak', 'Park'], ['Choe', 'Choi'], ['Jong', 'Jeong'], ['Kang', 'Kang'], ['Jo', 'Cho'],
  ['Yun', 'Yoon'], ['Jang', 'Chang'], ['Rim', 'Lim'], ['Han', 'Han'], ['O', 'Oh'], ['So', 'Seo'], ['Sin', 'Shin'],
  ['Kwon', 'Kwon'], ['Hwang', 'Hwang'], ['An', 'Ahn'], ['Song', 'Song'], ['Ryu', 'Yu'], ['Hong', 'Hong'], ['Jon', 'Jeon'],
  ['Ko', 'Go'], ['Mun', 'Moon'], ['Yang', 'Yang'], ['Son', 'Son'], ['Pae', 'Bae'], ['Paek', 'Baek'], ['Ho', 'Heo'],
  ['Nam', 'Nam'], ['Sim', 'Shim'], ['Ro', 'Noh'], ['Ha', 'Ha'], ['Kwak', 'Gwak'], ['Cha', 'Cha'], ['Ju', 'Joo'],
  ['U', 'Woo'], ['Ku', 'Gu'], ['Min', 'Min'], ['Na', 'Na'], ['Jin', 'Jin'], ['Chae', 'Chae'], ['Won', 'Won'],
  ['Chon', 'Cheon'], ['Pang', 'Bang'], ['Kong', 'Gong'], ['Hyon', 'Hyeon'], ['Ham', 'Ham'], ['Pyon', 'Byeon'],
  ['To', 'Do'], ['Sok', 'Seok'], ['Kil', 'Gil'], ['Ma', 'Ma'], ['Pyo', 'Pyo'], ['Myong', 'Myeong'], ['Ki', 'Gi'],
  ['Wang', 'Wang'], ['Kum', 'Geum'], ['Ok', 'Ok'], ['Thak', 'Tak'], ['Kye', 'Gye'], ['Tong', 'Dong'], ['Sol', 'Seol'],
];
const KOREAN_SYLLABLES = [
  ['il', 'il'], ['sung', 'seong'], ['jong', 'jeong'], ['un', 'eun'], ['chol', 'cheol'], ['nam', 'nam'], ['yong', 'yeong'],
  ['su', 'su'], ['hui', 'hui'], ['ho', 'ho'], ['min', 'min'], ['jun', 'jun'], ['hyon', 'hyeon'], ['kwang', 'gwang'],
  ['myong', 'myeong'], ['chan', 'chan'], ['dok', 'deok'], ['hak', 'hak'], ['gyu', 'gyu'], ['mun', 'mun'],
  ['ryong', 'ryong'], ['chun', 'chun'], ['sik', 'sik'], ['dae', 'dae'], ['hwan', 'hwan'], ['ok', 'ok'], ['sun', 'sun'],
  ['hye', 'hye'], ['kyong', 'gyeong'], ['yon', 'yeon'], ['ju', 'ju'], ['thae', 'tae'], ['man', 'man'], ['gil', 'gil'],
  ['bok', 'bok'], ['chang', 'chang'], ['se', 'se'], ['won', 'won'], ['bong', 'bong'], ['hyok', 'hyeok'], ['jin', 'jin'],
  ['chil', 'chil'], ['kun', 'geun'], ['mi', 'mi'], ['yu', 'yu'], ['hae', 'hae'], ['song', 'seong'], ['ryol', 'ryeol'],
];
const MONGOLIAN_PARTS = [
  'Bat', 'Erdene', 'Gan', 'Bold', 'Sukh', 'Tsetseg', 'Enkh', 'Od', 'Oyun', 'Tuya', 'Naran', 'Dorj', 'Baatar', 'Jargal',
  'Chimeg', 'Munkh', 'Tsog', 'Bayar', 'Altan', 'Khuyag', 'Nergui', 'Delger', 'Saikhan', 'Tumur', 'Zorig', 'Ulzii',
  'Ariun', 'Temuulen', 'Nyam', 'Davaa', 'Purev', 'Sambuu', 'Khulan', 'Gerel', 'Amar', 'Sod', 'Tsakhia', 'Elbeg', 'Miyeegombo',
];
const ENGLISH_FIRST = [
  'John', 'Mary', 'James', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William',
  'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen', 'Chad', 'Nancy',
  'Daniel', 'Lisa', 'Matthew', 'Margaret', 'Anthony', 'Sandra', 'Mark', 'Ashley', 'José', 'Zoë', 'Renée', 'André',
  'Siobhán', 'Björn', 'Chloé', 'Noël', 'Grace', 'Hope', 'Will', 'May', 'Rose', 'Frank', 'Victor', 'Hugh', 'Owen',
];
const ENGLISH_LAST = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Wilson',
  'Anderson', 'Taylor', 'Thomas', 'Moore', 'Jackson', 'Martin', 'Thompson', 'White', 'Harris', "O'Carroll", "O'Neill",
  'McDonald', 'MacArthur', 'Smith-Jones', 'Young', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson',
  'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Phillips', 'Evans', 'Turner', 'Torres', 'Parker', 'Collins',
  'Edwards', 'Stewart', 'Müller', 'Lefèvre', 'Ångström', 'Novák', 'Kowalski', 'Dubois', 'Rossi', 'Jensen', 'Long',
];
const COUNTRY_SYLLABLES = ['ba', 'ra', 'to', 'li', 'ne', 'ga', 'mo', 'sa', 'ki', 'da', 'lo', 've', 'ru', 'na', 'te', 'zi', 'ko', 'pa'];
const COUNTRY_ENDINGS = ['nia', 'ria', 'stan', 'land', 'via', 'ca', 'mia', 'dor', 'ra', 'ssa'];
const CYRILLIC: [string, string][] = [
  ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'], ['yu', 'ю'], ['ya', 'я'], ['a', 'а'], ['b', 'б'], ['v', 'в'],
  ['g', 'г'], ['d', 'д'], ['e', 'э'], ['j', 'ж'], ['z', 'з'], ['i', 'и'], ['y', 'й'], ['k', 'к'], ['l', 'л'], ['m', 'м'],
  ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['h', 'х'],
];

const capitalize = (s: string) => s[0].toUpperCase() + s.slice(1);

/** `Kim Il-sung`, typed also `Kim Il Sung` and `Kim Ilsung`, the ROK romanization, and a Hangul native name. */
export function koreanName(random: Random): GeneratedName {
  const [surname, rokSurname] = random.pick(KOREAN_SURNAMES);
  const [a, rokA] = random.pick(KOREAN_SYLLABLES);
  const [b, rokB] = random.pick(KOREAN_SYLLABLES);
  const name = `${surname} ${capitalize(a)}-${b}`;
  const aliases = [`${surname} ${capitalize(a)} ${capitalize(b)}`, `${surname} ${capitalize(a)}${b}`];
  const rok = `${rokSurname} ${capitalize(rokA)}-${rokB}`;
  if (rok !== name) {
    aliases.push(rok);
  }
  return { name, aliases, native: [{ text: [surname, a, b].map(hangulFor).join(''), lang: 'ko' }] };
}

/** `Tsakhiagiin Elbegdorj`, also `Tsakhia Elbegdorj`, `Elbegdorj Tsakhia`, and in Cyrillic. */
export function mongolianName(random: Random): GeneratedName {
  const father = random.pick(MONGOLIAN_PARTS);
  const given = random.pick(MONGOLIAN_PARTS) + random.pick(MONGOLIAN_PARTS).toLowerCase();
  const patronymic = father + (/[aeiou]$/.test(father) ? 'giin' : 'iin');
  return {
    name: `${patronymic} ${given}`,
    aliases: [`${father} ${given}`, `${given} ${father}`],
    native: [{ text: `${toCyrillic(patronymic)} ${toCyrillic(given)}`, lang: 'mn' }],
  };
}

export function englishName(random: Random): GeneratedName {
  const first = random.pick(ENGLISH_FIRST);
  const last = random.pick(ENGLISH_LAST);
  const middle = random.chance(0.3) ? ` ${String.fromCharCode(65 + random.int(26))}.` : '';
  return { name: `${first}${middle} ${last}`, aliases: middle ? [`${first} ${last}`] : [], native: [] };
}

/** A made-up country: name, `Republic of …`, a three-letter acronym, a demonym and a Cyrillic name. */
export function countryName(random: Random): GeneratedName & { demonym: string; iso: string } {
  const stem = capitalize(random.pick(COUNTRY_SYLLABLES) + random.pick(COUNTRY_SYLLABLES));
  const name = stem + random.pick(COUNTRY_ENDINGS);
  const iso = (name.slice(0, 2) + String.fromCharCode(65 + random.int(26))).toUpperCase();
  return {
    name,
    aliases: [`Republic of ${name}`, iso],
    native: [{ text: toCyrillic(name.toLowerCase()).replace(/^./, c => c.toUpperCase()), lang: 'ru' }],
    demonym: /a$/.test(name) ? `${name}n` : `${name}ian`,
    iso,
  };
}

function toCyrillic(latin: string): string {
  let out = '';
  for (let i = 0; i < latin.length;) {
    const pair = CYRILLIC.find(([l]) => latin.startsWith(l.toLowerCase(), i) || latin.startsWith(capitalize(l), i));
    out += pair ? (latin[i] === latin[i].toUpperCase() ? pair[1].toUpperCase() : pair[1]) : latin[i];
    i += pair ? pair[0].length : 1;
  }
  return out;
}

/** A stable Hangul syllable for a romanized one (not a real transcription: the bench needs only the script). */
function hangulFor(syllable: string): string {
  let h = 0;
  for (const ch of syllable.toLowerCase()) {
    h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  }
  return String.fromCharCode(0xac00 + (h % 11172));
}

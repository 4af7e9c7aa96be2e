// A deterministic synthetic fact base in the compiled shape (dist/factbase.json), at any scale: 100× has about
// 100,000 people (Korean, Mongolian and English names with their variants), 10,000 organizations, 200 countries
// and 100,000 events, each event quoted from a generated source text.
import { createHash } from 'crypto';
import {
  type CompiledFactBase, type Entity, type EntityKind, type LocatedEvidence, type Source, type Statement,
  STATEMENT_TYPES, type StatementType,
} from '../src/core/model';
import { statementTypeLabel } from '../src/core/format';
import { countryName, englishName, type GeneratedName, koreanName, mongolianName } from './names';
import { Random } from './random';

export interface FactBaseSize {
  people: number;
  organizations: number;
  countries: number;
  events: number;
}

/** Scale 1 is a thousand people; `fraction` shrinks everything for smoke runs. */
export function factBaseSize(scale: number, fraction = 1): FactBaseSize {
  const n = (x: number) => Math.max(1, Math.round(x * scale * fraction));
  return { people: n(1000), organizations: n(100), countries: Math.min(200, n(2) + 2), events: n(1000) };
}

const PORTFOLIOS = ['Foreign Affairs', 'Foreign Trade', 'External Economic Relations', 'Culture', 'Defence', 'Education', 'Health', 'Fisheries'];
const STATEMENT_TYPE_IDS = Object.keys(STATEMENT_TYPES) as StatementType[];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EVENTS_PER_SOURCE = 1000;

export function generateFactBase(size: FactBaseSize, seed = 20260801): CompiledFactBase {
  const random = new Random(seed);
  const entities: Entity[] = [entity('north-korea', 'country', {
    name: 'North Korea', aliases: ['DPRK', "Democratic People's Republic of Korea"],
    native: [{ text: '조선민주주의인민공화국', lang: 'ko' }],
  }, { demonyms: ['North Korean'], iso: 'KP' })];
  const countries: Entity[] = [];
  for (let i = 0; i < size.countries; i++) {
    const c = countryName(random);
    countries.push(entity(`country-${i}`, 'country', c, { demonyms: [c.demonym], iso: c.iso }));
  }
  const capitals = countries.map((c, i) => entity(`place-${i}`, 'place', {
    name: `Port ${c.name.slice(0, -1)}o`, aliases: [`${c.name.slice(0, -1)}o City`], native: [],
  }, { country: c.id }));
  const organizations: Entity[] = [];
  for (let i = 0; i < size.organizations; i++) {
    organizations.push(entity(`org-${i}`, 'organization', organizationName(random, countries, capitals, i), {
      country: random.pick(countries).id,
    }));
  }
  const people: Entity[] = [];
  for (let i = 0; i < size.people; i++) {
    const style = random.next();
    const generated = style < 0.4 ? koreanName(random) : style < 0.7 ? mongolianName(random) : englishName(random);
    people.push(entity(`person-${i}`, 'person', generated, { country: random.pick(countries).id }));
  }
  entities.push(...countries, ...capitals, ...organizations, ...people);
  const { sources, statements } = events(random, size.events, countries, people, organizations);
  return { formatVersion: 1, sources: [...sources, ...registers(entities)], entities, statements };
}

/** Every entity is quoted from a generated register, as every real entity cites where its name comes from. */
function registers(entities: Entity[]): (Source & { text: string })[] {
  const sources: (Source & { text: string })[] = [];
  for (let from = 0; from < entities.length; from += EVENTS_PER_SOURCE) {
    const id = `register-${sources.length}`;
    let text = '';
    for (const e of entities.slice(from, from + EVENTS_PER_SOURCE)) {
      const quote = `${e.name} is listed in the register.`;
      e.evidence = [{ source: id, quote, start: text.length, end: text.length + quote.length }];
      text += `${quote}\n`;
    }
    sources.push({
      id, file: `sources/${id}.txt`, sha256: createHash('sha256').update(text).digest('hex'), title: `Generated register ${sources.length + 1}`,
      kind: 'news-report', cleaning: 'news-page', published: 'unknown', text,
    });
  }
  return sources;
}

function entity(id: string, kind: EntityKind, names: GeneratedName, extra: Partial<Entity> = {}): Entity {
  return {
    id, kind, name: names.name, aliases: names.aliases, demonyms: [], native: names.native,
    description: `A generated ${kind} for the benchmarks.`, ambiguousAliases: [], evidence: [], ...extra,
  };
}

function organizationName(random: Random, countries: Entity[], capitals: Entity[], i: number): GeneratedName {
  const a = random.pick(countries);
  const b = random.pick(countries);
  switch (i % 4) {
    case 0:
      return { name: `${a.name}–${b.name} Friendship Association`, aliases: [`${a.name}-${b.name} Friendship Association`], native: [] };
    case 1: {
      const portfolio = random.pick(PORTFOLIOS);
      return { name: `Ministry of ${portfolio} of ${a.name}`, aliases: [`${a.name} Ministry of ${portfolio}`], native: [] };
    }
    case 2: {
      const city = capitals[countries.indexOf(b)];
      return { name: `Embassy of ${a.name} in ${city.name}`, aliases: [`${a.name} embassy in ${city.name}`], native: [] };
    }
    default: {
      const words = [a.name, random.pick(['General', 'National', 'Joint', 'United']), random.pick(['Trading', 'Mining', 'Shipping', 'Construction']), 'Corporation'];
      return { name: words.join(' '), aliases: [words.map(w => w[0]).join('') + (i % 97)], native: [] };
    }
  }
}

function events(random: Random, count: number, countries: Entity[], people: Entity[], organizations: Entity[]) {
  const sources: (Source & { text: string })[] = [];
  const statements: Statement[] = [];
  let text = '';
  for (let i = 0; i < count; i++) {
    const sourceId = `source-${Math.floor(i / EVENTS_PER_SOURCE)}`;
    const country = random.pick(countries);
    const person = random.pick(people);
    const organization = random.pick(organizations);
    const type = random.pick(STATEMENT_TYPE_IDS);
    const year = 1948 + random.int(77);
    const month = random.int(12);
    const day = 1 + random.int(28);
    const quote = `On ${day} ${MONTHS[month]} ${year}, ${person.name} of the ${organization.name} reported: ${country.name} and North Korea, ${statementTypeLabel(type).toLowerCase()}.`;
    const evidence: LocatedEvidence = { source: sourceId, quote, start: text.length, end: text.length + quote.length };
    text += `${quote}\n`;
    const min = Date.UTC(year, month, day);
    statements.push({
      id: `event-${i}`, type, summary: `${country.name} and North Korea: ${statementTypeLabel(type)}`,
      actors: [country.id, 'north-korea'], mentions: [organization.id], status: 'occurred', conflictsWith: [],
      role: type === 'position-held' ? { holder: person.id, title: `Envoy to ${country.name}` } : undefined,
      date: { edtf: `${year}-${pad(month + 1)}-${pad(day)}`, text: `${day} ${MONTHS[month]} ${year}`, min, max: min + 86_399_999, uncertain: false },
      evidence: [evidence],
    });
    if ((i + 1) % EVENTS_PER_SOURCE === 0 || i === count - 1) {
      sources.push({
        id: sourceId, file: `sources/${sourceId}.txt`, sha256: createHash('sha256').update(text).digest('hex'), title: `Generated report ${sources.length + 1}`,
        kind: 'news-report', cleaning: 'news-page', published: 'unknown', text,
      });
      text = '';
    }
  }
  return { sources, statements };
}

const pad = (n: number) => String(n).padStart(2, '0');

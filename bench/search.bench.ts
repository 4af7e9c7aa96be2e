// Search figures of issue 8: the time per keystroke while a name is typed, over the ~110k entity documents of the
// 100× fact base, against Fuse.js and uFuzzy searching the same item strings; and how often an exact name ranks
// its entity first.
import uFuzzy from '@leeoniya/ufuzzy';
import Fuse from 'fuse.js';
import type { Entity } from '../src/core/model';
import { type DocumentSource, entityDocuments, type SearchDocument } from '../src/core/search/documents';
import { SlicedTask } from '../src/core/slicedTask';
import { SearchIndex } from '../src/core/search/searchIndex';
import { nameKey } from '../src/core/text';
import { type Figure, fastestMs, registerBench, retainedMb } from './harness';
import { matcher100, model100, retainedModel100 } from './matcher.bench';
import { Random } from './random';

const TYPED_NAMES = 3;
const EXACT_QUERIES = 500;
const LIMIT = 50;
const KEYSTROKE_STEP = 6;

registerBench('search', ctx => {
  const factBase = model100(ctx);
  const documents = entityDocuments(factBase);
  ctx.log(`indexing ${documents.length} entities for search`);
  const { value: index, mb: indexMb } = retainedMb(() => new SlicedTask(SearchIndex.build(documentArray(documents))).now());
  const items = documents.map(d => ({ name: d.fields.name, aliases: d.fields.aliases.split('\n') }));
  const haystack = items.map(i => [i.name, ...i.aliases].join(' · '));
  const fuse = new Fuse(items, { keys: ['name', 'aliases'] });
  const ufuzzy = new uFuzzy();

  const random = new Random(8);
  const typed = typedNames(factBase.entities, random);
  // Every KEYSTROKE_STEP-th keystroke of the typed names (and each whole name): Fuse.js takes seconds per query here.
  const keystrokes = typed.flatMap(name => Array.from(name, (_, i) => name.slice(0, i + 1))
    .filter((q, i) => i % KEYSTROKE_STEP === 0 || q === name));
  const perKeystroke = (search: (query: string) => unknown) => () => keystrokes.map(search);
  ctx.log(`timing ${keystrokes.length} keystrokes (${keystrokes.join(' | ')})`);
  const [oursMs, ufuzzyMs] = fastestMs(
    ctx.sizes.repeats,
    perKeystroke(q => index.search(q, LIMIT)),
    perKeystroke(q => ufuzzy.search(haystack, q)),
  );
  // Fuse scores every item on every keystroke (about 4 s each here): one run is all the budget allows.
  const [fuseMs] = fastestMs(1, perKeystroke(q => fuse.search(q, { limit: LIMIT })));

  const figures: Figure[] = [
    {
      key: 'search_vs_fuse', value: fuseMs / oursMs, goal: { op: '>=', target: 5 },
      note: `${(oursMs / keystrokes.length).toFixed(2)} ms per keystroke over ${documents.length} items, Fuse.js ${(fuseMs / keystrokes.length).toFixed(1)} ms`,
    },
    {
      key: 'search_vs_ufuzzy', value: ufuzzyMs / oursMs, goal: { op: '>=', target: 0.5 },
      note: `uFuzzy ${(ufuzzyMs / keystrokes.length).toFixed(2)} ms per keystroke (default options, search())`,
    },
    { key: 'search_top1_exact', value: topOneExact(index, factBase.entities, random), goal: { op: '>=', target: 1 } },
    {
      key: 'heap_mb_100x', value: retainedModel100(ctx).mb + matcher100(ctx).mb + indexMb,
      note: `retained: model with indexes ${retainedModel100(ctx).mb.toFixed(0)}, matcher ${matcher100(ctx).mb.toFixed(0)}, entity search index ${indexMb.toFixed(0)}`,
    },
  ];
  return figures;
});

/** Names as people type them (lower case): a Korean, a Mongolian or English one, an organization's. */
function typedNames(entities: readonly Entity[], random: Random): string[] {
  const people = entities.filter(e => e.kind === 'person');
  const organizations = entities.filter(e => e.kind === 'organization');
  const picks = [...Array.from({ length: TYPED_NAMES - 1 }, () => random.pick(people)), random.pick(organizations)];
  return picks.map(e => e.name.toLowerCase());
}

/**
 * Share of exact-name queries whose first result is the entity, over entities whose name no other entity bears as
 * its name or alias (for a shared name, no single entity can be the right first answer).
 */
function topOneExact(index: SearchIndex, entities: readonly Entity[], random: Random): number {
  const bearers = new Map<string, number>();
  for (const e of entities) {
    for (const key of new Set([e.name, ...e.aliases].map(nameKey))) {
      bearers.set(key, (bearers.get(key) ?? 0) + 1);
    }
  }
  const unique = entities.filter(e => bearers.get(nameKey(e.name)) === 1);
  const queries = Array.from({ length: Math.min(EXACT_QUERIES, unique.length) }, () => random.pick(unique));
  return queries.filter(e => index.search(e.name, 1)[0]?.id === e.id).length / queries.length;
}

/** The entity documents as the index's source: held in an array, as the bench times them. */
function documentArray(documents: readonly SearchDocument[]): DocumentSource {
  return { count: documents.length, id: n => documents[n].id, document: n => documents[n] };
}

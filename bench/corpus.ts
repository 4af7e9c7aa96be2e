// English-like prose with names sprinkled in as writers type them: Zipf-distributed common words, a name every
// ~30 words in one of its forms (separators swapped or dropped, capitals, possessives, a demonym, a native name).
import type { CompiledFactBase } from '../src/core/model';
import { Random, zipfWeights } from './random';

const WORDS = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they ' +
  'you were her she there been one all we their has would when if so no will more can other its who about also ' +
  'into after two than first over new years time some these only may could then them said most through made such ' +
  'government relations embassy minister foreign trade agreement visit delegation president talks country ' +
  'between during since under against diplomatic official support military economic cultural cooperation aid ' +
  'ambassador leader party treaty nuclear sanctions border talks meeting state people war peace report according ' +
  'announced signed opened closed established recognized visited met sent received expelled denied reported ' +
  'week month year capital city region province north south east west international united nations council ' +
  'statement news agency media source sources per cent million thousand several many both each while because'
).split(' ');
const WORD_WEIGHTS = zipfWeights(WORDS.length);
const SEPARATORS = [' ', '-', '–', ''];

export interface ProseOptions {
  length: number;
  seed: number;
  /** false: one single line (no paragraph breaks). */
  paragraphs: boolean;
}

/** Name forms to sprinkle: every name, alias, native name and demonym of the fact base, by entity. */
export function nameForms(factBase: CompiledFactBase): string[][] {
  return factBase.entities.map(e => [e.name, ...e.aliases, ...e.native.map(n => n.text), ...e.demonyms]);
}

export function generateProse(forms: readonly string[][], options: ProseOptions): string {
  const random = new Random(options.seed);
  const parts: string[] = [];
  let length = 0;
  let sentence = 0;
  while (length < options.length) {
    const words = 8 + random.int(18);
    for (let w = 0; w < words; w++) {
      let word = random.chance(1 / 30) && forms.length > 0 ? typedForm(random, forms) : WORDS[random.zipf(WORD_WEIGHTS)];
      if (w === 0) {
        word = word[0].toUpperCase() + word.slice(1);
      }
      const last = w === words - 1;
      const paragraphEnd = last && options.paragraphs && ++sentence % 5 === 0;
      const piece = word + (last ? '.' : random.chance(0.08) ? ',' : '') + (paragraphEnd ? '\n\n' : ' ');
      parts.push(piece);
      length += piece.length;
    }
  }
  return parts.join('').slice(0, options.length);
}

/** One of an entity's forms, as a writer might type it. */
function typedForm(random: Random, forms: readonly string[][]): string {
  const form = random.pick(random.pick(forms));
  let typed = random.chance(0.3) ? form.replace(/[ \-–]/g, () => random.pick(SEPARATORS)) : form;
  if (random.chance(0.05)) {
    typed = typed.toUpperCase();
  }
  if (random.chance(0.1)) {
    typed += random.chance(0.5) ? "'s" : '’s';
  }
  return typed;
}

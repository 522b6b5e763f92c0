/**
 * Pseudo-prose: English-looking sentences assembled from templates and word
 * lists, with `[[id]]` and `[[id|label]]` links to the entities a text is
 * about. Varied enough that Markdown parsing, mention extraction and search
 * indexing see realistic input, and nothing more.
 */
import type { Random } from './random.ts';
import type { Registry, RegistryEntity } from './registry.ts';
import {
  ADJECTIVES,
  CONNECTIVES,
  DIRECTIONS,
  EVALUATIONS,
  GENERIC_SUBJECTS,
  MONTHS,
  NOUNS,
  PERSONNEL,
  SAY,
  TIME_PHRASES,
  VERBS_PAST,
} from './vocabulary.ts';

/** The entities a text is about; links are drawn from these. */
export interface Focus {
  countries: RegistryEntity[];
  actors: RegistryEntity[];
  topics: RegistryEntity[];
  events: RegistryEntity[];
  /** Earlier digests the text may link to. */
  digests: Array<{ id: string; title: string }>;
  year: number;
}

/** Writes sentences, paragraphs and lists about one focus. */
export class ProseWriter {
  readonly #random: Random;
  readonly #registry: Registry;
  readonly #focus: Focus;
  /** Words written so far, to stop at a target length. */
  words = 0;

  constructor(random: Random, registry: Registry, focus: Focus) {
    this.#random = random;
    this.#registry = registry;
    this.#focus = focus;
  }

  /** A link to an entity: mostly `[[id]]`, sometimes with a shorter label, sometimes the bare name. */
  link(entity: RegistryEntity): string {
    const r = this.#random.next();
    if (r < 0.12) return entity.label;
    if (entity.label !== entity.name && r < 0.6) return `[[${entity.id}|${entity.label}]]`;
    return `[[${entity.id}]]`;
  }

  #pickFrom(list: RegistryEntity[], fallback: RegistryEntity[]): RegistryEntity {
    return this.#random.pick(list.length ? list : fallback);
  }

  #country = () => this.link(this.#pickFrom(this.#focus.countries, this.#registry.byRole.state));
  #actor = () => this.link(this.#pickFrom(this.#focus.actors, this.#registry.byRole.official));
  #topic = () => {
    const topic = this.#pickFrom(this.#focus.topics, this.#registry.byRole.topic);
    return this.#random.chance(0.7) ? `[[${topic.id}|${topic.label}]]` : topic.label;
  };
  #event = () => this.link(this.#pickFrom(this.#focus.events, this.#registry.byRole.event));
  #city = () => this.#random.pick(this.#registry.cities).latin;

  #object(): string {
    const r = this.#random;
    const det = r.pick(['a', 'the', 'another', 'its', 'a']);
    const adjective = r.pick(ADJECTIVES);
    const noun = r.pick(NOUNS);
    const article = det === 'a' && /^[aeiou]/.test(adjective) ? 'an' : det;
    return r.chance(0.8) ? `${article} ${adjective} ${noun}` : `the ${noun}`;
  }

  #subject(): string {
    const r = this.#random.next();
    if (r < 0.35) return this.#actor();
    if (r < 0.5) return `officials in ${this.#country()}`;
    if (r < 0.6) return `the government of ${this.#country()}`;
    return this.#random.pick(GENERIC_SUBJECTS).toLowerCase();
  }

  #place(): string {
    const r = this.#random;
    switch (r.int(0, 9)) {
      case 0: return `along the ${r.pick(DIRECTIONS)} border`;
      case 1: return `in ${this.#country()}`;
      case 2: return this.#focus.events.length ? `after the ${this.#event()}` : `near ${this.#city()}`;
      case 3: return `near ${this.#city()}`;
      case 4: return `during talks in ${this.#city()}`;
      case 5: return r.pick(TIME_PHRASES);
      case 6: return `despite objections from ${this.#actor()}`;
      case 7: return `in ${r.pick(MONTHS)} ${this.#focus.year - r.int(0, 2)}`;
      case 8: return `with funding from ${this.#actor()}`;
      default: return `as part of its ${this.#topic()} policy`;
    }
  }

  #money(): string {
    const r = this.#random;
    return r.chance(0.5) ? `US$${r.int(12, 950)} million` : `about ${r.int(2, 40)} billion ${r.pick(['tenge', 'som', 'yuan', 'roubles'])}`;
  }

  #count(): string {
    const n = this.#random.int(3, 4800);
    return n >= 1000 ? `${Math.floor(n / 1000)},${String(n % 1000).padStart(3, '0')}` : String(n);
  }

  #clause(): string {
    return `${this.#subject()} ${this.#random.pick(VERBS_PAST)} ${this.#object()} ${this.#place()}`;
  }

  /** One sentence. */
  sentence(): string {
    const r = this.#random;
    let s: string;
    switch (r.int(0, 13)) {
      case 0:
      case 1:
      case 2: s = `${this.#clause()}.`; break;
      case 3: s = `According to ${this.#actor()}, ${this.#clause()}.`; break;
      case 4: s = `${this.#subject()} ${r.pick(SAY)} that ${this.#subject()} had ${r.pick(VERBS_PAST)} ${this.#object()} ${this.#place()}.`; break;
      case 5: s = `This is ${r.pick(EVALUATIONS)}: ${this.#clause()}.`; break;
      case 6: s = `${this.#subject()} put the cost of ${this.#object()} at ${this.#money()}.`; break;
      case 7: s = `Some ${this.#count()} ${r.pick(PERSONNEL)} were reportedly involved, ${r.pick(['a figure no one else confirms', 'twice the number given a year earlier', 'according to a regional official', 'though estimates vary'])}.`; break;
      case 8: s = `The source does not say who ${r.pick(VERBS_PAST)} ${this.#object()}, and no other outlet has confirmed it.`; break;
      case 9: s = `${this.#actor()} has long argued for closer ties with ${this.#country()} on ${this.#topic()}.`; break;
      case 10: s = `${r.pick(CONNECTIVES)} ${this.#clause()}.`; break;
      case 11: s = `As ${this.#actor()} put it, "${r.pick(['we', 'our partners', 'they'])} ${r.pick(['will not accept', 'cannot ignore', 'have always supported', 'were never consulted on'])} ${this.#object()}".`; break;
      case 12: s = this.#focus.digests.length ? `An earlier digest, [[${this.#focus.digests.pop()!.id}]], covers the background.` : `${this.#clause()}, ${r.pick(['which', 'a step that'])} ${r.pick(['few expected', 'drew little attention', 'worried neighbours', 'critics called premature'])}.`; break;
      default: s = `${this.#clause()} and ${r.pick(VERBS_PAST)} ${this.#object()}.`;
    }
    // Capitalize the first letter, skipping "[[" and an id, which must stay lower case.
    s = s.startsWith('[[') ? s : s.charAt(0).toUpperCase() + s.slice(1);
    if (r.chance(0.08)) s = emphasize(s, r.chance(0.5) ? '**' : '*');
    this.words += s.split(' ').length;
    return s;
  }

  /** A paragraph of `min` to `max` sentences. */
  paragraph(min = 3, max = 6): string {
    return Array.from({ length: this.#random.int(min, max) }, () => this.sentence()).join(' ');
  }

  /** A bulleted or numbered list of short points. */
  list(ordered = false): string {
    const items = Array.from({ length: this.#random.int(3, 6) }, (_, i) => `${ordered ? `${i + 1}.` : '-'} ${this.sentence()}`);
    return items.join('\n');
  }

  /** A plain sentence without links, for titles, summaries and claims. */
  plain(): string {
    const r = this.#random;
    const who = this.#random.chance(0.6) ? this.#pickFrom(this.#focus.actors, this.#registry.byRole.official).name : this.#pickFrom(this.#focus.countries, this.#registry.byRole.state).name;
    const where = r.chance(0.5) ? `near ${this.#city()}` : r.pick(TIME_PHRASES);
    const s = `${who} ${r.pick(VERBS_PAST)} ${this.#object()} ${where}.`;
    this.words += s.split(' ').length;
    return s.charAt(0).toUpperCase() + s.slice(1);
  }
}

/** Wraps the first long word outside any `[[...]]` link in `mark` (bold or italic). */
function emphasize(sentence: string, mark: string): string {
  for (const match of sentence.matchAll(/ ([a-z]{6,}) /g)) {
    const before = sentence.slice(0, match.index);
    if (before.split('[[').length === before.split(']]').length) {
      return `${before} ${mark}${match[1]}${mark} ${sentence.slice(match.index + match[0].length)}`;
    }
  }
  return sentence;
}

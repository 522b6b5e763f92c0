/**
 * The scripted typing session: queries a reader of the synthetic corpus
 * would type, in the spellings they would use, each with the page that
 * should come first when it names an entity.
 */
import { createRandom } from '../corpus/random.ts';
import { buildRegistry, type RegistryEntity } from '../corpus/registry.ts';

export interface SessionQuery {
  text: string;
  /** Path of the page a good search puts first, when the query names one entity. */
  expect?: string;
  /** What kind of query it is, for the report. */
  kind: 'latin' | 'cyrillic' | 'chinese' | 'acronym' | 'word' | 'typo';
}

const SEGMENT = { country: 'countries', actor: 'actors', topic: 'topics', event: 'events' } as const;
const pathOf = (e: RegistryEntity) => `/${SEGMENT[e.type]}/${e.id}/`;
const cyrillic = (e: RegistryEntity) => e.aliases.find((a) => /\p{Script=Cyrillic}/u.test(a))!;
const chinese = (e: RegistryEntity) => e.aliases.find((a) => /\p{Script=Han}/u.test(a))!;

/** 22 queries for a corpus seed; the same seed gives the same session. */
export function sessionQueries(seed: string): SessionQuery[] {
  const registry = buildRegistry(seed);
  const random = createRandom(`${seed}/queries`);
  const { byRole } = registry;
  const q = (text: string, kind: SessionQuery['kind'], entity?: RegistryEntity): SessionQuery => ({ text, kind, ...(entity ? { expect: pathOf(entity) } : {}) });
  const countries = random.sample(byRole.state.slice(0, 12), 6);
  // Officials with long surnames and a Cyrillic spelling (steppe names).
  const people = random.sample(byRole.official.filter((p) => p.label.length >= 6 && p.aliases.some((a) => /\p{Script=Cyrillic}/u.test(a))), 7);
  const chinesePeople = random.sample(byRole.official.filter((p) => /^[A-Z][a-z]+ [A-Z]/.test(p.name) && p.aliases.some((a) => /^\p{Script=Han}+$/u.test(a))), 2);
  const blocs = random.sample(byRole.bloc, 4);
  const topics = random.sample(byRole.topic, 4);
  const typoTarget = people[6]!;
  const surname = typoTarget.label;
  const typo = surname.slice(0, 2) + surname.charAt(3) + surname.charAt(2) + surname.slice(4);
  return [
    ...countries.slice(0, 2).map((c) => q(c.name, 'latin', c)),
    // Readers often type names in lower case.
    ...countries.slice(2, 4).map((c) => q(c.name.toLowerCase(), 'latin', c)),
    ...countries.slice(4, 6).map((c) => q(cyrillic(c), 'cyrillic', c)),
    q(people[0]!.name, 'latin', people[0]),
    ...people.slice(2, 4).map((p) => q(p.label, 'latin', p)),
    q(cyrillic(people[4]!), 'cyrillic', people[4]),
    q(people[5]!.aliases.find((a) => /^[A-Za-z' -]+$/.test(a) && a !== people[5]!.name) ?? people[5]!.name, 'latin', people[5]),
    ...chinesePeople.map((p) => q(chinese(p), 'chinese', p)),
    ...blocs.slice(0, 2).map((b) => q(b.label, 'acronym', b)),
    q(blocs[3]!.aliases[2]!, 'acronym', blocs[3]),
    ...topics.slice(0, 2).map((t) => q(t.name.toLowerCase(), 'latin', t)),
    q(topics[3]!.aliases[0]!, 'cyrillic', topics[3]),
    q('checkpoint', 'word'),
    q('rail corridor', 'word'),
    q(typo, 'typo', typoTarget),
  ];
}

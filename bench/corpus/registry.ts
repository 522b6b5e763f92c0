/**
 * The synthetic entity registry: a few hundred invented countries, actors,
 * topics and events, each with aliases in Latin, Cyrillic and Chinese script.
 * It depends on the seed only, so corpora of every size share it.
 */
import { NameMaker, type Name, slugify } from './names.ts';
import { createRandom, type Random } from './random.ts';
import {
  BLOCS,
  EVENT_PATTERNS,
  EXERCISE_NAMES,
  INSTITUTES,
  OUTLETS,
  STATE_BODIES,
  TOPIC_GROUPS,
} from './vocabulary.ts';

export type EntityKind = 'country' | 'actor' | 'topic' | 'event';

/** What part an entity plays, so prose and claims can pick fitting ones. */
export type EntityRole =
  | 'state'
  | 'bloc'
  | 'state-body'
  | 'outlet'
  | 'institute'
  | 'official'
  | 'journalist'
  | 'analyst'
  | 'topic'
  | 'event';

/** One registry entity: what the corpus writes and what prose refers to. */
export interface RegistryEntity {
  type: EntityKind;
  role: EntityRole;
  id: string;
  /** The English name (front matter `name`). */
  name: string;
  /** A shorter label for `[[id|label]]`: surname, acronym or lower-case topic. */
  label: string;
  aliases: string[];
  /** Country the entity belongs to (actors) or mainly concerns (events). */
  country?: string;
  /** Front matter fields beyond name, aliases and summary. */
  extra: Record<string, unknown>;
  summary: string;
  /** How often digests mention it, relative to others of its role. */
  weight: number;
  /** Year of the event, for events. */
  year?: number;
}

export interface Registry {
  all: RegistryEntity[];
  byId: Map<string, RegistryEntity>;
  byRole: Record<EntityRole, RegistryEntity[]>;
  /** Invented cities, for prose and event names. */
  cities: Name[];
}

const STAN_COUNTRIES = 8;
const OTHER_COUNTRIES = 22;
const CENTRAL_ASIA = 5;
/** Real codes so the map draws something; the first five are the Central Asian states. */
const ISO_CODES = ['398', '417', '762', '795', '860', '156', '643', '004', '586', '496', '364', '356', '031', '051', '268', '112'];

const pad = (n: number) => String(n).padStart(2, '0');

/** A YYYY-MM-DD date in the given year. */
export function dayIn(random: Random, year: number): string {
  return `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
}

/** Builds the registry for a seed. */
export function buildRegistry(seed: string): Registry {
  const random = createRandom(`${seed}/registry`);
  const names = new NameMaker(random);
  const all: RegistryEntity[] = [];
  const usedIds = new Set<string>();
  const add = (entity: Omit<RegistryEntity, 'weight'> & { weight?: number }) => {
    let id = entity.id;
    for (let n = 2; usedIds.has(id); n++) id = `${entity.id}-${n}`;
    usedIds.add(id);
    const full = { weight: 1 / (1 + random.next() * 4), ...entity, id };
    all.push(full);
    return full;
  };
  const cities = Array.from({ length: 60 }, () => names.city());
  const cityOf = new Map<string, Name>();

  // Countries: the first CENTRAL_ASIA are the Central Asian states.
  const countryNames: Name[] = [];
  for (let i = 0; i < STAN_COUNTRIES + OTHER_COUNTRIES; i++) {
    const name = names.country(i < STAN_COUNTRIES);
    countryNames.push(name);
    const capital = cities[i]!;
    const country = add({
      type: 'country',
      role: 'state',
      id: slugify(name.latin),
      name: name.latin,
      label: name.latin,
      aliases: [name.cyrillic, name.chinese, ...name.variants],
      summary: i < CENTRAL_ASIA
        ? `A Central Asian state with its capital at ${capital.latin}.`
        : `A state whose capital is ${capital.latin}; it appears in the digests as a neighbour, partner or rival.`,
      extra: {
        ...(i < ISO_CODES.length ? { isoNumeric: ISO_CODES[i] } : {}),
        capital: random.chance(0.3) ? `${capital.latin} (called ${cities[30 + (i % 30)]!.latin} until ${random.int(1992, 2019)})` : capital.latin,
        centralAsia: i < CENTRAL_ASIA,
        memberships: [],
      },
      weight: i < CENTRAL_ASIA ? 3 : i < 12 ? 1.2 : 0.4,
    });
    cityOf.set(country.id, capital);
  }
  const countries = all.filter((e) => e.role === 'state');
  const bigCountries = countries.slice(0, 12);
  // Two states whose officials carry Chinese names.
  const chineseNamed = new Set([countries[5]!.id, countries[9]!.id]);

  for (const [en, acronym, ru, ruAcronym, zh] of BLOCS) {
    const founded = random.int(1994, 2012);
    const bloc = add({
      type: 'actor',
      role: 'bloc',
      id: slugify(acronym),
      name: en,
      label: acronym,
      aliases: [acronym, ru, ruAcronym, zh],
      summary: `A regional organization founded in ${founded}; its members meet yearly at head-of-state level.`,
      extra: { kind: 'organization', roles: [], memberships: [] },
      weight: 1.5,
    });
    const members = random.sample(bigCountries, random.int(4, 8));
    members.forEach((c, i) => {
      (c.extra.memberships as unknown[]).push({
        org: bloc.id,
        from: String(founded + (i < 3 ? 0 : random.int(1, 8))),
        status: i < 3 ? 'founding-member' : random.chance(0.2) ? 'observer' : 'member',
        ...(random.chance(0.1) ? { to: String(founded + random.int(9, 14)), note: 'Left after a dispute over the secretariat.' } : {}),
      });
    });
  }
  for (const c of countries) {
    const list = c.extra.memberships as Array<{ status: string; to?: string }>;
    for (const m of list) if (m.to) m.status = 'former-member';
  }

  const localize = (forms: readonly [string, string, string], place: Name) =>
    forms.map((f, i) => f.replaceAll('%', [place.latin, place.cyrillic, place.chinese][i]!)) as [string, string, string];

  for (const country of bigCountries) {
    const place = countryNames[countries.indexOf(country)]!;
    for (const forms of random.sample(STATE_BODIES, random.int(3, 6))) {
      const [en, ru, zh] = localize(forms, place);
      add({
        type: 'actor',
        role: 'state-body',
        id: slugify(en),
        name: en,
        label: en,
        aliases: [ru, zh],
        country: country.id,
        summary: `A state body of ${country.name}.`,
        extra: { kind: 'state-body', country: country.id, roles: [], memberships: [] },
      });
    }
  }

  for (let i = 0; i < 20; i++) {
    const forms = OUTLETS[i % OUTLETS.length]!;
    const country = random.pick(countries.slice(0, 16));
    const place = forms[0].includes('%') ? (random.chance(0.5) ? cityOf.get(country.id)! : countryNames[countries.indexOf(country)]!) : undefined;
    const [en, ru, zh] = place ? localize(forms, place) : forms;
    if (all.some((e) => e.name === en)) continue;
    add({
      type: 'actor',
      role: 'outlet',
      id: slugify(en.replace(/^The /, '')),
      name: en,
      label: en,
      aliases: random.chance(0.6) ? [ru, zh] : [ru],
      country: country.id,
      summary: `A news outlet based in ${country.name}.`,
      extra: { kind: 'organization', country: country.id, roles: [], memberships: [] },
      weight: 1 / (1 + i * 0.3),
    });
  }

  for (let i = 0; i < 14; i++) {
    const country = random.pick(bigCountries);
    const place = random.chance(0.5) ? cityOf.get(country.id)! : countryNames[countries.indexOf(country)]!;
    const [en, ru, zh] = localize(INSTITUTES[i % INSTITUTES.length]!, place);
    if (all.some((e) => e.name === en)) continue;
    add({
      type: 'actor',
      role: 'institute',
      id: slugify(en),
      name: en,
      label: en,
      aliases: [ru, zh],
      country: country.id,
      summary: `A research body in ${country.name} that publishes on regional security.`,
      extra: { kind: 'organization', country: country.id, roles: [], memberships: [] },
    });
  }

  const blocs = all.filter((e) => e.role === 'bloc');
  const bodies = all.filter((e) => e.role === 'state-body');
  const outlets = all.filter((e) => e.role === 'outlet');
  const institutes = all.filter((e) => e.role === 'institute');

  const person = (country: RegistryEntity) => {
    const name = chineseNamed.has(country.id) ? names.chinesePerson() : names.steppePerson();
    const surname = chineseNamed.has(country.id) ? name.latin.split(' ')[0]! : name.latin.split(' ').pop()!;
    return { name, surname, id: slugify(name.latin) };
  };

  for (let i = 0; i < 64; i++) {
    const country = random.weighted(bigCountries, bigCountries.map((c) => c.weight));
    const { name, surname, id } = person(country);
    const start = random.int(1992, 2018);
    const roles: Record<string, unknown>[] = [];
    const ownBodies = bodies.filter((b) => b.country === country.id);
    const titles = ['Foreign Minister', 'Defence Minister', 'Prime Minister', 'Deputy Prime Minister', 'President', 'Ambassador'];
    let year = start;
    for (let r = random.int(1, 3); r > 0 && year < 2025; r--) {
      const end = year + random.int(2, 8);
      const open = r === 1 && end > 2024;
      if (ownBodies.length && random.chance(0.35)) {
        const body = random.pick(ownBodies);
        roles.push({ title: `Head of the ${body.name.replace(/ of .*$/, '')}`, org: body.id, from: String(year), ...(open ? {} : { to: String(end) }) });
      } else if (random.chance(0.15)) {
        const bloc = random.pick(blocs);
        roles.push({ title: 'Secretary-General', org: bloc.id, from: String(year), ...(open ? {} : { to: String(end) }) });
      } else {
        const title = random.pick(titles);
        roles.push({ title: `${title} of ${country.name}`, country: country.id, from: `${year}-${pad(random.int(1, 12))}`, ...(open ? {} : { to: String(end) }), ...(random.chance(0.1) ? { note: 'acting' } : {}) });
      }
      year = end;
    }
    add({
      type: 'actor',
      role: 'official',
      id,
      name: name.latin,
      label: surname,
      aliases: [name.cyrillic, name.chinese, ...name.variants],
      country: country.id,
      summary: `A ${country.name} official who has held posts since ${start}.`,
      extra: { kind: 'person', country: country.id, roles, memberships: [] },
      weight: 1 / (1 + i * 0.08),
    });
  }

  for (const [role, orgs, title] of [['journalist', outlets, 'Correspondent'], ['analyst', institutes, 'Senior Fellow']] as const) {
    for (let i = 0; i < 32; i++) {
      const org = random.pick(orgs);
      const country = countries.find((c) => c.id === org.country)!;
      const { name, surname, id } = person(country);
      add({
        type: 'actor',
        role,
        id,
        name: name.latin,
        label: surname,
        aliases: random.chance(0.7) ? [name.cyrillic, name.chinese, ...name.variants] : name.variants,
        country: country.id,
        summary: role === 'journalist' ? `A reporter for ${org.name}.` : `A researcher at ${org.name} who writes on security and trade.`,
        extra: { kind: 'person', country: country.id, roles: [{ title, org: org.id, from: String(random.int(2000, 2020)) }], memberships: [] },
      });
    }
  }

  const topicIdsByName = new Map<string, string>();
  for (const group of TOPIC_GROUPS) {
    const [root, ...rest] = group;
    const rootEntity = add({ type: 'topic', role: 'topic', id: slugify(root![0]), name: root![0], label: root![0].toLowerCase(), aliases: [root![1], root![2]], summary: `${root![0]}: the broad heading for related topics.`, extra: { broader: [] }, weight: 0.3 });
    topicIdsByName.set(root![0], rootEntity.id);
    for (const [en, ru, zh] of rest) {
      const broader = [rootEntity.id];
      const other = random.chance(0.15) ? topicIdsByName.get(random.pick([...topicIdsByName.keys()])) : undefined;
      if (other && other !== rootEntity.id) broader.push(other);
      const topic = add({ type: 'topic', role: 'topic', id: slugify(en), name: en, label: en.toLowerCase(), aliases: [ru, zh], summary: `Digests about ${en.toLowerCase()} in and around Central Asia.`, extra: { broader } });
      topicIdsByName.set(en, topic.id);
    }
  }

  for (let i = 0; i < 110; i++) {
    const pattern = random.pick(EVENT_PATTERNS);
    const year = random.int(1996, 2025);
    const city = random.pick(cities);
    const [c1, c2] = random.sample(countries.slice(0, 16), 2) as [RegistryEntity, RegistryEntity];
    const bloc = random.pick(blocs);
    const exercise = random.pick(EXERCISE_NAMES);
    const fill = (form: string, script: 0 | 1 | 2) =>
      form
        .replaceAll('%a', [city.latin, city.cyrillic, city.chinese][script]!)
        .replaceAll('%b', [bloc.label, bloc.aliases[2]!, bloc.aliases[3]!][script]!)
        .replaceAll('%c', [c1.name, c1.aliases[0]!, c1.aliases[1]!][script]!)
        .replaceAll('%d', [c2.name, c2.aliases[0]!, c2.aliases[1]!][script]!)
        .replaceAll('%e', exercise[script])
        .replaceAll('%y', String(year));
    const hasYear = pattern.forms[0].includes('%y');
    // "2014 protests in Dosabad", but "2014 Dosabad border clash".
    const name = hasYear ? fill(pattern.forms[0], 0) : `${year} ${fill(pattern.forms[0], 0).replace(/^(Protests|Attack)/, (w) => w.toLowerCase())}`;
    if (all.some((e) => e.name === name)) continue;
    const date = random.chance(0.8) ? dayIn(random, year) : random.chance(0.5) ? `${year}-${pad(random.int(1, 12))}` : String(year);
    const spans = pattern.kind === 'exercise' || pattern.kind === 'protest' || pattern.kind === 'summit';
    const topics = pattern.topics.map((t) => topicIdsByName.get(t)!).filter(Boolean);
    const eventCountries = pattern.kind === 'water' || pattern.kind === 'clash' ? [c1.id, c2.id] : [c1.id];
    const actors = [
      ...(pattern.kind === 'summit' ? [bloc.id] : []),
      ...random.sample(all.filter((e) => e.role === 'official' && e.country === c1.id), random.int(0, 2)).map((e) => e.id),
    ];
    add({
      type: 'event',
      role: 'event',
      id: slugify(name),
      name,
      label: name,
      aliases: [hasYear ? fill(pattern.forms[1], 1) : `${fill(pattern.forms[1], 1)} (${year})`, hasYear ? fill(pattern.forms[2], 2) : `${year}年${fill(pattern.forms[2], 2)}`],
      country: c1.id,
      year,
      summary: `${name}: an event the digests return to when discussing ${pattern.topics[0]!.toLowerCase()}.`,
      extra: {
        date,
        ...(spans && date.length === 10 && random.chance(0.6) ? { end: `${year}-12-31` } : {}),
        approximate: date.length < 10 && random.chance(0.5),
        countries: eventCountries,
        actors,
        topics,
      },
    });
  }

  const byId = new Map(all.map((e) => [e.id, e]));
  const byRole = {} as Record<EntityRole, RegistryEntity[]>;
  for (const role of ['state', 'bloc', 'state-body', 'outlet', 'institute', 'official', 'journalist', 'analyst', 'topic', 'event'] as const) {
    byRole[role] = all.filter((e) => e.role === role);
  }
  return { all, byId, byRole, cities };
}

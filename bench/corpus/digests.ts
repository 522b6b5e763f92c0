/**
 * Synthetic digests and disputes. Digest `i` is drawn from its own random
 * stream and refers only to the registry and to digests before it, so the
 * first 1,000 digests of a 10,000-digest corpus are the 1,000-digest corpus.
 */
import type { z } from 'zod';
import type { DigestSchema, DisputeSchema } from '../../src/lib/schema/index.ts';
import { slugify } from './names.ts';
import { ProseWriter } from './prose.ts';
import { createRandom, type Random } from './random.ts';
import { dayIn, type Registry, type RegistryEntity } from './registry.ts';
import {
  ADJECTIVES,
  MONTHS,
  NOUNS,
  SECTION_TITLES,
  SOURCE_KIND_WEIGHTS,
  STATUS_WEIGHTS,
  VERBS_BASE,
  VERBS_PRESENT,
} from './vocabulary.ts';

type DigestData = z.input<typeof DigestSchema>;
type DisputeData = z.input<typeof DisputeSchema>;

/** A generated content file before serialization. */
export interface GeneratedEntry<D> {
  folder: string;
  id: string;
  data: D;
  body: string;
}

/** What later digests need to know about an earlier one. */
interface DigestSummary {
  id: string;
  title: string;
  claimIds: string[];
  events: string[];
  country: string;
}

/** Carries what digests may refer back to, in generation order. */
export class DigestState {
  readonly digests: DigestSummary[] = [];
  readonly byEvent = new Map<string, number[]>();
  readonly ids = new Set<string>();

  constructor(registry: Registry) {
    for (const e of registry.all) this.ids.add(e.id);
  }

  /** `base`, or `base-2`, `base-3`… if an entry already has that id. */
  claimId(base: string): string {
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }
}

const STATUSES = Object.keys(STATUS_WEIGHTS) as Array<keyof typeof STATUS_WEIGHTS>;

/** A claim's two judgements; corroborated and refuted ones name a source, as the schema requires. */
function judgements(substance: (typeof STATUSES)[number], random: Random) {
  return {
    attribution: random.weighted(['documented', 'reported', 'unverified'] as const, [3, 6, 1]),
    substance,
    ...(substance === 'corroborated' || substance === 'refuted'
      ? { evidence: [{ publisher: 'Synthetic Wire', title: `Report ${random.int(1, 9999)}`, date: '2020' }] }
      : {}),
  };
}
const KINDS = Object.keys(SOURCE_KIND_WEIGHTS) as Array<keyof typeof SOURCE_KIND_WEIGHTS>;

const KIND_NOTES: Record<(typeof KINDS)[number], readonly string[]> = {
  original: ['', 'Read from the outlet’s own archive.', 'The online version adds two paragraphs missing from print.'],
  'reworded-copy': ['A machine-reworded copy: names are garbled and one passage reverses the meaning.', 'Reworded by a content farm; figures checked against the original.'],
  'scraped-copy': ['A scraped copy with navigation text and adverts mixed into the article.', 'Copied by an aggregator; the byline was dropped.'],
  review: ['A third party’s summary; figures are second-hand.', 'A review in a policy newsletter, quoting the original at length.'],
};

const weightedOf = <T extends string>(random: Random, weights: Record<T, number>) => {
  const keys = Object.keys(weights) as T[];
  return random.weighted(keys, keys.map((k) => weights[k]));
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Picks `n` distinct entities, favouring those with a higher weight. */
function pickWeighted(random: Random, items: readonly RegistryEntity[], n: number, exclude: ReadonlySet<string> = new Set()): RegistryEntity[] {
  const chosen: RegistryEntity[] = [];
  const pool = items.filter((e) => !exclude.has(e.id));
  while (chosen.length < n && pool.length) {
    const e = random.weighted(pool, pool.map((p) => p.weight));
    chosen.push(e);
    pool.splice(pool.indexOf(e), 1);
  }
  return chosen;
}

/** Misspells a name the way a garbled copy would. */
function garble(random: Random, name: string): string {
  const i = random.int(1, Math.max(1, name.length - 3));
  const swapped = name.slice(0, i) + name.charAt(i + 1) + name.charAt(i) + name.slice(i + 2);
  return swapped === name ? `${name}e` : swapped;
}

/** Generates digest number `index` (0-based) and, sometimes, a dispute it opens. */
export function generateDigest(seed: string, index: number, registry: Registry, state: DigestState): Array<GeneratedEntry<DigestData> | GeneratedEntry<DisputeData>> {
  const random = createRandom(`${seed}/digest/${index}`);
  const { byRole } = registry;

  const countries = pickWeighted(random, byRole.state, random.weighted([1, 2, 3, 4], [4, 4, 2, 1]));
  const primary = countries[0]!;
  const localEvents = byRole.event.filter((e) => countries.some((c) => c.id === e.country));
  const eventCount = random.weighted([0, 1, 2], [4, 5, 1]);
  const events = random.sample(localEvents.length && random.chance(0.7) ? localEvents : byRole.event, eventCount);
  const year = events.length ? Math.min(2025, events[0]!.year! + random.weighted([0, 1, 2, 5], [5, 3, 1, 1])) : random.weighted([2005, 2010, 2015, 2018, 2020, 2022, 2024], [1, 2, 3, 3, 3, 3, 2]) + random.int(0, 1);
  const eventTopics = events.flatMap((e) => (e.extra.topics as string[]).map((t) => registry.byId.get(t)!));
  const topics = [...new Set([...eventTopics, ...pickWeighted(random, byRole.topic, random.int(1, 3), new Set(eventTopics.map((t) => t.id)))])];

  const outlet = random.weighted(byRole.outlet, byRole.outlet.map((o) => o.weight));
  const local = (list: RegistryEntity[]) => list.filter((a) => countries.some((c) => c.id === a.country));
  const officials = pickWeighted(random, local(byRole.official).length ? local(byRole.official) : byRole.official, random.int(1, 3));
  const actors = [
    outlet,
    ...officials,
    ...(random.chance(0.4) ? [random.pick(byRole.bloc)] : []),
    ...random.sample(local(byRole['state-body']), random.int(0, 2)),
    ...(random.chance(0.3) ? [random.pick(byRole.analyst)] : []),
  ];
  const earlier = state.digests.length ? random.sample(state.digests.slice(-400), random.int(0, 2)) : [];
  const writer = new ProseWriter(random, registry, { countries, actors, topics, events, digests: earlier, year });

  // Front matter.
  const verbIndex = random.int(0, VERBS_PRESENT.length - 1);
  const verb = VERBS_PRESENT[verbIndex]!;
  const noun = random.pick(NOUNS);
  const subject = random.chance(0.6) ? primary.name : officials[0]!.name;
  const title = `${subject} ${verb} ${random.pick(ADJECTIVES)} ${noun}${random.chance(0.5) ? ` near ${random.pick(registry.cities).latin}` : ''}`;
  const id = state.claimId(`${slugify(outlet.label).replace(/^the-/, '').split('-').slice(0, 2).join('-')}-${year}-${slugify(noun)}-${index + 1}`);
  const month = random.int(1, 12);
  const dateForm = random.weighted(['day', 'month', 'year'], [17, 2, 1]);
  const published = dateForm === 'day' ? dayIn(random, year).replace(/-\d\d-/, `-${pad(month)}-`) : dateForm === 'month' ? `${year}-${pad(month)}` : String(year);
  const kind = weightedOf(random, SOURCE_KIND_WEIGHTS);
  const journalists = byRole.journalist.filter((j) => (j.extra.roles as Array<{ org?: string }>)[0]?.org === outlet.id);
  const authors = random.chance(0.2) ? [] : random.sample(journalists.length ? journalists : byRole.journalist, random.int(1, 2)).map((j) => j.name);

  const claims: DigestData['claims'] = [];
  const claimIds = new Set<string>();
  let disputed: { digest: DigestSummary; claim: string; own: string } | undefined;
  for (let k = random.int(3, 8); k > 0; k--) {
    const text = writer.plain();
    const key = slugify(text.split(' ').slice(0, 3).join(' ')).split('-').slice(0, 3).join('-') || 'claim';
    let claimId = key;
    for (let n = 2; claimIds.has(claimId); n++) claimId = `${key}-${n}`;
    claimIds.add(claimId);
    const candidates = events.flatMap((e) => state.byEvent.get(e.id) ?? []);
    const disputes: string[] = [];
    if (state.digests.length && random.chance(0.06)) {
      const other = state.digests[candidates.length ? random.pick(candidates) : random.int(Math.max(0, state.digests.length - 300), state.digests.length - 1)]!;
      const target = random.pick(other.claimIds);
      disputes.push(`${other.id}#${target}`);
      disputed ??= { digest: other, claim: target, own: claimId };
    }
    claims.push({
      id: claimId,
      by: random.pick(actors.filter((a) => a.role !== 'analyst')).id,
      text,
      ...(random.chance(0.25) ? { quote: `${random.pick(['We will not', 'There are no plans to', 'It is too early to', 'Our partners agreed to'])} ${random.pick(['comment on', 'expand', 'discuss', 'review'])} the ${noun}` } : {}),
      ...judgements(disputes.length ? 'contested' : random.weighted(STATUSES, STATUSES.map((s) => STATUS_WEIGHTS[s])), random),
      ...(random.chance(0.3) ? { about: random.sample([...topics, ...countries, ...events], random.int(1, 2)).map((e) => e.id) } : {}),
      ...(disputes.length ? { disputes } : {}),
    });
  }

  const corrections: DigestData['corrections'] = [];
  for (let k = random.weighted([0, 1, 2, 3], [4, 3, 2, 1]); k > 0; k--) {
    const target = random.pick([...countries, ...officials]);
    const type = random.int(0, 2);
    if (type === 0) corrections.push({ seed: garble(random, target.name), correct: target.name, note: 'Misspelt throughout the copy.' });
    else if (type === 1) corrections.push({ seed: `${random.pick(MONTHS)} ${year + 1}`, correct: `${MONTHS[month - 1]} ${year}`, note: 'The copy’s date is a year late.' });
    else corrections.push({ seed: `${random.int(2, 9)}00 troops`, correct: `${random.int(2, 9)},000 troops`, ...(random.chance(0.5) ? {} : { note: 'A dropped zero in the copy.' }) });
  }

  const outletSlug = slugify(outlet.label);
  const data: DigestData = {
    title,
    summary: `${outlet.name} reports that ${writer.plain()}`,
    source: {
      outlet: outlet.name,
      headline: random.chance(0.5) ? `${primary.name}: ${noun} ${random.pick(['plan', 'deal', 'row', 'talks'])} ${random.pick(['moves ahead', 'stalls', 'draws criticism', 'under review'])}` : title.replace(/^./, (c) => c.toUpperCase()),
      authors,
      published,
      ...(dateForm !== 'day' && random.chance(0.6) ? { publishedApprox: true } : {}),
      ...(random.chance(0.7) ? { url: `https://${outletSlug}.example/${year}/${pad(month)}/${slugify(noun)}-${index + 1}` } : {}),
      kind,
      file: `${outletSlug}-${year}-${index + 1}.txt`,
      note: random.pick(KIND_NOTES[kind]),
    },
    countries: countries.map((c) => c.id),
    actors: actors.map((a) => a.id),
    topics: topics.map((t) => t.id),
    events: events.map((e) => e.id),
    claims,
    corrections,
  };

  const body = digestBody(random, writer, data, 470 + random.int(0, 330));

  state.digests.push({ id, title, claimIds: [...claimIds], events: events.map((e) => e.id), country: primary.id });
  for (const e of events) state.byEvent.set(e.id, [...(state.byEvent.get(e.id) ?? []), state.digests.length - 1]);

  const entries: Array<GeneratedEntry<DigestData> | GeneratedEntry<DisputeData>> = [{ folder: 'digests', id, data, body }];
  if (disputed && random.chance(0.3)) {
    const question = `Did ${subject} ${VERBS_BASE[verbIndex]} the ${noun}?`;
    const disputeId = state.claimId(`${slugify(`${subject} ${noun}`).split('-').slice(0, 5).join('-')}-dispute-${index + 1}`);
    const about = [...countries.slice(0, 2), ...topics.slice(0, 1)].map((e) => e.id);
    entries.push({
      folder: 'disputes',
      id: disputeId,
      data: {
        title: question,
        summary: `${outlet.name} and an earlier source disagree on what happened to the ${noun}.`,
        sides: [
          { position: `Yes, according to ${outlet.name}`, claims: [`${id}#${disputed.own}`] },
          { position: 'No, according to the earlier report', claims: [`${disputed.digest.id}#${disputed.claim}`] },
        ],
        about,
      },
      body: `[[${id}]] and [[${disputed.digest.id}]] give different accounts. ${writer.paragraph(2, 4)}\n`,
    });
  }
  return entries;
}

/** The Markdown body: the sections a digest has, filled to about `targetWords` words. */
function digestBody(random: Random, writer: ProseWriter, data: DigestData, targetWords: number): string {
  writer.words = 0;
  const sections: Array<{ title: string; blocks: string[] }> = [
    { title: random.pick(SECTION_TITLES.brief), blocks: [writer.paragraph(2, 4)] },
    { title: random.pick(SECTION_TITLES.source), blocks: [writer.paragraph(), writer.paragraph()] },
    { title: random.pick(SECTION_TITLES.points), blocks: [writer.list(random.chance(0.3))] },
    { title: random.pick(SECTION_TITLES.context), blocks: [writer.paragraph()] },
    { title: random.pick(SECTION_TITLES.reading), blocks: [writer.paragraph(2, 4)] },
    { title: random.pick(SECTION_TITLES.matters), blocks: [writer.paragraph(2, 3)] },
  ];
  if (random.chance(0.25)) sections[1]!.blocks.push(`> ${writer.sentence()}`);
  if (random.chance(0.12)) {
    const rows = Array.from({ length: random.int(2, 4) }, (_, i) => `| ${2010 + i * random.int(1, 4)} | ${random.int(40, 900)} | ${random.int(1, 60)} |`);
    sections[3]!.blocks.push(['| Year | Personnel | Cost (US$ million) |', '| --- | ---: | ---: |', ...rows].join('\n'));
  }
  if (data.source.url) sections[4]!.blocks.push(`The original is at [${data.source.outlet}](${data.source.url}).`);
  while (writer.words < targetWords) random.pick(sections.slice(1, 5)).blocks.push(writer.paragraph());
  return sections.map((s) => `## ${s.title}\n\n${s.blocks.join('\n\n')}`).join('\n\n') + '\n';
}

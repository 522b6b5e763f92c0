/**
 * The synthetic corpus: the registry's entities, then the digests and the
 * disputes they open, serialized exactly like files in content/.
 */
import { stringify } from 'yaml';
import { DigestState, generateDigest } from './digests.ts';
import { ProseWriter } from './prose.ts';
import { createRandom } from './random.ts';
import { buildRegistry, type Registry, type RegistryEntity } from './registry.ts';

export interface CorpusOptions {
  /** Number of digests to write. */
  digests: number;
  /** Any string; the same seed gives byte-identical files. */
  seed: string;
}

/** One content file: its path under the content root and its text. */
export interface CorpusFile {
  relativePath: string;
  text: string;
}

const FOLDER = { country: 'countries', actor: 'actors', topic: 'topics', event: 'events' } as const;

/** Front matter as the real content writes it: YAML, double-quoted strings, no line folding. */
export function toMarkdown(data: object, body: string): string {
  const yaml = stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n\n${body}`;
}

function related(registry: Registry, entity: RegistryEntity): RegistryEntity[] {
  const ids = new Set<string>();
  const extra = entity.extra as Record<string, unknown>;
  for (const key of ['countries', 'actors', 'topics', 'broader'] as const) {
    for (const id of (extra[key] as string[] | undefined) ?? []) ids.add(id);
  }
  for (const m of (extra.memberships as Array<{ org: string }> | undefined) ?? []) ids.add(m.org);
  for (const r of (extra.roles as Array<{ org?: string; country?: string }> | undefined) ?? []) {
    if (r.org) ids.add(r.org);
    if (r.country) ids.add(r.country);
  }
  if (entity.country) ids.add(entity.country);
  ids.delete(entity.id);
  return [...ids].map((id) => registry.byId.get(id)!);
}

function entityFile(seed: string, registry: Registry, entity: RegistryEntity): CorpusFile {
  const random = createRandom(`${seed}/entity/${entity.id}`);
  const near = related(registry, entity);
  const of = (type: RegistryEntity['type']) => near.filter((e) => e.type === type);
  const writer = new ProseWriter(random, registry, {
    countries: of('country'),
    actors: of('actor'),
    topics: of('topic'),
    events: of('event'),
    digests: [],
    year: entity.year ?? 2020,
  });
  const paragraphs = Array.from({ length: entity.type === 'country' ? 3 : random.int(1, 2) }, () => writer.paragraph(2, 4));
  const data = { name: entity.name, aliases: entity.aliases, summary: entity.summary, ...entity.extra };
  return { relativePath: `${FOLDER[entity.type]}/${entity.id}.md`, text: toMarkdown(data, `${paragraphs.join('\n\n')}\n`) };
}

/**
 * Every file of the corpus, entities first, then digests (and disputes) in
 * generation order. A generator, so 10,000 digests never sit in memory at once.
 */
export function* generateCorpus(options: Readonly<CorpusOptions>): Generator<CorpusFile> {
  if (!Number.isInteger(options.digests) || options.digests < 0) throw new RangeError('digests must be a whole number ≥ 0');
  const registry = buildRegistry(options.seed);
  for (const entity of registry.all) yield entityFile(options.seed, registry, entity);
  const state = new DigestState(registry);
  for (let i = 0; i < options.digests; i++) {
    for (const entry of generateDigest(options.seed, i, registry, state)) {
      yield { relativePath: `${entry.folder}/${entry.id}.md`, text: toMarkdown(entry.data, entry.body) };
    }
  }
}

/**
 * The draft digest written from a source file: the schema's skeleton with
 * what the source tells us filled in and marked "to verify", the entities it
 * names in the lists, and a comment block with each one's count and first
 * sentence, the entities suggested through the graph and the capitalized
 * names that match no entity.
 */
import { ENTITY_KINDS, KINDS } from '../kinds.ts';
import { SCHEMAS } from '../schema/index.ts';
import { defOf } from '../schema-shape.ts';
import { detectSourceFacts, type SourceFacts } from './detect.ts';
import type { IndexedEntity } from './entity-index.ts';
import { type CandidateName, findEntities, type FoundEntity } from './find-entities.ts';
import { relatedEntities, type RelatedEntity } from './related.ts';
import { type Filled, skeletonFile } from './skeleton.ts';

export interface Scaffold {
  /** The file to write. */
  text: string;
  facts: SourceFacts;
  /** Named in the source. */
  found: FoundEntity[];
  /** Suggested through the graph. */
  related: RelatedEntity[];
  candidates: CandidateName[];
}

/** How many candidate names the comment block lists. */
const MAX_CANDIDATES = 25;

const toVerify = (fact: { line: number; text: string }) => `to verify: line ${fact.line}, ${JSON.stringify(fact.text.slice(0, 80))}`;

/** Years from 1800 on that the text mentions, for dating the events it may be about. */
const yearsIn = (text: string) => new Set(text.match(/\b(?:18|19|20)\d\d\b/g) ?? []);

/** A draft digest for the source `text`, read from the file named `sourceFile`. */
export function scaffoldDigest(sourceFile: string, text: string, entities: readonly IndexedEntity[]): Scaffold {
  const facts = detectSourceFacts(text);
  const { entities: found, candidates } = findEntities(text, entities);
  const related = relatedEntities(new Set(found.map((f) => f.id)), entities, {
    published: facts.published?.value,
    yearsMentioned: yearsIn(text),
  });

  // An organization named on the first lines is usually the outlet or blog the page belongs to.
  const firstLines = text.split('\n').slice(0, 3).join('\n').length;
  const outlet =
    facts.outlet ??
    found
      .filter((f) => f.kind === 'actor' && f.at < firstLines)
      .map((f) => ({ value: entities.find((e) => e.id === f.id)!.names[0]!, line: text.slice(0, f.at).split('\n').length, text: f.sentence }))[0];

  const filled: Record<string, Filled> = { 'source.file': { value: sourceFile } };
  if (outlet) filled['source.outlet'] = { value: outlet.value, comment: toVerify(outlet) };
  if (facts.headline) filled['source.headline'] = { value: facts.headline.value, comment: toVerify(facts.headline) };
  if (facts.published) filled['source.published'] = { value: facts.published.value, comment: toVerify(facts.published) };
  if (facts.authors) filled['source.authors'] = { value: facts.authors.value, comment: toVerify(facts.authors) };

  const digestFields = defOf(SCHEMAS.digest).shape ?? {};
  const listed = new Set<string>();
  // A digest lists each kind it can be about under the kind's collection name ("countries").
  for (const type of ENTITY_KINDS) {
    const field = KINDS[type].collection;
    if (!(field in digestFields)) continue;
    const named = found.filter((f) => f.kind === type);
    const suggested = related.filter((r) => r.kind === type);
    for (const e of [...named, ...suggested]) listed.add(e.id);
    filled[field] = {
      value: [...named.map((f) => f.id), ...suggested.map((r) => r.id)],
      itemComments: [...named.map((f) => `×${f.count}`), ...suggested.map((r) => `not named; via ${r.via}`)],
    };
  }

  const comments = [
    'Found in the source: count and first sentence. Keep what the digest is about, link it',
    'in the body as [[id]], and delete this block before publishing.',
    ...found.map((f) => `  ${f.id} ×${f.count}: ${f.sentence}`),
    ...(related.length ? ['', 'Not named in the source, suggested through the entities it names:', ...related.map((r) => `  ${r.id}, via ${r.via}`)] : []),
    ...(candidates.length
      ? ['', 'Names that match no entity (candidates for new files: npm run new -- <kind> <id>):', ...candidates.slice(0, MAX_CANDIDATES).map((c) => `  ${c.name} ×${c.count}: ${c.sentence}`)]
      : []),
    ...found.filter((f) => !listed.has(f.id)).map((f) => `  (${f.kind} ${f.id} has no list in a digest's front matter)`),
  ];
  return { text: skeletonFile(SCHEMAS.digest, filled, comments), facts, found, related, candidates };
}

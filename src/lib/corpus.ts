/**
 * Parses a whole content tree into validated, rendered entries, and collects
 * every problem on the way. Pure: the caller supplies the files (see
 * corpus-fs.ts), so tests can build a corpus from strings.
 */
import type { z } from 'zod';
import { splitFrontMatter, lineOfField } from './front-matter.ts';
import { type ContentIssue, formatFieldPath } from './issues.ts';
import { createMarkdownProcessor, renderMarkdown, type RenderedMarkdown } from './markdown/pipeline.ts';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  type CollectionData,
  type CollectionName,
  ID_PATTERN,
} from './schema/index.ts';
import { didYouMean } from './suggest.ts';
import { entryUrl, type EntryKind } from './urls.ts';

/** A content file as read from disk. */
export interface SourceFile {
  /** Path relative to the project, used in every message (e.g. "content/digests/x.md"). */
  path: string;
  /** Path relative to the content root, e.g. "digests/x.md". */
  relativePath: string;
  text: string;
}

/** One validated, rendered content file. */
export interface Entry<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  /** Path relative to the project, for messages and "edit this page" links. */
  file: string;
  data: CollectionData[C];
  /** The Markdown body as written. */
  body: string;
  rendered: Omit<RenderedMarkdown, 'refusedMarkup'>;
}

export type Corpus = { [C in CollectionName]: Entry<C>[] };

export interface ParseResult {
  corpus: Corpus;
  issues: ContentIssue[];
}

/** The kind of page each collection's entries get. */
export const COLLECTION_KIND: Record<CollectionName, EntryKind> = {
  digests: 'digest',
  countries: 'country',
  actors: 'actor',
  topics: 'topic',
  events: 'event',
  disputes: 'dispute',
};

interface ParsedFile {
  collection: CollectionName;
  id: string;
  file: string;
  frontMatter: string;
  bodyLine: number;
  body: string;
  data: unknown;
}

/** Splits a relative path into its collection and id, or says why it cannot. */
function locate(file: SourceFile): { collection: CollectionName; id: string } | ContentIssue {
  const parts = file.relativePath.split('/');
  const collection = COLLECTION_NAMES.find((name) => COLLECTIONS[name].folder === parts[0]);
  if (!collection) {
    return { file: file.path, message: `"${parts[0]}" is not a content folder; use one of ${COLLECTION_NAMES.join(', ')}` };
  }
  if (parts.length !== 2) return { file: file.path, message: `content files sit directly in ${parts[0]}/, not in subfolders` };
  const name = parts[1]!;
  if (!name.endsWith('.md')) return { file: file.path, message: 'only .md files are read here; rename it to .md or move it out' };
  const id = name.slice(0, -'.md'.length);
  if (!ID_PATTERN.test(id)) {
    return {
      file: file.path,
      message: `file name "${id}" is not a valid id: use lowercase a-z, 0-9 and single hyphens (e.g. "xi-jinping.md")`,
    };
  }
  return { collection, id };
}

/** Reads one file's front matter and checks it against its collection's schema. */
function parseFile(file: SourceFile, issues: ContentIssue[]): ParsedFile | undefined {
  const place = locate(file);
  if ('message' in place) return void issues.push(place);
  const split = splitFrontMatter(file.text, file.path);
  if (Array.isArray(split)) return void issues.push(...split);
  const schema: z.ZodType = COLLECTIONS[place.collection].schema;
  const result = schema.safeParse(split.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path as PropertyKey[];
      issues.push({
        file: file.path,
        line: lineOfField(split.frontMatter, path) + 1,
        ...(path.length ? { field: formatFieldPath(path) } : {}),
        message: describeZodIssue(issue),
      });
    }
    return undefined;
  }
  return {
    ...place,
    file: file.path,
    frontMatter: split.frontMatter,
    bodyLine: split.bodyLine,
    body: split.body,
    data: result.data,
  };
}

/** Zod's messages, with the wording made plain for authors. */
function describeZodIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return 'is required';
  return issue.message;
}

/** Ids compared the way a file system or a reader might confuse them. */
const collisionKey = (name: string) => name.normalize('NFKC').toLowerCase();

function findDuplicateIds(files: SourceFile[], issues: ContentIssue[]): Set<string> {
  const byKey = new Map<string, string[]>();
  for (const file of files) {
    const name = file.relativePath.split('/').pop()!.replace(/\.md$/i, '');
    const key = collisionKey(name);
    byKey.set(key, [...(byKey.get(key) ?? []), file.path]);
  }
  const clashing = new Set<string>();
  for (const paths of byKey.values()) {
    if (paths.length < 2) continue;
    for (const path of paths) {
      clashing.add(path);
      const others = paths.filter((p) => p !== path).join(', ');
      issues.push({ file: path, message: `duplicate id: ${others} has the same id (ids are unique across all collections)` });
    }
  }
  return clashing;
}

/** Parses, validates and renders every file; problems are returned, not thrown. */
export function parseCorpus(files: readonly SourceFile[]): ParseResult {
  const issues: ContentIssue[] = [];
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const clashing = findDuplicateIds(sorted, issues);
  const parsed = sorted
    .filter((file) => !clashing.has(file.path))
    .map((file) => parseFile(file, issues))
    .filter((file): file is ParsedFile => file !== undefined);

  const byId = new Map(parsed.map((p) => [p.id, p]));
  // Ids of files that exist but failed above: their problems are already
  // reported, so references to them are not reported again as unknown.
  const failed = new Set(
    sorted.map((f) => f.relativePath.split('/').pop()!.replace(/\.md$/i, '')).filter((id) => !byId.has(id)),
  );
  const processor = createMarkdownProcessor({
    resolve: (id) => {
      const target = byId.get(id);
      return target && linkTarget(target);
    },
  });

  const corpus = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as Corpus;
  for (const entry of parsed) {
    let rendered: RenderedMarkdown;
    try {
      rendered = renderMarkdown(processor, entry.body, entry.bodyLine);
    } catch (error) {
      issues.push({ file: entry.file, line: entry.bodyLine, message: `body could not be rendered: ${(error as Error).message}` });
      continue;
    }
    for (const refused of rendered.refusedMarkup) issues.push({ file: entry.file, line: refused.line, field: 'body', message: refused.message });
    for (const link of rendered.entityLinks) {
      if (!link.resolved && !failed.has(link.id)) issues.push({ file: entry.file, line: link.line, field: 'body', message: `unknown id "${link.id}" in [[${link.id}]]${didYouMean(link.id, byId.keys())}` });
    }
    const { refusedMarkup: _, ...kept } = rendered;
    (corpus[entry.collection] as Entry[]).push({
      collection: entry.collection,
      id: entry.id,
      file: entry.file,
      data: entry.data as CollectionData[CollectionName],
      body: entry.body,
      rendered: kept,
    });
  }
  checkReferences(parsed, byId, failed, issues);
  return { corpus, issues };
}

function linkTarget(entry: ParsedFile) {
  const kind = COLLECTION_KIND[entry.collection];
  const data = entry.data as { name?: string; title?: string };
  return { url: entryUrl(kind, entry.id), name: data.name ?? data.title ?? entry.id, type: kind };
}

/** A reference in front matter: where it is, what it names, what it must be. */
interface Reference {
  path: PropertyKey[];
  id: string;
  expect: CollectionName;
}

const refs = (field: string, ids: readonly string[], expect: CollectionName, prefix: PropertyKey[] = []): Reference[] =>
  ids.map((id, i) => ({ path: [...prefix, field, i], id, expect }));

/** Every id a file's front matter refers to, with the collection it must be in. */
function referencesOf(entry: ParsedFile): Reference[] {
  switch (entry.collection) {
    case 'digests': {
      const d = entry.data as CollectionData['digests'];
      return [
        ...refs('countries', d.countries, 'countries'),
        ...refs('actors', d.actors, 'actors'),
        ...refs('topics', d.topics, 'topics'),
        ...refs('events', d.events, 'events'),
        ...d.claims.map((c, i) => ({ path: ['claims', i, 'by'], id: c.by, expect: 'actors' as const })),
      ];
    }
    case 'countries':
    case 'actors': {
      const e = entry.data as CollectionData['actors'] | CollectionData['countries'];
      const own: Reference[] = e.memberships.map((m, i) => ({ path: ['memberships', i, 'org'], id: m.org, expect: 'actors' }));
      if (entry.collection === 'countries') return own;
      const a = e as CollectionData['actors'];
      return [
        ...own,
        ...(a.country ? [{ path: ['country'], id: a.country, expect: 'countries' as const }] : []),
        ...a.roles.flatMap((r, i) => [
          ...(r.org ? [{ path: ['roles', i, 'org'], id: r.org, expect: 'actors' as const }] : []),
          ...(r.country ? [{ path: ['roles', i, 'country'], id: r.country, expect: 'countries' as const }] : []),
        ]),
      ];
    }
    case 'topics':
      return refs('broader', (entry.data as CollectionData['topics']).broader, 'topics');
    case 'events': {
      const e = entry.data as CollectionData['events'];
      return [...refs('countries', e.countries, 'countries'), ...refs('actors', e.actors, 'actors'), ...refs('topics', e.topics, 'topics')];
    }
    case 'disputes':
      return [];
  }
}


function checkReferences(parsed: ParsedFile[], byId: Map<string, ParsedFile>, failed: ReadonlySet<string>, issues: ContentIssue[]) {
  const idsIn = (collection: CollectionName) => parsed.filter((p) => p.collection === collection).map((p) => p.id);
  const claimIds = new Map<string, Set<string>>();
  for (const entry of parsed) {
    if (entry.collection !== 'digests') continue;
    const claims = (entry.data as CollectionData['digests']).claims;
    const ids = new Set<string>();
    claims.forEach((claim, i) => {
      if (ids.has(claim.id)) issues.push(at(entry, ['claims', i, 'id'], `duplicate claim id "${claim.id}" in this digest`));
      ids.add(claim.id);
    });
    claimIds.set(entry.id, ids);
  }

  const checkClaimRef = (entry: ParsedFile, path: PropertyKey[], ref: string) => {
    const [digestId, claimId] = ref.includes('#') ? ref.split('#') as [string, string] : [entry.id, ref];
    const claims = claimIds.get(digestId);
    if (!claims) {
      if (!failed.has(digestId)) issues.push(at(entry, path, `unknown digest "${digestId}" in "${ref}"${didYouMean(digestId, claimIds.keys())}`));
      return;
    }
    if (!claims.has(claimId)) issues.push(at(entry, path, `digest "${digestId}" has no claim "${claimId}"${didYouMean(claimId, claims)}`));
  };

  const checkAnyIds = (entry: ParsedFile, path: PropertyKey[], ids: readonly string[]) =>
    ids.forEach((id, i) => {
      if (!byId.has(id) && !failed.has(id)) issues.push(at(entry, [...path, i], `unknown id "${id}"${didYouMean(id, byId.keys())}`));
    });

  for (const entry of parsed) {
    for (const ref of referencesOf(entry)) {
      const target = byId.get(ref.id);
      if (target?.collection === ref.expect || (!target && failed.has(ref.id))) continue;
      const what = COLLECTION_KIND[ref.expect];
      const message = target
        ? `"${ref.id}" is ${withArticle(COLLECTION_KIND[target.collection])}, not ${withArticle(what)}`
        : `unknown ${what} "${ref.id}"${didYouMean(ref.id, idsIn(ref.expect))}`;
      issues.push(at(entry, ref.path, message));
    }
    if (entry.collection === 'digests') {
      (entry.data as CollectionData['digests']).claims.forEach((claim, i) => {
        claim.disputes.forEach((ref, j) => checkClaimRef(entry, ['claims', i, 'disputes', j], ref));
        checkAnyIds(entry, ['claims', i, 'about'], claim.about);
      });
    }
    if (entry.collection === 'disputes') {
      const dispute = entry.data as CollectionData['disputes'];
      dispute.sides.forEach((side, i) => side.claims.forEach((ref, j) => checkClaimRef(entry, ['sides', i, 'claims', j], ref)));
      checkAnyIds(entry, ['about'], dispute.about);
    }
  }
}

const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

function at(entry: ParsedFile, path: PropertyKey[], message: string): ContentIssue {
  return { file: entry.file, line: lineOfField(entry.frontMatter, path) + 1, field: formatFieldPath(path), message };
}

/**
 * Parses a whole content tree into validated, rendered entries, and collects
 * every problem on the way. Pure: the caller supplies the files (see
 * corpus-fs.ts), so tests can build a corpus from strings.
 */
import type { z } from 'zod';
import { isPlaceholder, placeholderLines, placeholderPaths, valueAt } from './authoring/placeholders.ts';
import { findFrontMatter, lineOfField, readFrontMatter } from './front-matter.ts';
import { type ContentIssue, formatFieldPath } from './issues.ts';
import { KINDS, KIND_NAMES, type Kind, kindOfCollection } from './kinds.ts';
import { createMarkdownProcessor, renderMarkdown, type RenderedMarkdown } from './markdown/pipeline.ts';
import { type LinkTable, resolverFor } from './markdown/link-table.ts';
import { ID_PATTERN, type KindData, referencesIn, SCHEMAS } from './schema/index.ts';
import { salvage } from './schema-shape.ts';
import { didYouMean, type NamesOf } from './suggest.ts';
import { entryUrl } from './urls.ts';

/** A content file as read from disk. */
export interface SourceFile {
  /** Path relative to the project, used in every message (e.g. "content/digests/x.md"). */
  path: string;
  /** Path relative to the content root, e.g. "digests/x.md". */
  relativePath: string;
  text: string;
}

/** One validated, rendered content file. */
export interface Entry<K extends Kind = Kind> {
  kind: K;
  id: string;
  /** Path relative to the project, for messages and "edit this page" links. */
  file: string;
  data: KindData[K];
  /** The Markdown body as written. */
  body: string;
  rendered: Omit<RenderedMarkdown, 'refusedMarkup'>;
}

export type Corpus = { [K in Kind]: Entry<K>[] };

export interface ParseResult {
  /** Everything that is published: drafts and files with a problem are not in it. */
  corpus: Corpus;
  issues: ContentIssue[];
  /** Files marked `draft: true`, checked but not published. */
  drafts: string[];
}

interface ParsedFile {
  kind: Kind;
  id: string;
  file: string;
  frontMatter: string;
  bodyLine: number;
  body: string;
  data: unknown;
  /** Marked `draft: true`: checked, placeholders allowed, never published. */
  draft: boolean;
  /** Failed its schema (already reported); `data` is what could be kept, so references are still checked. */
  salvaged: boolean;
}

/** Splits a relative path into its collection and id, or says why it cannot. */
function locate(file: SourceFile): { kind: Kind; id: string } | ContentIssue {
  const parts = file.relativePath.split('/');
  const kind = kindOfCollection(parts[0]!);
  if (!kind) {
    const folders = KIND_NAMES.map((k) => KINDS[k].collection).join(', ');
    return { file: file.path, message: `"${parts[0]}" is not a content folder; use one of ${folders}` };
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
  // An id becomes a URL segment next to the page numbers of lists (/digests/2/), so it needs a letter.
  if (/^[0-9-]+$/.test(id)) {
    return {
      file: file.path,
      message: `file name "${id}" has no letter: /${parts[0]}/${id}/ would clash with the numbered pages of a list; add a word (e.g. "report-${id}.md")`,
    };
  }
  return { kind, id };
}

/**
 * Reads one file's front matter and checks it against its collection's
 * schema. Front matter that an earlier parse read and found valid comes from
 * `known` instead (YAML and validation were most of a parse).
 */
function parseFile(file: SourceFile, issues: ContentIssue[], known?: FrontMatterStore): ParsedFile | undefined {
  const place = locate(file);
  if ('message' in place) return void issues.push(place);
  const block = findFrontMatter(file.text, file.path);
  if (Array.isArray(block)) return void issues.push(...block);
  const { frontMatter, body, bodyLine } = block;
  const valid = known?.get(place.kind, frontMatter);
  if (valid) {
    // Kept front matter had no problem, placeholders included; only the body can have one now.
    const draft = valid.draft === true;
    if (!draft) issues.push(...bodyPlaceholderIssues(file.path, body, bodyLine));
    return { ...place, file: file.path, frontMatter, bodyLine, body, draft, data: valid as KindData, salvaged: false };
  }
  const data = readFrontMatter(block, file.path);
  if (Array.isArray(data)) return void issues.push(...data);
  const schema: z.ZodType = SCHEMAS[place.kind];
  const draft = data.draft === true;
  const before = issues.length;
  if (!draft) issues.push(...placeholderIssues(file.path, frontMatter, data, body, bodyLine));
  const result = schema.safeParse(data);
  const parsed = { ...place, file: file.path, frontMatter, bodyLine, body, draft };
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path as PropertyKey[];
      // A placeholder is allowed in a draft and reported on its own in a published file.
      if (isPlaceholder(valueAt(data, path))) continue;
      if (issue.code === 'unrecognized_keys') {
        // One problem per unknown key, on the key's own line.
        for (const key of issue.keys) {
          const at = [...path, key];
          issues.push({ file: file.path, line: lineOfField(frontMatter, at) + 1, field: formatFieldPath(at), message: 'unknown field' });
        }
        continue;
      }
      issues.push({
        file: file.path,
        line: lineOfField(frontMatter, path) + 1,
        ...(path.length ? { field: formatFieldPath(path) } : {}),
        message: describeZodIssue(issue),
      });
    }
    return { ...parsed, data: salvage(schema, data), salvaged: true };
  }
  if (issues.length === before) known?.set(place.kind, frontMatter, result.data as Record<string, unknown>);
  return { ...parsed, data: result.data, salvaged: false };
}

const PLACEHOLDER_HINT = 'write it, or keep the file unpublished with "draft: true"';

/** Placeholders left in a file that is to be published. */
function placeholderIssues(file: string, frontMatter: string, data: unknown, body: string, bodyLine: number): ContentIssue[] {
  return [
    ...placeholderPaths(data).map((path) => ({
      file,
      line: lineOfField(frontMatter, path) + 1,
      ...(path.length ? { field: formatFieldPath(path) } : {}),
      message: `placeholder ${JSON.stringify(valueAt(data, path))}: ${PLACEHOLDER_HINT}`,
    })),
    ...bodyPlaceholderIssues(file, body, bodyLine),
  ];
}

/** Placeholder lines left in a body that is to be published. */
function bodyPlaceholderIssues(file: string, body: string, bodyLine: number): ContentIssue[] {
  return placeholderLines(body).map((offset) => ({ file, line: bodyLine + offset, field: 'body', message: `placeholder line: ${PLACEHOLDER_HINT}` }));
}

/** The message for a published file that refers to a draft. */
const draftReference = (id: string) => `"${id}" is a draft, so it is not published: publish it first, or remove the reference`;

/** Zod's messages, with the wording made plain for authors. */
function describeZodIssue(issue: z.core.$ZodIssue): string {
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

/**
 * Work kept between parses of the same tree by `npm run check -- --watch`
 * and the dev server, so that a save costs the files it changed rather than
 * the whole corpus: a file is read again only if its text changed, and a
 * body rendered again only if it or an entry it links changed.
 */
export interface CorpusCache {
  files: Map<string, { text: string; result: ParsedFile | undefined; issues: ContentIssue[] }>;
  bodies: Map<string, { key: string } & RenderedBody>;
  /** Rendered bodies kept across runs (a build's cache folder, see render-store-fs.ts), asked when `bodies` has none. */
  store?: RenderStore | undefined;
  /** Valid front matter kept across runs (front-matter-store-fs.ts), asked when `files` has no parse of a file. */
  frontMatter?: FrontMatterStore | undefined;
}

/** Front matter found valid by an earlier parse, by collection and exact text; only files with no problem at all are kept. */
export interface FrontMatterStore {
  get(kind: Kind, frontMatter: string): Record<string, unknown> | undefined;
  set(kind: Kind, frontMatter: string, data: Record<string, unknown>): void;
}

/** A rendered body with the link targets it was rendered against: valid while they resolve the same. */
export interface RenderedBody {
  links: readonly string[];
  targets: string;
  rendered: RenderedMarkdown;
}

/** A rendered body as a store gives it back: all but the HTML, which is read when first asked for. */
export interface StoredBody {
  links: readonly string[];
  targets: string;
  rendered: Omit<RenderedMarkdown, 'html'>;
  /** The HTML; undefined if it cannot be read back whole (the entry is then dropped). */
  html(): string | undefined;
}

/** Rendered bodies by key (the body and where it stands); what is kept is up to the store. */
export interface RenderStore {
  get(key: string): StoredBody | undefined;
  set(key: string, value: RenderedBody): void;
}

export const createCorpusCache = (store?: RenderStore, frontMatter?: FrontMatterStore): CorpusCache => ({ files: new Map(), bodies: new Map(), store, frontMatter });

function parseFileCached(file: SourceFile, issues: ContentIssue[], cache: CorpusCache | undefined): ParsedFile | undefined {
  const hit = cache?.files.get(file.path);
  if (hit?.text === file.text) {
    issues.push(...hit.issues);
    return hit.result;
  }
  const own: ContentIssue[] = [];
  const result = parseFile(file, own, cache?.frontMatter);
  cache?.files.set(file.path, { text: file.text, result, issues: own });
  issues.push(...own);
  return result;
}

/** What every step after reading the files needs: the files that parsed, and what links can name. */
interface Prepared {
  parsed: ParsedFile[];
  byId: Map<string, ParsedFile>;
  /** Ids of files that exist but failed to parse. */
  failed: Set<string>;
  links: LinkTable;
}

function prepare(files: readonly SourceFile[], issues: ContentIssue[], cache: CorpusCache | undefined): Prepared {
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const clashing = findDuplicateIds(sorted, issues);
  const parsed = sorted
    .filter((file) => !clashing.has(file.path))
    .map((file) => parseFileCached(file, issues, cache))
    .filter((file): file is ParsedFile => file !== undefined);
  if (cache) {
    const present = new Set(sorted.map((f) => f.path));
    for (const path of cache.files.keys()) if (!present.has(path)) cache.files.delete(path);
  }
  const byId = new Map(parsed.filter((p) => !p.salvaged).map((p) => [p.id, p]));
  // Ids of files that exist but failed above: their problems are already
  // reported, so references to them are not reported again as unknown.
  const failed = new Set(
    sorted.map((f) => f.relativePath.split('/').pop()!.replace(/\.md$/i, '')).filter((id) => !byId.has(id)),
  );
  const links: LinkTable = {
    targets: new Map([...byId].map(([id, entry]) => [id, linkTarget(entry)])),
    drafts: new Set([...byId.values()].filter((p) => p.draft).map((p) => p.id)),
  };
  return { parsed, byId, failed, links };
}

/** A body's cache key: the body and where it stands. */
const renderKey = (entry: ParsedFile) => `${entry.draft}:${entry.bodyLine}:${entry.body}`;

/** The body's render from memory or the store, if one is still valid for these link targets. */
function cachedRender(entry: ParsedFile, links: LinkTable, cache: CorpusCache | undefined): RenderedMarkdown | undefined {
  if (!cache) return undefined;
  const resolve = resolverFor(links, entry.draft);
  const key = renderKey(entry);
  const stillValid = (body: Pick<RenderedBody, 'links' | 'targets'> | undefined) => body !== undefined && JSON.stringify(body.links.map(resolve)) === body.targets;
  const hit = cache.bodies.get(entry.file);
  if (hit?.key === key && stillValid(hit)) return hit.rendered;
  const stored = cache.store?.get(key);
  if (!stored || !stillValid(stored)) return undefined;
  const rendered = withStoredHtml(stored, () => {
    // The stored HTML was damaged after its entry was read: render it again, and store it whole.
    const fresh = renderMarkdown(createMarkdownProcessor({ resolve }), entry.body, entry.bodyLine);
    keep(cache, entry.file, key, entry.draft, links, fresh);
    return fresh.html;
  });
  cache.bodies.set(entry.file, { key, links: stored.links, targets: stored.targets, rendered });
  return rendered;
}

/**
 * A stored render whose HTML is read from the store when a page first
 * shows it. A rebuild shows a few bodies; reading and keeping every one
 * was a third of the store's bytes and of its reading time.
 */
function withStoredHtml(stored: StoredBody, renderAgain: () => string): RenderedMarkdown {
  let html: string | undefined;
  return Object.defineProperty({ ...stored.rendered } as RenderedMarkdown, 'html', {
    enumerable: true,
    get: () => (html ??= stored.html() ?? renderAgain()),
  });
}

/** The render without its refused markup, its HTML still read only when asked for (a spread would read it). */
function published(rendered: RenderedMarkdown): Entry['rendered'] {
  const { refusedMarkup: _, ...properties } = Object.getOwnPropertyDescriptors(rendered);
  return Object.defineProperties({}, properties) as Entry['rendered'];
}

/** Keeps a fresh render in memory and in the store, with the link targets it was rendered against. */
function keep(cache: CorpusCache | undefined, file: string, key: string, draft: boolean, links: LinkTable, rendered: RenderedMarkdown) {
  const resolve = resolverFor(links, draft);
  const ids = [...new Set(rendered.entityLinks.map((l) => l.id))];
  const body = { links: ids, targets: JSON.stringify(ids.map(resolve)), rendered };
  cache?.bodies.set(file, { key, ...body });
  cache?.store?.set(key, body);
}

/** A body to render, with what a worker thread needs to render it. */
export interface RenderJob {
  file: string;
  key: string;
  body: string;
  bodyLine: number;
  draft: boolean;
}

/** The bodies a parse would have to render, and the link table to render them against. */
export interface RenderPlan {
  jobs: RenderJob[];
  links: LinkTable;
}

/**
 * The bodies of `files` that have no valid render in `cache` (in memory or
 * in its store). Render them elsewhere (see render-pool-fs.ts), hand each
 * back with `keepRendered`, and parseCorpus with the same cache renders
 * none of them again.
 */
export function planRenders(files: readonly SourceFile[], cache: CorpusCache): RenderPlan {
  const { parsed, links } = prepare(files, [], cache);
  const jobs: RenderJob[] = [];
  for (const entry of parsed) {
    if (cachedRender(entry, links, cache)) continue;
    jobs.push({ file: entry.file, key: renderKey(entry), body: entry.body, bodyLine: entry.bodyLine, draft: entry.draft });
  }
  return { jobs, links };
}

/** Keeps a body of a plan rendered elsewhere, as if parseCorpus had rendered it. */
export function keepRendered(cache: CorpusCache, plan: RenderPlan, job: RenderJob, rendered: RenderedMarkdown): void {
  keep(cache, job.file, job.key, job.draft, plan.links, rendered);
}

/** Parses, validates and renders every file; problems are returned, not thrown. */
export function parseCorpus(files: readonly SourceFile[], cache?: CorpusCache): ParseResult {
  const issues: ContentIssue[] = [];
  const { parsed, byId, failed, links } = prepare(files, issues, cache);
  const drafts = new Set(parsed.filter((p) => p.draft).map((p) => p.id));
  const namesOf: NamesOf = (id) => {
    const data = byId.get(id)?.data as { name?: string; aliases?: string[] } | undefined;
    return data?.name ? [data.name, ...(data.aliases ?? [])] : undefined;
  };
  const processor = createMarkdownProcessor({ resolve: resolverFor(links, false) });
  const draftProcessor = createMarkdownProcessor({ resolve: resolverFor(links, true) });
  const render = (entry: ParsedFile): RenderedMarkdown => {
    const cached = cachedRender(entry, links, cache);
    if (cached) return cached;
    const rendered = renderMarkdown(entry.draft ? draftProcessor : processor, entry.body, entry.bodyLine);
    keep(cache, entry.file, renderKey(entry), entry.draft, links, rendered);
    return rendered;
  };

  const corpus = Object.fromEntries(KIND_NAMES.map((kind) => [kind, []])) as unknown as Corpus;
  for (const entry of parsed) {
    let rendered: RenderedMarkdown;
    try {
      rendered = render(entry);
    } catch (error) {
      issues.push({ file: entry.file, line: entry.bodyLine, message: `body could not be rendered: ${(error as Error).message}` });
      continue;
    }
    for (const refused of rendered.refusedMarkup) issues.push({ file: entry.file, line: refused.line, field: 'body', message: refused.message });
    for (const link of rendered.entityLinks) {
      if (link.resolved) continue;
      if (drafts.has(link.id) && !entry.draft) issues.push({ file: entry.file, line: link.line, field: 'body', message: `${draftReference(link.id)} ([[${link.id}]])` });
      else if (!failed.has(link.id)) issues.push({ file: entry.file, line: link.line, field: 'body', message: `unknown id "${link.id}" in [[${link.id}]]${didYouMean(link.id, byId.keys(), namesOf)}` });
    }
    if (entry.salvaged || entry.draft) continue;
    (corpus[entry.kind] as Entry[]).push({
      kind: entry.kind,
      id: entry.id,
      file: entry.file,
      data: entry.data as KindData[Kind],
      body: entry.body,
      rendered: published(rendered),
    });
  }
  checkReferences(parsed, byId, failed, issues, drafts, namesOf);
  return { corpus: withoutReported(corpus, issues), issues, drafts: parsed.filter((p) => p.draft).map((p) => p.file) };
}

/**
 * A file is either published or reported, never both: a problem in a body or
 * a reference is found after the entry was collected, so it is taken out here
 * and the "valid so far" counts stay honest.
 */
function withoutReported(corpus: Corpus, issues: readonly ContentIssue[]): Corpus {
  if (!issues.length) return corpus;
  const reported = new Set(issues.map((issue) => issue.file));
  const byKind = corpus as unknown as Record<Kind, Entry[]>;
  for (const kind of KIND_NAMES) byKind[kind] = byKind[kind].filter((entry) => !reported.has(entry.file));
  return corpus;
}

/** What a `[[id]]` link to the entry shows: with the body, all a rendered body depends on (besides the pipeline). */
export function linkTarget(entry: Pick<ParsedFile, 'kind' | 'id' | 'data'>) {
  const data = entry.data as { name?: string; title?: string };
  return { url: entryUrl(entry.kind, entry.id), name: data.name ?? data.title ?? entry.id, type: entry.kind };
}

/**
 * Checks every reference the schemas declare (see schema/refs.ts): an id
 * names an entry of an allowed kind, a claim reference names a claim.
 */
function checkReferences(
  parsed: ParsedFile[],
  byId: Map<string, ParsedFile>,
  failed: ReadonlySet<string>,
  issues: ContentIssue[],
  drafts: ReadonlySet<string>,
  namesOf: NamesOf,
) {
  const claimIds = new Map<string, Set<string>>();
  for (const entry of parsed) {
    if (entry.kind !== 'digest') continue;
    const ids = new Set<string>();
    (entry.data as KindData['digest']).claims.forEach((claim, i) => {
      // A claim that failed its schema may have no id; that is already reported.
      if (typeof claim.id !== 'string') return;
      if (ids.has(claim.id)) issues.push(at(entry, ['claims', i, 'id'], `duplicate claim id "${claim.id}" in this digest`));
      ids.add(claim.id);
    });
    claimIds.set(entry.id, ids);
  }
  const idsOfKinds = (kinds: readonly Kind[]) => parsed.filter((p) => kinds.includes(p.kind)).map((p) => p.id);

  for (const entry of parsed) {
    for (const found of referencesIn(SCHEMAS[entry.kind], entry.data)) {
      const { path, value, meta } = found;
      if ('claim' in meta.target) {
        const [digestId, claimId] = value.includes('#') ? (value.split('#') as [string, string]) : [entry.id, value];
        const claims = claimIds.get(digestId);
        if (drafts.has(digestId) && !entry.draft) {
          issues.push(at(entry, path, draftReference(digestId)));
        } else if (!claims) {
          if (!failed.has(digestId)) issues.push(at(entry, path, `unknown digest "${digestId}" in "${value}"${didYouMean(digestId, claimIds.keys())}`));
        } else if (!claims.has(claimId)) {
          issues.push(at(entry, path, `digest "${digestId}" has no claim "${claimId}"${didYouMean(claimId, claims)}`));
        }
        continue;
      }
      const { kinds } = meta.target;
      if (drafts.has(value) && !entry.draft) {
        issues.push(at(entry, path, draftReference(value)));
        continue;
      }
      const target = byId.get(value);
      if ((target && kinds.includes(target.kind)) || (!target && failed.has(value))) continue;
      const expected = kinds.length === 1 ? KINDS[kinds[0]!].one.toLowerCase() : undefined;
      const message = !target
        ? `unknown ${expected ?? 'id'} "${value}"${didYouMean(value, idsOfKinds(kinds), namesOf)}`
        : `"${value}" is ${withArticle(KINDS[target.kind].one.toLowerCase())}, not ${expected ? withArticle(expected) : `one of: ${kinds.join(', ')}`}`;
      issues.push(at(entry, path, message));
    }
    if (entry.kind === 'digest') {
      (entry.data as KindData['digest']).claims.forEach((claim, i) => {
        const self = `${entry.id}#${claim.id}`;
        if (claim.evidence.some((e) => 'claim' in e && fullClaimRefOf(e.claim, entry.id) === self)) {
          issues.push(at(entry, ['claims', i, 'evidence'], `claim "${claim.id}" cannot be its own evidence`));
        }
      });
    }
  }
}

const fullClaimRefOf = (ref: string, digestId: string) => (ref.includes('#') ? ref : `${digestId}#${ref}`);

const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

function at(entry: ParsedFile, path: PropertyKey[], message: string): ContentIssue {
  return { file: entry.file, line: lineOfField(entry.frontMatter, path) + 1, field: formatFieldPath(path), message };
}

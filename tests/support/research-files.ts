/**
 * Reads back what the build writes for researchers (citation files, CSV
 * tables, Highwire tags, preview data) with parsers other than our writers,
 * and compares every field with the content it came from. Used on the real
 * build (e2e) and on a build of hostile content (unit/hostile).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml } from 'parse5';
import { expect } from 'vitest';
import { highwireDate } from '../../src/lib/cite/highwire.ts';
import type { EntityGraph } from '../../src/lib/graph.ts';
import { claimAnchor, claimUrl, entryUrl } from '../../src/lib/urls.ts';
import { SITE } from '../../src/lib/seo/site.ts';

type CslRecord = Record<string, unknown> & { title?: string; note?: string; URL?: string; author?: Array<Record<string, string>> };

/** What a reader of the file should recover: title, description, URL, date, author. */
export interface CitedThing {
  title: string;
  url: string;
  /** Appears in the note: the source's outlet and headline. */
  mentions: string[];
  digested?: string | undefined;
}

/** Everything citable in the graph, by the path stem of its files. */
export function citedThings(graph: EntityGraph, origin: string): Map<string, CitedThing> {
  const out = new Map<string, CitedThing>();
  for (const digest of graph.digests) {
    const { source, digested } = digest.data;
    const mentions = [source.outlet, source.headline];
    out.set(digest.id, { title: digest.data.title, url: new URL(entryUrl('digest', digest.id), origin).href, mentions, digested });
    for (const claim of digest.data.claims) {
      out.set(`${digest.id}/${claim.id}`, {
        title: claim.text,
        url: new URL(claimUrl(digest.id, claim.id), origin).href,
        mentions: [...mentions, digest.data.title],
        digested,
      });
    }
  }
  return out;
}

/** The CSL date of a parsed record as "YYYY-MM-DD". */
const dateOf = (record: CslRecord) =>
  ((record.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0] ?? []).map((n, i) => (i ? String(n).padStart(2, '0') : String(n))).join('-');

/** Checks one record parsed back from a file against what it cites. */
function expectRecord(record: CslRecord | undefined, thing: CitedThing, file: string) {
  expect(record, `${file} holds a record`).toBeDefined();
  expect(record!.title, `${file} title`).toBe(thing.title);
  expect(record!.URL, `${file} URL`).toBe(thing.url);
  for (const m of thing.mentions) expect(record!.note ?? '', `${file} names the source`).toContain(m);
  const author = record!.author?.[0];
  expect(author?.literal ?? author?.family, `${file} author`).toBe(SITE.name);
  if (thing.digested) expect(dateOf(record!), `${file} date`).toBe(thing.digested);
}

/** The download links of every section of a digest's cite page: section id → file name → address. */
function citePageFiles(dist: string, digestId: string): Map<string, Map<string, string>> {
  const html = readFileSync(join(dist, entryUrl('digest', digestId), 'cite', 'index.html'), 'utf8');
  const attr = (node: HtmlNode, name: string) => node.attrs?.find((a) => a.name === name)?.value;
  const out = new Map<string, Map<string, string>>();
  for (const section of walk(parseHtml(html) as unknown as HtmlNode)) {
    if (section.tagName !== 'section' || !attr(section, 'class')?.includes('cite-target')) continue;
    const files = new Map<string, string>();
    for (const a of walk(section)) if (a.tagName === 'a' && attr(a, 'download') !== undefined) files.set(attr(a, 'download')!, attr(a, 'href')!);
    out.set(attr(section, 'id')!, files);
  }
  return out;
}

/**
 * The text of a citation file as a reader downloads it from the digest's
 * cite page: the `data:` address of the link that saves it under
 * `<digest>.<ext>` or `<digest>_<claim>.<ext>`.
 */
function citationFileText(pages: Map<string, Map<string, string>>, stem: string, ext: 'bib' | 'ris' | 'json'): string {
  const [digestId, claimId] = stem.split('/') as [string, string | undefined];
  const name = claimId === undefined ? `${digestId}.${ext}` : `${digestId}_${claimId}.${ext}`;
  const href = pages.get(claimId === undefined ? 'digest' : claimAnchor(claimId))?.get(name);
  expect(href, `the cite page of ${digestId} offers ${name}`).toBeDefined();
  const match = /^data:([^;,]+);charset=utf-8,(.*)$/s.exec(href!);
  expect(match, `${name} is a data: address`).not.toBeNull();
  return decodeURIComponent(match![2]!);
}

/** Parses every citation file the cite pages offer and compares it with the content; returns how many were read. */
export function checkCitationFiles(dist: string, graph: EntityGraph, origin: string): number {
  let read = 0;
  const pages = new Map(graph.digests.map((d) => [d.id, citePageFiles(dist, d.id)]));
  for (const [stem, thing] of citedThings(graph, origin)) {
    const files = pages.get(stem.split('/')[0]!)!;
    const bib = citationFileText(files, stem, 'bib');
    expectRecord(new Cite(bib).data[0] as CslRecord, thing, `${stem}.bib`);
    const ris = citationFileText(files, stem, 'ris');
    expectRecord(new Cite(ris).data[0] as CslRecord, thing, `${stem}.ris`);
    const csl = JSON.parse(citationFileText(files, stem, 'json')) as CslRecord[];
    expect(csl).toHaveLength(1);
    expectRecord(csl[0], thing, `${stem}.json`);
    // The CSL-JSON also names the original field by field.
    expect(csl[0]!['original-title'], `${stem}.json original-title`).toBe(thing.mentions[1]);
    expect(csl[0]!['original-publisher'], `${stem}.json original-publisher`).toBe(thing.mentions[0]);
    read += 3;
  }
  return read;
}

/** A CSV file parsed by csv-parse, strictly (RFC 4180 quoting, same field count on every line). */
export function readCsv(file: string): Array<Record<string, string>> {
  const text = readFileSync(file, 'utf8');
  expect(text.charCodeAt(0), `${file} has no byte order mark`).not.toBe(0xfeff);
  expect(text.endsWith('\r\n'), `${file} ends its last record with CRLF`).toBe(true);
  return parseCsv(text, { columns: true, record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false, skip_empty_lines: false });
}

/** The value a spreadsheet would be given, once the formula guard is taken off. */
export const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** A cell as written: lists joined with "; ", formula-leading text guarded. */
export function expectCell(cell: string | undefined, value: string | readonly string[] | number | boolean | undefined, where: string) {
  const expected = value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  expect(cell, where).toBe(/^[=+\-@\t\r]/.test(expected) && typeof value !== 'number' ? `'${expected}` : expected);
}

/** Checks the three CSV tables against the graph; returns how many rows were read. */
export function checkCsvFiles(dist: string, graph: EntityGraph, origin: string): number {
  const events = readCsv(join(dist, 'data/events.csv'));
  expect(events.map((r) => r.id)).toEqual(graph.timeline.map((e) => e.id));
  for (const [i, event] of graph.timeline.entries()) {
    const row = events[i]!;
    const at = `events.csv row ${i + 2}`;
    expectCell(row.name, event.data.name, `${at} name`);
    expectCell(row.date, event.data.date, `${at} date`);
    expectCell(row.summary, event.data.summary, `${at} summary`);
    expectCell(row.countries, event.data.countries, `${at} countries`);
    expectCell(row.url, new URL(entryUrl('event', event.id), origin).href, `${at} url`);
  }
  const claims = readCsv(join(dist, 'data/claims.csv'));
  const expected = graph.digests.flatMap((d) => d.data.claims.map((claim) => ({ digest: d, claim })));
  expect(claims.map((r) => `${r.digest}#${r.claim}`)).toEqual(expected.map(({ digest, claim }) => `${digest.id}#${claim.id}`));
  for (const [i, { digest, claim }] of expected.entries()) {
    const row = claims[i]!;
    const at = `claims.csv row ${i + 2}`;
    expectCell(row.text, claim.text, `${at} text`);
    expectCell(row.quote, claim.quote, `${at} quote`);
    expectCell(row.by, claim.by, `${at} by`);
    expectCell(row.attribution, claim.attribution, `${at} attribution`);
    expectCell(row.substance, claim.substance, `${at} substance`);
    expect(row.evidence ? row.evidence.split('; ').length : 0, `${at} evidence`).toBe(claim.evidence.length);
    expectCell(row.by_name, graph.entities.get(claim.by)?.name, `${at} by_name`);
    expectCell(row.source_outlet, digest.data.source.outlet, `${at} source_outlet`);
    expectCell(row.url, new URL(claimUrl(digest.id, claim.id), origin).href, `${at} url`);
  }
  const entities = readCsv(join(dist, 'data/entities.csv'));
  const records = [...graph.entities.values()];
  expect(entities.map((r) => r.id)).toEqual(records.map((e) => e.id));
  for (const [i, e] of records.entries()) {
    const row = entities[i]!;
    const at = `entities.csv row ${i + 2}`;
    expectCell(row.name, e.name, `${at} name`);
    expectCell(row.type, e.kind, `${at} type`);
    expectCell(row.aliases, e.aliases, `${at} aliases`);
    expectCell(row.summary, e.summary, `${at} summary`);
    expectCell(row.digests, graph.backlinks(e.id).length, `${at} digests`);
  }
  return events.length + claims.length + entities.length;
}

type HtmlNode = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: HtmlNode[] };
function* walk(node: HtmlNode): Generator<HtmlNode> {
  yield node;
  for (const child of node.childNodes ?? []) yield* walk(child);
}

/**
 * What a reference manager reading embedded metadata (as Zotero's
 * "Embedded Metadata" translator does with Highwire tags) saves from a page:
 * title, creators, date, publisher, URL, language.
 */
export function readHighwire(html: string) {
  const tags = new Map<string, string[]>();
  for (const node of walk(parseHtml(html) as unknown as HtmlNode)) {
    if (node.tagName !== 'meta') continue;
    const name = node.attrs?.find((a) => a.name === 'name')?.value;
    const content = node.attrs?.find((a) => a.name === 'content')?.value;
    if (!name?.startsWith('citation_') || content === undefined) continue;
    tags.set(name, [...(tags.get(name) ?? []), content]);
  }
  const one = (name: string) => tags.get(name)?.[0];
  return {
    title: one('citation_title'),
    creators: tags.get('citation_author') ?? [],
    date: one('citation_publication_date') ?? one('citation_date'),
    publisher: one('citation_publisher'),
    url: one('citation_public_url') ?? one('citation_abstract_html_url'),
    language: one('citation_language'),
  };
}

/** Checks the Highwire tags of every digest page; returns how many pages were read. */
export function checkHighwire(dist: string, graph: EntityGraph, origin: string): number {
  for (const digest of graph.digests) {
    const html = readFileSync(join(dist, entryUrl('digest', digest.id), 'index.html'), 'utf8');
    const saved = readHighwire(html);
    expect(saved.title, digest.id).toBe(digest.data.title);
    expect(saved.creators, digest.id).toEqual([SITE.name]);
    expect(saved.publisher, digest.id).toBe(SITE.name);
    expect(saved.url, digest.id).toBe(new URL(entryUrl('digest', digest.id), origin).href);
    if (digest.data.digested) expect(saved.date, digest.id).toBe(highwireDate(digest.data.digested));
  }
  return graph.digests.length;
}

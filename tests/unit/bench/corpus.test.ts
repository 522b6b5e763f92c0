import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CorpusFile, generateCorpus } from '../../../bench/corpus/generate.ts';
import { createRandom } from '../../../bench/corpus/random.ts';
import { writeCorpus } from '../../../bench/corpus/write.ts';
import { parseCorpus } from '../../../src/lib/corpus.ts';
import { checkContent } from '../../../src/lib/corpus-fs.ts';
import { splitFrontMatter } from '../../../src/lib/front-matter.ts';
import type { Digest } from '../../../src/lib/schema/index.ts';

const generate = (digests: number, seed = 'test'): CorpusFile[] => [...generateCorpus({ digests, seed })];
const toSource = (files: CorpusFile[]) =>
  files.map((f) => ({ path: `content/${f.relativePath}`, relativePath: f.relativePath, text: f.text }));

describe('createRandom', () => {
  it('gives the same sequence for the same stream and a different one otherwise', () => {
    const draw = (stream: string) => {
      const r = createRandom(stream);
      return Array.from({ length: 20 }, () => r.int(0, 1000));
    };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
  });

  it('keeps int() within its bounds, both ends reachable', () => {
    const r = createRandom('bounds');
    const seen = new Set(Array.from({ length: 2000 }, () => r.int(3, 7)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });
});

describe('generateCorpus', () => {
  const corpus = generate(60);
  const { corpus: parsed, issues } = parseCorpus(toSource(corpus));

  it('writes a tree that the site parser accepts without a single problem', () => {
    expect(issues).toEqual([]);
    expect(parsed.digest).toHaveLength(60);
  });

  it('is byte-identical for the same seed and differs for another', () => {
    expect(generate(60)).toEqual(corpus);
    const other = generate(60, 'other');
    expect(other.map((f) => f.text).join('')).not.toBe(corpus.map((f) => f.text).join(''));
  });

  it('makes a smaller corpus the prefix of a larger one with the same seed', () => {
    const small = generate(20);
    const asText = (files: CorpusFile[]) => new Map(files.map((f) => [f.relativePath, f.text]));
    const large = asText(corpus);
    for (const file of small) expect(large.get(file.relativePath)).toBe(file.text);
  });

  it('holds a registry of a few hundred entities with aliases in Latin, Cyrillic and Chinese', () => {
    const entities = [...parsed.country, ...parsed.actor, ...parsed.topic, ...parsed.event];
    expect(entities.length).toBeGreaterThanOrEqual(300);
    const aliases = entities.flatMap((e) => e.data.aliases);
    expect(aliases.some((a) => /\p{Script=Cyrillic}/u.test(a))).toBe(true);
    expect(aliases.some((a) => /\p{Script=Han}/u.test(a))).toBe(true);
    expect(aliases.some((a) => /^[A-Za-z][A-Za-z -]+$/.test(a))).toBe(true);
    expect(parsed.country.filter((c) => c.data.centralAsia)).toHaveLength(5);
  });

  it('writes digests of realistic length with 3 to 8 claims, entity links and corrections', () => {
    for (const digest of parsed.digest) {
      const words = digest.body.replace(/\[\[[^\]|]*\|?/g, '').split(/\s+/).filter((w) => /\w/.test(w)).length;
      expect(words).toBeGreaterThanOrEqual(450);
      expect(words).toBeLessThanOrEqual(1000);
      const data = digest.data as Digest;
      expect(data.claims.length).toBeGreaterThanOrEqual(3);
      expect(data.claims.length).toBeLessThanOrEqual(8);
      expect(digest.rendered.entityLinks.filter((l) => l.resolved).length).toBeGreaterThan(5);
      expect(digest.rendered.headings.length).toBeGreaterThanOrEqual(5);
    }
    const all = parsed.digest.map((d) => d.data as Digest);
    expect(all.some((d) => d.corrections.length > 0)).toBe(true);
    expect(all.some((d) => d.claims.some((c) => c.disputes.some((r) => r.includes('#'))))).toBe(true);
    expect(parsed.dispute.length).toBeGreaterThan(0);
  });

  it('writes front matter the way content/ does: YAML with quoted strings', () => {
    const digest = corpus.find((f) => f.relativePath.startsWith('digests/'))!;
    expect(digest.text).toMatch(/^---\ntitle: "[^"\n]+"\nsummary: /);
    const split = splitFrontMatter(digest.text, digest.relativePath);
    expect(Array.isArray(split)).toBe(false);
  });
});

describe('writeCorpus', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  // Disk and a full parse: allow for a busy machine.
  it('replaces the folder with a corpus that checkContent reads from disk without problems', { timeout: 30_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpus-test-'));
    dirs.push(dir);
    await writeFile(join(dir, 'stray.md'), 'left over');
    const { files } = await writeCorpus(dir, { digests: 5, seed: 'disk' });
    const { issues, corpus } = await checkContent(dir, dir);
    expect(issues).toEqual([]);
    expect(corpus.digest).toHaveLength(5);
    const written = await readdir(dir, { recursive: true });
    expect(written.filter((p) => p.endsWith('.md'))).toHaveLength(files);
    const first = generate(5, 'disk')[0]!;
    expect(await readFile(join(dir, first.relativePath), 'utf8')).toBe(first.text);
  });
});

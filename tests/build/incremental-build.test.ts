/**
 * Incremental builds give the same site as a clean build. A digest is edited
 * between two builds that share Astro's cache: the second build must equal,
 * byte for byte, a build of the edited content from an empty cache; the
 * pages that show the digest must change, and the others be restored from
 * the cache, not rendered again. A damaged cache is ignored, not trusted,
 * and a rebuild with nothing changed takes its page keys from the one before.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { contentTree, edit } from '../support/content-tree.ts';
import { astroBuild, tempDir, writeContent } from '../support/site-build.ts';

/** Every file of a built site, by path, as bytes. */
function snapshot(dist: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dist, path), readFileSync(path));
  }
  return files;
}

/** Paths whose bytes differ between two sites, or that only one has. */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => !a.get(p)?.equals(b.get(p) ?? Buffer.alloc(0)) || !b.has(p)).sort();
}

const restoredPages = (log: string) => log.split('\n').filter((line) => line.includes('(restored)')).length;

const OLD_TITLE = 'title: The Pact says it was ready to help';
const NEW_TITLE = 'title: The Pact now says it stood ready';
/** The default build: a preview card per page, so the cards' keys are tested too. */
const WITH_CARDS = { PREVIEW_IMAGES: 'all' };
const EDITED = edit('digests/herald-pact-ready.md', OLD_TITLE, NEW_TITLE);

describe('an incremental build after editing one digest', { timeout: 300_000 }, () => {
  const root = tempDir('incremental');
  const content = join(root, 'content');
  const cacheDir = join(root, 'cache');
  let before: Map<string, Buffer>;
  let after: Map<string, Buffer>;
  let clean: Map<string, Buffer>;
  let incrementalLog = '';

  beforeAll(() => {
    writeContent(content, contentTree());
    const first = astroBuild({ content, dist: join(root, 'first'), cacheDir, env: WITH_CARDS });
    expect(first.status, first.stderr).toBe(0);
    before = snapshot(first.dist);

    writeContent(content, contentTree(EDITED));
    const second = astroBuild({ content, dist: join(root, 'second'), cacheDir, env: WITH_CARDS });
    expect(second.status, second.stderr).toBe(0);
    incrementalLog = second.stdout;
    after = snapshot(second.dist);

    const fresh = astroBuild({ content, dist: join(root, 'clean'), env: WITH_CARDS });
    expect(fresh.status, fresh.stderr).toBe(0);
    clean = snapshot(fresh.dist);
  }, 300_000);

  test('gives byte for byte the site a build from an empty cache gives', () => {
    expect(differences(after, clean)).toEqual([]);
  });

  test('changes every page that shows the digest', () => {
    const changed = differences(before, after);
    for (const page of [
      'digests/herald-pact-ready/index.html',
      'countries/freedonia/index.html',
      'actors/test-pact/index.html',
      'places/porto-chico/index.html',
      'digests/index.html',
      'og/digests/herald-pact-ready.png',
    ]) {
      expect(changed).toContain(page);
    }
    // No page still shows the old title.
    const stale = [...after].filter(([path, bytes]) => path.endsWith('.html') && bytes.toString('utf8').includes('The Pact says it was ready to help'));
    expect(stale.map(([path]) => path)).toEqual([]);
  });

  test('restores the pages that do not show it instead of rendering them again', () => {
    expect(restoredPages(incrementalLog)).toBeGreaterThan(0);
    const changed = new Set(differences(before, after));
    const unchanged = [...after.keys()].filter((path) => path.endsWith('.html') && !changed.has(path));
    expect(unchanged.length).toBeGreaterThan(0);
  });

  test('ignores a damaged cache manifest and damaged rendered bodies, and still builds the same site', () => {
    writeFileSync(join(cacheDir, 'incremental-build.json'), '{"version": 1, "routes": {');
    const rendered = readdirSync(join(cacheDir, 'rendered'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(rendered.length).toBeGreaterThan(0);
    for (const entry of rendered.slice(0, 3)) writeFileSync(join(entry.parentPath, entry.name), '{"links": [');
    writeFileSync(keyMemo(), '{"fingerprint": "');
    const again = astroBuild({ content, dist: join(root, 'damaged'), cacheDir, env: WITH_CARDS });
    expect(again.status, again.stderr).toBe(0);
    expect(restoredPages(again.stdout)).toBe(0);
    expect(differences(snapshot(again.dist), clean)).toEqual([]);
  });

  test('with nothing changed since, takes every page key from the build before and gives the same site', () => {
    const written = statSync(keyMemo()).mtimeMs;
    const again = astroBuild({ content, dist: join(root, 'unchanged'), cacheDir, env: WITH_CARDS });
    expect(again.status, again.stderr).toBe(0);
    expect(differences(snapshot(again.dist), clean)).toEqual([]);
    // Not written again: every key this build gave was in it.
    expect(statSync(keyMemo()).mtimeMs).toBe(written);
    // Astro's own cache lost, every page is rendered under the remembered keys and names.
    rmSync(join(cacheDir, 'incremental-build.json'));
    const rendered = astroBuild({ content, dist: join(root, 'unchanged-rendered'), cacheDir, env: WITH_CARDS });
    expect(rendered.status, rendered.stderr).toBe(0);
    expect(restoredPages(rendered.stdout)).toBe(0);
    expect(differences(snapshot(rendered.dist), clean)).toEqual([]);
  });

  /** The page keys a build remembers for the next (src/lib/key-memo-fs.ts). */
  const keyMemo = () => join(cacheDir, 'memo', 'page-keys.json');
});

describe('an incremental build after renaming an entity and adding a link to it', { timeout: 300_000 }, () => {
  test('gives the site a clean build gives', () => {
    const root = tempDir('incremental-rename');
    const content = join(root, 'content');
    const cacheDir = join(root, 'cache');
    writeContent(content, contentTree());
    expect(astroBuild({ content, dist: join(root, 'first'), cacheDir }).status).toBe(0);
    const changes = {
      ...edit('countries/sylvania.md', 'name: Sylvania', 'name: Sylvania Republic'),
      ...edit('digests/herald-pact-ready.md', 'at talks in [[porto-chico]].', 'at talks in [[porto-chico]], watched by [[sylvania]].'),
    };
    writeContent(content, contentTree(changes));
    const second = astroBuild({ content, dist: join(root, 'second'), cacheDir });
    expect(second.status, second.stderr).toBe(0);
    const fresh = astroBuild({ content, dist: join(root, 'clean') });
    expect(differences(snapshot(second.dist), snapshot(fresh.dist))).toEqual([]);
    expect(restoredPages(second.stdout)).toBeGreaterThan(0);
  });
});

describe('a build into the output folder the previous build left', { timeout: 300_000 }, () => {
  const root = tempDir('incremental-kept');
  const content = join(root, 'content');
  const cacheDir = join(root, 'cache');
  const dist = join(root, 'dist');
  const DISPUTE_PAGE = 'disputes/pact-offer/index.html';
  const WITHOUT_DISPUTE = contentTree({ ...EDITED, 'disputes/pact-offer.md': null });
  const cleanBuildOf = (name: string) => {
    const fresh = astroBuild({ content, dist: join(root, name) });
    expect(fresh.status, fresh.stderr).toBe(0);
    return snapshot(fresh.dist);
  };

  test('keeps the unchanged pages where they are, removes the pages that are gone, and gives the clean build’s site', () => {
    writeContent(content, contentTree());
    expect(astroBuild({ content, dist, cacheDir }).status).toBe(0);
    expect(snapshot(dist).has(DISPUTE_PAGE)).toBe(true);

    writeContent(content, WITHOUT_DISPUTE);
    rmSync(join(content, 'disputes/pact-offer.md'));
    const second = astroBuild({ content, dist, cacheDir });
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/output folder kept/);
    // Kept in place, not copied back from the cache.
    expect(second.stdout.split('\n').filter((line) => line.includes('(cached)')).length).toBeGreaterThan(0);
    expect(restoredPages(second.stdout)).toBe(0);
    const kept = snapshot(dist);
    expect(kept.has(DISPUTE_PAGE)).toBe(false);
    expect(differences(kept, cleanBuildOf('clean-1'))).toEqual([]);
  });

  test('empties the folder when a file in it changed after the build, and still gives the clean build’s site', () => {
    const page = join(dist, 'digests/herald-border-crisis/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', '<p>added by hand</p></main>'));
    const third = astroBuild({ content, dist, cacheDir });
    expect(third.status, third.stderr).toBe(0);
    expect(third.stdout).toMatch(/output folder emptied: files in it changed after that build/);
    expect(differences(snapshot(dist), cleanBuildOf('clean-2'))).toEqual([]);
  });
});

/**
 * What the editorial model promises a reader, in Chromium on the built site:
 * each claim shows both judgements, corroborated and refuted claims lead to
 * their evidence, each digest leads to its original (or a search labelled as
 * one), routine garbles sit on one line, and entity pages list their sources.
 * Expectations come from the content tree the site was built from.
 */
import { describe, expect, test } from 'vitest';
import { contentRoot, loadCorpus } from '../../src/lib/corpus-fs.ts';
import { buildGraph, type EntityGraph } from '../../src/lib/graph.ts';
import { ATTRIBUTION_MEANING, SUBSTANCE_MEANING } from '../../src/lib/schema/index.ts';
import { claimAnchor, entryUrl } from '../../src/lib/urls.ts';
import { ATTRIBUTION_LABEL, fullClaimRef, originalLink, SUBSTANCE_LABEL } from '../../src/lib/views/claims.ts';
import { useBrowser } from './setup/page.ts';

const { open } = useBrowser();
const graph: EntityGraph = buildGraph(await loadCorpus(contentRoot()));
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('a claim in the ledger', () => {
  test('shows who-said-it and is-it-true as two labelled badges', async () => {
    const digest = graph.digests.find((d) => d.data.claims.length > 0)!;
    const page = await open(entryUrl('digest', digest.id));
    for (const claim of digest.data.claims) {
      const row = page.locator(`#${claimAnchor(claim.id)}`);
      const badges = (await row.locator('.badge').allTextContents()).map(squash);
      expect(badges, claim.id).toEqual([ATTRIBUTION_LABEL[claim.attribution], SUBSTANCE_LABEL[claim.substance]]);
    }
    // The legend under the ledger explains the values the ledger uses.
    const legend = squash(await page.locator('.status-legend').textContent());
    for (const claim of digest.data.claims) {
      expect(legend).toContain(ATTRIBUTION_MEANING[claim.attribution]);
      expect(legend).toContain(SUBSTANCE_MEANING[claim.substance]);
    }
    await page.close();
  });

  test('a reader follows a corroborated claim to the claim that corroborates it', async () => {
    const found = graph.digests
      .flatMap((d) => d.data.claims.map((c) => ({ d, c })))
      .find(({ c }) => c.substance === 'corroborated' && c.evidence.some((e) => 'claim' in e))!;
    expect(found, 'some claim is corroborated by another claim').toBeDefined();
    const evidence = found.c.evidence.find((e) => 'claim' in e) as { claim: string };
    const [digestId, claimId] = fullClaimRef(evidence.claim, found.d.id).split('#') as [string, string];

    const page = await open(entryUrl('digest', found.d.id));
    const row = page.locator(`#${claimAnchor(found.c.id)}`);
    expect(squash(await row.textContent())).toContain('Evidence:');
    await row.locator(`a[href="${entryUrl('digest', digestId)}#${claimAnchor(claimId)}"]`).click();
    await page.waitForURL((url) => url.pathname === entryUrl('digest', digestId) && url.hash === `#${claimAnchor(claimId)}`);
    expect(await page.locator(`#${claimAnchor(claimId)}`).isVisible()).toBe(true);
    await page.close();
  });

  test('a refuted claim names what refutes it', async () => {
    const found = graph.digests.flatMap((d) => d.data.claims.map((c) => ({ d, c }))).find(({ c }) => c.substance === 'refuted');
    expect(found, 'some claim is refuted').toBeDefined();
    const page = await open(entryUrl('digest', found!.d.id));
    const text = squash(await page.locator(`#${claimAnchor(found!.c.id)}`).textContent());
    expect(text).toContain('Refuted by');
    for (const e of found!.c.evidence) if ('publisher' in e) expect(text).toContain(e.publisher);
    await page.close();
  });
});

test('every digest leads to its original, or to a search that says it is one', async () => {
  for (const digest of graph.digests) {
    const page = await open(entryUrl('digest', digest.id));
    const cell = page.locator('[data-original]');
    const link = cell.locator('a');
    const expected = originalLink(digest.data.source);
    expect(await link.getAttribute('href'), digest.id).toBe(expected.href);
    const text = squash(await cell.textContent());
    if (expected.isSearch) expect(text).toMatch(/search/i);
    else expect(text).not.toMatch(/search/i);
    await page.close();
  }
  expect(graph.digests.some((d) => d.data.source.url), 'at least one original address is known').toBe(true);
});

test('routine garbles are grouped on one line, while meaning-changing corrections keep a line each', async () => {
  const digest = graph.digests.find((d) => d.data.corrections.some((c) => c.kind === 'garble') && d.data.corrections.some((c) => c.kind === 'error'))!;
  expect(digest, 'a digest has both kinds of correction').toBeDefined();
  const page = await open(entryUrl('digest', digest.id));
  const errors = digest.data.corrections.filter((c) => c.kind === 'error');
  expect(await page.locator('ul.corrections > li').count()).toBe(errors.length);
  const line = page.locator('[data-corrections="garble"]');
  expect(await line.count()).toBe(1);
  const text = squash(await line.textContent());
  for (const g of digest.data.corrections.filter((c) => c.kind === 'garble')) expect(text).toContain(squash(g.correct));
  await page.close();
});

test('an entity page lists the sources for its facts', async () => {
  const entry = [...graph.entities.values()].map((r) => ({ r, data: graph.entry(r.kind, r.id)?.data as { sources?: { publisher: string; title: string }[] } })).find((x) => (x.data?.sources?.length ?? 0) >= 2)!;
  expect(entry, 'some entity has at least two sources').toBeDefined();
  const page = await open(entry.r.url);
  const items = page.locator('#references ~ ol > li');
  expect(await items.count()).toBe(entry.data.sources!.length);
  for (const [i, s] of entry.data.sources!.entries()) {
    const text = squash(await items.nth(i).textContent());
    expect(text).toContain(s.publisher);
    expect(text).toContain(s.title);
  }
  await page.close();
});

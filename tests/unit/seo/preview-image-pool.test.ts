import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { PreviewCard } from '../../../src/lib/seo/preview-card.ts';
import { cacheFile, drawPreview } from '../../../src/lib/seo/preview-image-fs.ts';
import { drawAhead, PreviewImagePool, previewBatch } from '../../../src/lib/seo/preview-image-pool-fs.ts';

const card = (n: number): PreviewCard => ({
  siteName: 'Central Asia Security Digest',
  label: `Digest · Outlet ${n} · ${n} May 2021`,
  title: `Card number ${n} of a batch`,
  summary: `Summary ${n}: officials confirm a post near the Wakhan corridor.`,
  host: 'example.org',
});

describe('preview images on worker threads', () => {
  const pool = new PreviewImagePool({ threads: 2 });
  afterAll(() => pool.close());

  test('draw the same bytes as the main thread', async () => {
    expect(Buffer.from(await pool.render(card(1)))).toEqual(Buffer.from(await drawPreview(card(1))));
  });

  test('a batch hands out every card in order, and a second run from the cache gives the same bytes', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'preview-batch-'));
    try {
      const cards = Array.from({ length: 7 }, (_, i) => card(i));
      const cold = previewBatch(cards, { cacheDir, pool, ahead: 3 });
      const first = await Promise.all(cards.map((_, i) => cold(i)));
      for (const [i, png] of first.entries()) expect(Buffer.from(png)).toEqual(Buffer.from(await drawPreview(cards[i]!)));
      const files = readdirSync(cacheDir, { recursive: true }).map(String).filter((f) => f.endsWith('.png'));
      expect(files).toHaveLength(cards.length);

      // Damage one entry and delete another: both come back byte for byte.
      writeFileSync(join(cacheDir, files[0]!), readFileSync(join(cacheDir, files[0]!)).subarray(0, 100));
      rmSync(join(cacheDir, files[1]!));
      const warm = previewBatch(cards, { cacheDir, pool });
      for (let i = 0; i < cards.length; i++) expect(Buffer.from(await warm(i))).toEqual(Buffer.from(first[i]!));
      await expect(warm(cards.length)).rejects.toThrow(/no preview card at position 7 of 7/);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  test('a card that cannot be drawn is an error naming the failure, and the pool carries on', async () => {
    const broken = { ...card(2), title: undefined } as unknown as PreviewCard;
    await expect(pool.render(broken)).rejects.toThrow(/a preview image job failed/);
    expect((await pool.render(card(2))).subarray(1, 4)).toEqual(new Uint8Array([0x50, 0x4e, 0x47]));
  });

  test('without a worker program, cards are drawn on the calling thread, the same bytes', async () => {
    const here = new PreviewImagePool({ workerModule: null });
    expect(here.threads).toBe(1);
    expect(Buffer.from(await here.render(card(3)))).toEqual(Buffer.from(await drawPreview(card(3))));
    await here.close();
  });

  test('drawing ahead fills the cache with what the pool would draw, and draws nothing twice', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'preview-ahead-'));
    try {
      const cards = Array.from({ length: 5 }, (_, i) => card(10 + i));
      // One card is in the cache already: it is left alone.
      const first = cacheFile(cacheDir, cards[0]!)!;
      await previewBatch(cards.slice(0, 1), { cacheDir, pool })(0);
      const before = readFileSync(first);
      // Too few missing to be worth a worker: left to the pool.
      expect(await drawAhead(cards, { cacheDir })).toBe(0);
      expect(await drawAhead(cards, { cacheDir, minCards: 4 })).toBe(4);
      expect(readFileSync(first)).toEqual(before);
      for (const c of cards) expect(readFileSync(cacheFile(cacheDir, c)!)).toEqual(Buffer.from(await drawPreview(c)));
      expect(await drawAhead(cards, { cacheDir, minCards: 1 })).toBe(0);
      // Without a worker program it draws nothing and says so.
      rmSync(cacheFile(cacheDir, cards[1]!)!);
      expect(await drawAhead(cards, { cacheDir, minCards: 1, workerModule: null })).toBe(0);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});

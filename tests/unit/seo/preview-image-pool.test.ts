import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { PreviewCard } from '../../../src/lib/seo/preview-card.ts';
import { cacheFile, drawPreview } from '../../../src/lib/seo/preview-image-fs.ts';
import { PreviewImagePool, placeCards } from '../../../src/lib/seo/preview-image-pool-fs.ts';

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

  test('a build’s cards are written into the output folder through the cache, and a damaged cache entry is drawn again', async () => {
    const root = mkdtempSync(join(tmpdir(), 'preview-place-'));
    const cacheDir = join(root, 'cache');
    try {
      const cards = Array.from({ length: 7 }, (_, i) => ({ card: card(i), output: `og/digests/card-${i}.png` }));
      const target = { outDir: join(root, 'dist'), inPlace: new Map<string, string>() };
      // Two workers' worth of cards.
      const first = await placeCards(cards, { cacheDir, target, threads: 2, minCards: 1 });
      expect(first.written).toBe(cards.length);
      expect(first.copies.map((c) => c.output)).toEqual(cards.map((c) => c.output));
      for (const { card: c, output } of cards) {
        const drawn = Buffer.from(await drawPreview(c));
        expect(readFileSync(join(target.outDir, output))).toEqual(drawn);
        expect(readFileSync(cacheFile(cacheDir, c)!)).toEqual(drawn);
      }

      // Damage one cache entry and delete another: a fresh output folder still gets every card byte for byte.
      const sources = first.copies.map((c) => c.source);
      writeFileSync(sources[0]!, readFileSync(sources[0]!).subarray(0, 100));
      rmSync(sources[1]!);
      const again = { outDir: join(root, 'dist-2'), inPlace: new Map<string, string>() };
      expect((await placeCards(cards, { cacheDir, target: again })).written).toBe(cards.length);
      for (const { output } of cards) expect(readFileSync(join(again.outDir, output))).toEqual(readFileSync(join(target.outDir, output)));
      expect(readFileSync(sources[0]!)).toEqual(readFileSync(join(target.outDir, cards[0]!.output)));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('a card the previous build left in the folder from the same cache file is not written again; a changed card is', async () => {
    const root = mkdtempSync(join(tmpdir(), 'preview-kept-'));
    const cacheDir = join(root, 'cache');
    try {
      const cards = [0, 1, 2].map((i) => ({ card: card(20 + i), output: `og/topics/t-${i}.png` }));
      const outDir = join(root, 'dist');
      const first = await placeCards(cards, { cacheDir, target: { outDir, inPlace: new Map() } });
      const inPlace = new Map(first.copies.map((c) => [c.output, c.source]));
      const edited = cards.map((c, i) => (i === 1 ? { ...c, card: { ...c.card, title: 'A new title' } } : c));
      const second = await placeCards(edited, { cacheDir, target: { outDir, inPlace } });
      expect(second.written).toBe(1);
      expect(readFileSync(join(outDir, cards[1]!.output))).toEqual(Buffer.from(await drawPreview(edited[1]!.card)));
      expect(second.copies[0]).toEqual(first.copies[0]);
      expect(second.copies[1]!.source).not.toBe(first.copies[1]!.source);
    } finally {
      rmSync(root, { recursive: true, force: true });
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
});

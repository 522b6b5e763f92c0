/** The hand-over of files a build copies into its output folder (src/lib/output-copies.ts). */
import { expect, test } from 'vitest';
import { copyTarget, offerCopies, openCopies, takeCopies } from '../../src/lib/output-copies.ts';

const target = { outDir: '/site/dist', inPlace: new Map([['og/a.png', '/cache/a.png']]) };

test('a build’s offers are taken by name once written, a second offer under a name replacing the first', async () => {
  openCopies(target);
  expect(copyTarget()).toBe(target);
  offerCopies('cards', Promise.resolve({ copies: [{ output: 'og/old.png', source: '/cache/old.png' }], written: 1 }));
  offerCopies('cards', Promise.resolve({ copies: [{ output: 'og/a.png', source: '/cache/a.png' }], written: 0 }));
  offerCopies('maps', Promise.resolve({ copies: [], written: 0 }));
  const taken = await takeCopies();
  expect([...taken.keys()]).toEqual(['cards', 'maps']);
  expect(taken.get('cards')).toEqual({ copies: [{ output: 'og/a.png', source: '/cache/a.png' }], written: 0 });
  // The build is over: nothing is offered, nothing is open.
  expect(copyTarget()).toBeUndefined();
  expect((await takeCopies()).size).toBe(0);
});

test('an offer that failed fails the taking, naming what was offered', async () => {
  openCopies(target);
  offerCopies('preview cards', Promise.reject(new Error('disk full')));
  // Held, not thrown, until taken.
  await new Promise((resolve) => setTimeout(resolve, 10));
  await expect(takeCopies()).rejects.toThrow('preview cards could not be written to the output folder: disk full');
});

test('a new build forgets the offers of one that stopped half way', async () => {
  openCopies(target);
  offerCopies('cards', Promise.resolve({ copies: [], written: 0 }));
  openCopies({ outDir: '/site/dist', inPlace: new Map() });
  expect((await takeCopies()).size).toBe(0);
});

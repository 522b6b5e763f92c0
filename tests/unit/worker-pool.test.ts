/** The worker pool behind Markdown, preview cards and citations: answers in order, never leaves a job hanging, and hands results out ahead of asking. */
import { Worker } from 'node:worker_threads';
import { expect, test } from 'vitest';
import { askAhead, WorkerPool } from '../../src/lib/worker-pool-fs.ts';

/** A worker that doubles numbers after `input` ms of busy waiting, throws on a negative one and exits on NaN. */
const SOURCE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, input }) => {
  if (Number.isNaN(input)) process.exit(3);
  if (input < 0) return parentPort.postMessage({ id, error: 'negative input' });
  const until = Date.now() + input;
  while (Date.now() < until);
  parentPort.postMessage({ id, output: input * 2 });
});
`;
const pool = (threads = 2) => new WorkerPool<number, number>({ what: 'doubling', threads, spawn: () => new Worker(SOURCE, { eval: true }) });

test('every job is answered with its own result, across workers', async () => {
  const doubling = pool();
  try {
    const inputs = [5, 1, 8, 0, 3, 2, 7, 4, 6, 9];
    expect(await Promise.all(inputs.map((n) => doubling.run(n)))).toEqual(inputs.map((n) => n * 2));
  } finally {
    await doubling.close();
  }
});

test('a job that fails is refused with the worker’s reason, and the pool carries on', async () => {
  const doubling = pool();
  try {
    await expect(doubling.run(-1)).rejects.toThrow('a doubling job failed: negative input');
    expect(await doubling.run(21)).toBe(42);
  } finally {
    await doubling.close();
  }
});

test('a worker that dies fails its jobs and every later one, naming what happened', async () => {
  const doubling = pool(1);
  try {
    const [dying, queued] = [doubling.run(Number.NaN), doubling.run(1)];
    await expect(dying).rejects.toThrow('a doubling worker exited with code 3');
    await expect(queued).rejects.toThrow('a doubling worker exited with code 3');
    await expect(doubling.run(2)).rejects.toThrow('a doubling worker exited with code 3');
  } finally {
    await doubling.close();
  }
});

test('closing the pool refuses the jobs still running or queued instead of leaving them unanswered', async () => {
  const doubling = pool(1);
  const jobs = [doubling.run(200), doubling.run(1), doubling.run(1), doubling.run(1), doubling.run(1)];
  const outcomes = Promise.allSettled(jobs);
  await new Promise((resolve) => setTimeout(resolve, 50));
  await doubling.close();
  const settled = await outcomes;
  expect(settled.map((s) => s.status)).toEqual(Array(jobs.length).fill('rejected'));
  for (const s of settled) expect((s as PromiseRejectedResult).reason.message).toBe('the doubling pool was closed');
});

test('a worker that answers out of order fails every job it holds, instead of leaving them hanging', async () => {
  // Answers each pair of jobs the wrong way round.
  const swapping = `
const { parentPort } = require('node:worker_threads');
let held;
parentPort.on('message', (job) => {
  if (!held) return void (held = job);
  parentPort.postMessage({ id: job.id, output: job.input });
  parentPort.postMessage({ id: held.id, output: held.input });
  held = undefined;
});
`;
  const confused = new WorkerPool<number, number>({ what: 'swapping', threads: 1, spawn: () => new Worker(swapping, { eval: true }) });
  try {
    const results = await Promise.allSettled([1, 2, 3].map((n) => confused.run(n)));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect((results[0] as PromiseRejectedResult).reason.message).toBe('a swapping worker answered a job it was not given');
  } finally {
    await confused.close();
  }
});

test('asking ahead starts the next few results, hands each out once, and reports a failure to whoever asks for it', async () => {
  const started: number[] = [];
  const ask = askAhead(
    6,
    async (i) => {
      started.push(i);
      if (i === 4) throw new Error('four failed');
      return i * 10;
    },
    2,
  );
  expect(await ask(0)).toBe(0);
  expect(started).toEqual([0, 1, 2]);
  expect(await ask(1)).toBe(10);
  expect(started).toEqual([0, 1, 2, 3]);
  // Out of order, as pages rendered four at a time ask.
  expect(await ask(3)).toBe(30);
  expect(await ask(2)).toBe(20);
  await expect(ask(4)).rejects.toThrow('four failed');
  expect(await ask(5)).toBe(50);
  // Handed out once: asking again starts it again.
  expect(await ask(1)).toBe(10);
  expect(started.filter((i) => i === 1)).toHaveLength(2);
  await expect(ask(6)).rejects.toThrow('no position 6 of 6');
});

/**
 * Under `npm run dev`, an edited digest shows in the browser, and a content
 * error reaches the author: once in the terminal, and in the browser's error
 * overlay with file and line, instead of the old page staying up silently.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type DevServer, startDevServer } from '../support/dev-server.ts';
import { launchChromium } from './setup/browser.ts';

const ID = 'ap-why-china-did-not-send-troops-2022';
let server: DevServer;
let browser: Browser;
let page: Page;
let file: string;
let original: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDevServer(), launchChromium()]);
  file = join(server.content, `digests/${ID}.md`);
  original = readFileSync(file, 'utf8');
  page = await browser.newPage();
  await page.goto(`${server.url}/digests/${ID}/`);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('an edited title shows in the open page in under 2 seconds', async () => {
  const started = performance.now();
  writeFileSync(file, original.replace(/^title: .*$/m, 'title: "A title edited under dev"'));
  await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('A title edited under dev'), undefined, { timeout: 10_000, polling: 50 });
  expect(performance.now() - started).toBeLessThan(2000);
});

test('a bad [[id]] opens the error overlay with file and line, and is printed once', async () => {
  const before = server.output().length;
  const broken = original.replace(/^title: .*$/m, 'title: "A title edited under dev"').replace('[[kazakhstan]]', '[[kazakstan]]');
  const line = broken.split('\n').findIndex((l) => l.includes('[[kazakstan]]')) + 1;
  writeFileSync(file, broken);
  const overlay = page.locator('vite-error-overlay');
  await overlay.waitFor({ state: 'attached', timeout: 10_000 });
  const text = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? el.textContent ?? '');
  expect(text).toContain(`digests/${ID}.md:${line}`);
  expect(text).toContain('unknown id "kazakstan" in [[kazakstan]] (did you mean "kazakhstan"?)');
  // Give the other collections' loaders time to report it too, had they done so.
  await page.waitForTimeout(1000);
  const printed = server.output().slice(before).split('unknown id "kazakstan"').length - 1;
  expect(printed, server.output().slice(before)).toBe(1);
});

test('fixing it closes the overlay and shows the fixed page', async () => {
  writeFileSync(file, original.replace(/^title: .*$/m, 'title: "Fixed under dev"'));
  await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('Fixed under dev'), undefined, { timeout: 10_000, polling: 50 });
  expect(await page.locator('vite-error-overlay').count()).toBe(0);
});

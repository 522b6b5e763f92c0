/** One browser per test file; pages open on the served site. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './browser.ts';

export const baseURL = () => inject('baseURL');

/** Launches Chromium for this file and closes it after; call at the top level. */
export function useBrowser(): { browser: () => Browser; open: (path: string, options?: { width?: number; colorScheme?: 'light' | 'dark' }) => Promise<Page> } {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => browser,
    open: async (path, { width = 1280, colorScheme = 'light' } = {}) => {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(new URL(path, baseURL()).href);
      return page;
    },
  };
}

/**
 * axe-core on every page type, in the light and the dark color scheme:
 * zero violations of WCAG 2.0, 2.1 and 2.2 at levels A and AA.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DIST } from '../support/built-site.ts';
import { pageTypes } from '../support/page-types.ts';
import { describeViolations, runAxe } from './setup/axe.ts';
import { useBrowser } from './setup/page.ts';

const SCHEMES = ['light', 'dark'] as const;

const { open } = useBrowser();
const pages = pageTypes();
let checked = 0;

test('the check finds violations when there are some', async () => {
  const page = await open('/');
  try {
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/og/site.png';
      const faint = document.createElement('p');
      faint.textContent = 'faint';
      // Through the CSSOM: the site's CSP (rightly) ignores style attributes.
      faint.style.color = '#eee';
      faint.style.background = '#fff';
      document.querySelector('main')!.append(img, faint);
    });
    const ids = (await runAxe(page)).violations.map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  } finally {
    await page.close();
  }
});

test('covers every page type of the site', () => {
  expect(pages.map(([type]) => type)).toEqual(
    expect.arrayContaining(['home', 'digests index', 'digest', 'country', 'actor', 'topic', 'event', 'place', 'places index', 'dispute', 'disputes index', 'timeline', 'about', 'search']),
  );
});

describe.each(SCHEMES)('%s color scheme', (colorScheme) => {
  // Pages are checked a few at a time; concurrent tests assert with their own `expect`.
  test.concurrent.for(pages)('%s (%s) has no WCAG A/AA violations', async ([, path], { expect }) => {
    const [pathname = '/'] = path.split('?');
    expect(existsSync(join(DIST, pathname, 'index.html')), `${pathname} is not built`).toBe(true);
    const page = await open(path, { colorScheme });
    try {
      // A query string means the page renders from data it fetches (search, filters): let that finish.
      if (path.includes('?')) await page.waitForLoadState('networkidle');
      const results = await runAxe(page);
      checked++;
      const message = `${path} in ${colorScheme}:\n${describeViolations(results.violations)}`;
      expect(results.violations.length, message).toBe(0);
    } finally {
      await page.close();
    }
  });
});

afterAll(() => {
  console.log(`axe: ${checked} page checks (${pages.length} page types × ${SCHEMES.length} color schemes)`);
});

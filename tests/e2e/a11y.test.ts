/**
 * axe-core on every page type, in the light and the dark color scheme:
 * zero violations of WCAG 2.0, 2.1 and 2.2 at levels A and AA.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { DIST } from '../support/built-site.ts';
import { pageTypes } from '../support/page-types.ts';
import { useBrowser } from './setup/page.ts';

/** axe's tags for the success criteria of WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCHEMES = ['light', 'dark'] as const;

const { open } = useBrowser();
const pages = pageTypes();
let checked = 0;

/** One block per violation: rule, impact, what it means, and the elements that fail it. */
function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').split('\n').join('\n      ')}`);
      return `  ${v.id} (${v.impact ?? 'no impact'}): ${v.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/** Runs axe with the WCAG tags on the page as it is now. */
async function runAxe(page: Page): Promise<AxeResults> {
  // Evaluated through the DevTools protocol, so the page's own CSP does not block axe.
  await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    WCAG_TAGS,
  )) as AxeResults;
}

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

/**
 * Every page type runs under the Content Security Policy Astro writes, with
 * no violation: no inline script or style it did not hash, no eval.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST } from '../support/built-site.ts';
import { pageTypes } from '../support/page-types.ts';
import { cspViolations } from './setup/csp.ts';
import { baseURL, useBrowser } from './setup/page.ts';

const { browser } = useBrowser();

describe('Content Security Policy', () => {
  test('script-src allows neither unsafe-inline nor unsafe-eval', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy).toBeDefined();
    const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).toContain("object-src 'none'");
  });

  test.each(pageTypes())('%s (%s) runs with zero violations', async (_type, path) => {
    expect(await cspViolations(browser(), new URL(path, baseURL()).href)).toEqual([]);
  });
});

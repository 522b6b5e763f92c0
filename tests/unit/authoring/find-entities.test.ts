import { expect, test } from 'vitest';
import { findEntities, type KnownEntity } from '../../../src/lib/authoring/find-entities.ts';

const KNOWN: KnownEntity[] = [
  { id: 'kassym-jomart-tokayev', kind: 'actor', names: ['Kassym-Jomart Tokayev', 'Tokaev', 'Токаев', 'Тоқаев'] },
  { id: 'sco', kind: 'actor', names: ['Shanghai Cooperation Organisation', 'SCO', 'ШОС', '上海合作组织'] },
  { id: 'kyrgyzstan', kind: 'country', names: ['Kyrgyzstan', 'Kirghizia'] },
  { id: 'xi-jinping', kind: 'actor', names: ['Xi Jinping', '习近平'] },
  { id: 'united-states', kind: 'country', names: ['United States', 'US'] },
  { id: 'united-nations', kind: 'actor', names: ['United Nations', 'UN'] },
  { id: 'un-peacekeeping', kind: 'topic', names: ['UN peacekeeping'] },
  { id: 'color-revolutions', kind: 'topic', names: ['Color revolutions', 'color revolution'] },
  { id: 'russian-influence', kind: 'topic', names: ['Russian influence in Central Asia'] },
];

const ids = (text: string) => findEntities(text, KNOWN).entities.map((e) => e.id);

test('names in any script resolve to their ids through the search folding', () => {
  expect(ids('Токаев встретился с делегацией ШОС.')).toEqual(['kassym-jomart-tokayev', 'sco']);
  expect(ids('Kirghizia was then in turmoil.')).toEqual(['kyrgyzstan']);
  expect(ids('国家主席习近平出席会议。')).toEqual(['xi-jinping']);
  expect(ids('President Tōkayev and TOKAEV are one man.')).toEqual(['kassym-jomart-tokayev']);
});

test('a name written in capitals matches only capitals, so "us" is not the United States', () => {
  expect(ids('Let us see what the US does.')).toEqual(['united-states']);
  expect(findEntities('Let us see.', KNOWN).entities).toEqual([]);
});

test('a longer name does not hide the entity it contains, and a plural still matches', () => {
  expect(ids('A UN peacekeeping mission.')).toEqual(expect.arrayContaining(['united-nations', 'un-peacekeeping']));
  expect(ids('Beijing derides color revolutions.')).toEqual(['color-revolutions']);
});

test('each match has its count and the sentence of its first occurrence', () => {
  const [sco] = findEntities('Nothing here. The SCO met! Later the SCO and ШОС again.', KNOWN).entities;
  expect(sco).toMatchObject({ id: 'sco', count: 3, sentence: 'The SCO met!' });
});

test('a long name is found when all its words share one sentence', () => {
  expect(ids('Russia sees the region, Central Asia, as its sphere, and its influence there is old.')).toContain('russian-influence');
  expect(ids('Russia is big. Central Asia is far. Influence is soft.')).not.toContain('russian-influence');
});

test('capitalized names that match no entity are candidates; sentence openers and forms of known names are not', () => {
  const { candidates } = findEntities(
    'However, the Kyrgyz visit went ahead. Officials in Hong Kong and Lithuania watched, and Hong Kong papers wrote about Kyrgyzstan.',
    KNOWN,
  );
  expect(candidates.map((c) => [c.name, c.count])).toEqual([
    ['Hong Kong', 2],
    ['Lithuania', 1],
  ]);
});

import { describe, expect, test } from 'vitest';
import { DigestSchema, ID_PATTERN, isPartialDate } from '../../src/lib/schema/index.ts';
import { nearestIds } from '../../src/lib/suggest.ts';

describe('partial dates', () => {
  test.each([
    ['2022', true],
    ['2022-01', true],
    ['2022-01-31', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2022-02-30', false],
    ['2022-13', false],
    ['2022-00-10', false],
    ['2022-1-5', false],
    ['22-01-05', false],
    ['2022-01-05T00:00', false],
  ])('%s → %s', (value, valid) => {
    expect(isPartialDate(value)).toBe(valid);
  });
});

describe('ids', () => {
  test.each(['kazakhstan', 'xi-jinping', 'csto', 'sco-2001', 'a1'])('accepts %s', (id) => expect(ID_PATTERN.test(id)).toBe(true));
  test.each(['Kazakhstan', 'xi--jinping', '-sco', 'sco-', 'a b', 'a/b', '..', 'a..b', 'казахстан', 'café', ''])(
    'refuses %j',
    (id) => expect(ID_PATTERN.test(id)).toBe(false),
  );
});

describe('digest schema', () => {
  const minimal = {
    title: 'T',
    summary: 'S',
    source: { outlet: 'O', headline: 'H', published: '2022-01-13', kind: 'original' },
  };

  test('fills defaults so pages never see undefined lists', () => {
    const digest = DigestSchema.parse(minimal);
    expect(digest.source.authors).toEqual([]);
    expect(digest.claims).toEqual([]);
    expect(digest.source.publishedApprox).toBe(false);
  });

  test('refuses a URL that is not http(s)', () => {
    const result = DigestSchema.safeParse({ ...minimal, source: { ...minimal.source, url: 'javascript:alert(1)' } });
    expect(result.success).toBe(false);
  });

  test('refuses an unknown source kind and a long quote', () => {
    expect(DigestSchema.safeParse({ ...minimal, source: { ...minimal.source, kind: 'rumour' } }).success).toBe(false);
    const claim = { id: 'c', by: 'x', text: 'T', attribution: 'reported', substance: 'unverified', quote: 'x'.repeat(301) };
    expect(DigestSchema.safeParse({ ...minimal, claims: [claim] }).success).toBe(false);
  });

  test('a corroborated or refuted claim must name its evidence, and the error says where', () => {
    const claim = { id: 'c', by: 'x', text: 'T', attribution: 'documented' };
    for (const substance of ['corroborated', 'refuted']) {
      const result = DigestSchema.safeParse({ ...minimal, claims: [{ ...claim, substance }] });
      expect(result.success).toBe(false);
      expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        ['claims.0.evidence', expect.stringMatching(/must name what (corroborates|refutes) it/)],
      ]);
      const withEvidence = { ...claim, substance, evidence: [{ digest: 'other' }] };
      expect(DigestSchema.safeParse({ ...minimal, claims: [withEvidence] }).success).toBe(true);
    }
    expect(DigestSchema.safeParse({ ...minimal, claims: [{ ...claim, substance: 'single-source' }] }).success).toBe(true);
  });

  test('refuses the old single status, and evidence that is neither a claim, a digest nor a source', () => {
    const old = { id: 'c', by: 'x', text: 'T', status: 'unverified' };
    expect(DigestSchema.safeParse({ ...minimal, claims: [old] }).success).toBe(false);
    const claim = { id: 'c', by: 'x', text: 'T', attribution: 'reported', substance: 'corroborated' };
    expect(DigestSchema.safeParse({ ...minimal, claims: [{ ...claim, evidence: [{ blog: 'x' }] }] }).success).toBe(false);
    expect(DigestSchema.safeParse({ ...minimal, claims: [{ ...claim, evidence: [{ publisher: 'P' }] }] }).success).toBe(false);
  });

  test('a correction is meaning-changing unless marked a garble or clutter', () => {
    const parsed = DigestSchema.parse({ ...minimal, corrections: [{ seed: 'a', correct: 'b' }, { kind: 'garble', seed: 'c', correct: 'd' }] });
    expect(parsed.corrections.map((c) => c.kind)).toEqual(['error', 'garble']);
  });
});

describe('did you mean', () => {
  const known = ['kazakhstan', 'kyrgyzstan', 'kassym-jomart-tokayev', 'xi-jinping', 'sco', 'csto'];
  test.each([
    ['kazakstan', ['kazakhstan']],
    ['tokayev', ['kassym-jomart-tokayev']],
    ['xi', []],
    ['ctso', ['csto']],
  ])('%s → %j', (unknown, expected) => {
    expect(nearestIds(unknown, known)).toEqual(expected);
  });
});

import { describe, expect, test } from 'vitest';
import {
  previewAlt,
  previewCard,
  previewImageMode,
  previewImagePath,
  previewLabel,
  previewSubjects,
  sharedImagePath,
  SITE_PREVIEW_PATH,
} from '../../../src/lib/seo/preview.ts';
import { edit } from '../../support/content-tree.ts';
import { fixtureGraph } from '../views/fixture-graph.ts';

const site = new URL('https://example.org/');

describe('preview images', () => {
  test('each digest and entity has its own path under /og/', () => {
    expect(previewImagePath({ kind: 'digest', id: 'x' })).toBe('/og/digests/x.png');
    expect(previewImagePath({ kind: 'country', id: 'kazakhstan' })).toBe('/og/countries/kazakhstan.png');
    expect(previewImagePath({ kind: 'event', id: 'e' })).toBe('/og/events/e.png');
  });

  test('PREVIEW_IMAGES chooses between a card per entry and the site card for all', () => {
    expect(previewImageMode({})).toBe('all');
    expect(previewImageMode({ PREVIEW_IMAGES: '' })).toBe('all');
    expect(previewImageMode({ PREVIEW_IMAGES: 'site' })).toBe('site');
    expect(() => previewImageMode({ PREVIEW_IMAGES: 'none' })).toThrow(/must be "all" or "site"/);
    const subject = { kind: 'digest' as const, id: 'x' };
    expect(sharedImagePath(subject, 'all')).toBe('/og/digests/x.png');
    expect(sharedImagePath(subject, 'site')).toBe(SITE_PREVIEW_PATH);
    expect(sharedImagePath(undefined, 'all')).toBe(SITE_PREVIEW_PATH);
  });

  test('every digest, entity and dispute gets a card, once', () => {
    const graph = fixtureGraph();
    const subjects = previewSubjects(graph);
    expect(subjects).toHaveLength(graph.digests.length + graph.entities.size + graph.corpus.dispute.length);
    expect(subjects.some((s) => s.kind === 'dispute')).toBe(true);
    expect(new Set(subjects.map(previewImagePath)).size).toBe(subjects.length);
  });
});

describe('card text', () => {
  const graph = fixtureGraph();

  test('labels say what the page is', () => {
    expect(previewLabel(graph, { kind: 'digest', id: 'herald-border-crisis' })).toBe('Digest · Daily Herald · 13 January 2022');
    expect(previewLabel(graph, { kind: 'actor', id: 'rufus-firefly' })).toBe('Actor · Person');
    expect(previewLabel(graph, { kind: 'country', id: 'freedonia' })).toBe('Country · Central Asia');
    expect(previewLabel(graph, { kind: 'country', id: 'sylvania' })).toBe('Country');
    expect(previewLabel(graph, { kind: 'topic', id: 'border-security' })).toBe('Topic');
    expect(previewLabel(graph, { kind: 'event', id: 'border-crisis' })).toBe('Event · 2 January 2022');
  });

  test('an unknown entry, or one of another kind, is an error rather than a blank card', () => {
    expect(() => previewLabel(graph, { kind: 'digest', id: 'nope' })).toThrow(/no digest "nope"/);
    expect(() => previewLabel(graph, { kind: 'topic', id: 'freedonia' })).toThrow(/no topic "freedonia"/);
  });

  test('a card carries the title and summary, and its alt text says what it shows', () => {
    const card = previewCard(graph, { kind: 'digest', id: 'herald-border-crisis' }, site);
    expect(card).toMatchObject({
      title: 'Freedonia rejects outside help in border crisis',
      summary: 'The Herald reports that Freedonia turned down troops from the Test Pact.',
      host: 'example.org',
    });
    expect(previewAlt(card)).toBe('Digest · Daily Herald · 13 January 2022: Freedonia rejects outside help in border crisis');
  });

  test('an approximate date reads as approximate', () => {
    const changed = fixtureGraph(edit('digests/herald-border-crisis.md', 'published: "2022-01-13"', 'published: "2022-01"\n  publishedApprox: true'));
    expect(previewLabel(changed, { kind: 'digest', id: 'herald-border-crisis' })).toBe('Digest · Daily Herald · c. January 2022');
  });
});

/**
 * One page of each type on the built site, chosen from the open data so the
 * list follows whatever content was built.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './built-site.ts';

interface EntityRow {
  type: string;
  url: string;
}

/** [page type, site path] for every kind of page the site has. */
export function pageTypes(root = DIST): Array<[string, string]> {
  const read = <T>(name: string): T[] => JSON.parse(readFileSync(join(root, 'data', name), 'utf8'));
  const digests = read<{ url: string }>('digests.json');
  const entities = read<EntityRow>('entities.json');
  const firstOf = (type: string) => entities.find((e) => e.type === type)?.url;
  const pages: Array<[string, string | undefined]> = [
    ['home', '/'],
    ['digests index', '/digests/'],
    ['digest', digests[0]?.url],
    ['countries index', '/countries/'],
    ['country', firstOf('country')],
    ['actors index', '/actors/'],
    ['actor', firstOf('actor')],
    ['topics index', '/topics/'],
    ['topic', firstOf('topic')],
    ['events index', '/events/'],
    ['event', firstOf('event')],
    ['timeline', '/timeline/'],
    ['disputes', '/disputes/'],
    ['about', '/about/'],
    ['search', '/search/?q=kazakhstan'],
  ];
  return pages.filter((p): p is [string, string] => p[1] !== undefined);
}

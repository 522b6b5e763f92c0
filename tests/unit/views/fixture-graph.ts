/** The entity graph of the fixture corpus, with optional changes, for view tests. */
import { parseCorpus } from '../../../src/lib/corpus.ts';
import { formatIssue } from '../../../src/lib/issues.ts';
import { buildGraph, type EntityGraph } from '../../../src/lib/graph.ts';
import { contentTree } from '../../support/content-tree.ts';

export function fixtureGraph(changes: Parameters<typeof contentTree>[0] = {}): EntityGraph {
  const { corpus, issues } = parseCorpus(contentTree(changes));
  if (issues.length) throw new Error(`fixture corpus has problems:\n${issues.map(formatIssue).join('\n')}`);
  return buildGraph(corpus);
}

/**
 * Citation files of every digest (BibTeX, RIS, CSL-JSON), and the data each
 * digest page's Cite panel reads. A claim's files travel inside that data
 * and the cite page (src/lib/cite/citations.ts), not as files of their own.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCiteTargets } from '../../../data/citations.ts';
import { getGraph, getPageKeys } from '../../../data/graph.ts';
import { citePanelData } from '../../../lib/cite/citations.ts';
import { citeFileText } from '../../../lib/cite/format.ts';
import { CITE_FILE_FORMATS, type CiteFileExt, citeFilePath, citePanelPath } from '../../../lib/cite/paths.ts';

const PREFIX = '/data/cite/';

type Props = { digestId: string; ext?: CiteFileExt };

export const getStaticPaths = (async () => {
  const [graph, keys] = await Promise.all([getGraph(), getPageKeys()]);
  return graph.digests.flatMap((digest) => {
    // A citation shows the digest's own data and the names of its claims' authors.
    const cacheKey = keys.list('citation', [digest.id]);
    const files: Array<[string, Props]> = [
      [citePanelPath(digest.id), { digestId: digest.id }],
      ...CITE_FILE_FORMATS.map(({ ext }): [string, Props] => [citeFilePath(digest.id, ext), { digestId: digest.id, ext }]),
    ];
    return files.map(([path, props]) => ({ params: { file: path.slice(PREFIX.length) }, props, cacheKey }));
  });
}) satisfies GetStaticPaths;

const TYPES = Object.fromEntries(CITE_FILE_FORMATS.map((f) => [f.ext, `${f.type}; charset=utf-8`])) as Record<CiteFileExt, string>;

export const GET: APIRoute = async ({ props, site }) => {
  const { digestId, ext } = props as Props;
  if (!site) throw new Error('citation files need the site URL (astro.config.mjs `site`)');
  const [digest, ...claims] = await getCiteTargets(digestId, site);
  if (!ext) return Response.json(citePanelData([digest!, ...claims]));
  return new Response(citeFileText(ext, [digest!.item]), { headers: { 'content-type': TYPES[ext] } });
};

/**
 * Citation files of every digest and claim (BibTeX, RIS, CSL-JSON), and the
 * data each digest page's Cite panel reads. Paths: see src/lib/cite/citations.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCiteTargets } from '../../../data/citations.ts';
import { getGraph, getPageKeys } from '../../../data/graph.ts';
import { citePanelData } from '../../../lib/cite/citations.ts';
import { CITE_FILE_FORMATS, type CiteFileExt, citePanelPath } from '../../../lib/cite/paths.ts';
import { toBibtex, toCslJson, toRis } from '../../../lib/cite/format.ts';

const PREFIX = '/data/cite/';

export const getStaticPaths = (async () => {
  const [graph, keys] = await Promise.all([getGraph(), getPageKeys()]);
  return graph.digests.flatMap((digest) => {
    // A citation shows the digest's own data and the names of its claims' authors.
    const cacheKey = keys.list('citation', [digest.id]);
    const files = [citePanelPath(digest.id)];
    for (const claimId of [undefined, ...digest.data.claims.map((c) => c.id)]) {
      for (const { ext } of CITE_FILE_FORMATS) {
        files.push(`${PREFIX}${digest.id}${claimId === undefined ? '' : `/${claimId}`}.${ext}`);
      }
    }
    return files.map((path) => ({
      params: { file: path.slice(PREFIX.length) },
      props: { digestId: digest.id, path },
      cacheKey,
    }));
  });
}) satisfies GetStaticPaths;

const TYPES: Record<CiteFileExt, string> = Object.fromEntries(CITE_FILE_FORMATS.map((f) => [f.ext, `${f.type}; charset=utf-8`])) as Record<
  CiteFileExt,
  string
>;

export const GET: APIRoute = async ({ props, site }) => {
  const { digestId, path } = props as { digestId: string; path: string };
  if (!site) throw new Error('citation files need the site URL (astro.config.mjs `site`)');
  const targets = await getCiteTargets(digestId, site);
  if (path === citePanelPath(digestId)) return Response.json(citePanelData(targets));
  const target = targets.find((t) => Object.values(t.files).includes(path));
  if (!target) throw new Error(`no citation behind ${path}`);
  const ext = path.slice(path.lastIndexOf('.') + 1) as CiteFileExt;
  const body = ext === 'bib' ? toBibtex([target.item]) : ext === 'ris' ? toRis([target.item]) : toCslJson([target.item]);
  return new Response(body, { headers: { 'content-type': TYPES[ext] } });
};

/** The sharing metadata of a page, from the site's graph: what SeoHead renders. */
import { previewImageMode } from '../lib/seo/preview.ts';
import { type PageDescription, type Sharing, sharingFor } from '../lib/seo/sharing.ts';
import { getGraph } from './graph.ts';

export async function getSharing(page: PageDescription, site: URL): Promise<Sharing> {
  return sharingFor(await getGraph(), page, { site, previewImages: previewImageMode(process.env) });
}

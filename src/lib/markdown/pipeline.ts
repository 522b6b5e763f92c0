import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { type EntityLinkRef, type EntityLinksOptions, remarkEntityLinks } from './entity-links.ts';
import { type Heading, rehypeHeadingAnchors } from './heading-anchors.ts';
import { type Mention, remarkMentions } from './mentions.ts';
import { remarkRefusedMarkup, type RefusedMarkup } from './refused-markup.ts';

/** The rendered body of one content file, and what the pipeline learnt about it. */
export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
  entityLinks: EntityLinkRef[];
  mentions: Mention[];
  refusedMarkup: RefusedMarkup[];
}

/** The default GitHub schema, plus the attributes our own plugins add. */
const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    // The first className rule wins, so ours replaces GitHub's rather than following it.
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')),
      ['className', 'entity', 'data-footnote-backref'],
      'dataType',
      'dataEntity',
    ],
  },
};

/**
 * The one Markdown pipeline: the site, the CLI and the tests all render
 * through it. Raw HTML never reaches the output: remark-rehype drops it and
 * the sanitizer removes anything else unsafe; remark-refused-markup reports it
 * so the build can refuse the file.
 */
export function createMarkdownProcessor(options: Readonly<EntityLinksOptions>) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRefusedMarkup)
    .use(remarkEntityLinks, options)
    .use(remarkMentions)
    .use(remarkRehype)
    .use(rehypeSanitize, SANITIZE_SCHEMA)
    .use(rehypeSlug)
    .use(rehypeHeadingAnchors)
    .use(rehypeStringify)
    .freeze();
}

export type MarkdownProcessor = ReturnType<typeof createMarkdownProcessor>;

/** Renders one body; `firstLine` shifts line numbers to the file's own. */
export function renderMarkdown(processor: MarkdownProcessor, markdown: string, firstLine = 1): RenderedMarkdown {
  const file = new VFile({ value: markdown });
  const html = String(processor.processSync(file));
  const shift = <T extends { line: number }>(items: T[] = []) => items.map((item) => ({ ...item, line: item.line + firstLine - 1 }));
  return {
    html,
    headings: file.data.headings ?? [],
    entityLinks: shift(file.data.entityLinks),
    mentions: file.data.mentions ?? [],
    refusedMarkup: shift(file.data.refusedMarkup),
  };
}

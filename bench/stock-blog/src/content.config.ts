import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

/** The digests folder of the corpus the benchmark points CONTENT_DIR at. */
const base = pathToFileURL(join(process.env.CONTENT_DIR ?? 'content', 'digests'));

const posts = defineCollection({
  loader: glob({ pattern: '**/*.md', base }),
  // Only what the blog shows; the rest of the front matter is ignored.
  schema: z.object({
    title: z.string(),
    summary: z.string(),
    source: z.object({ outlet: z.string(), published: z.string() }),
  }),
});

export const collections = { posts };

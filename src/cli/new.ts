/**
 * `npm run new -- <kind> <id> [--from <source-file>] [--force]`: writes a
 * draft content file. For a digest, `--from` scaffolds it from the source
 * article (see src/lib/authoring/scaffold.ts). A refused request prints one
 * line, exits 1 and changes no file.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { AuthoringError, createContentFile, NEW_KINDS } from '../lib/authoring/new-file-fs.ts';
import { contentRoot } from '../lib/corpus-fs.ts';

const USAGE = `usage: npm run new -- <kind> <id> [--from <source-file>] [--force]   (kinds: ${NEW_KINDS.join(', ')})`;

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { from: { type: 'string' }, force: { type: 'boolean' }, content: { type: 'string' } },
  });
  const [kind, id, ...extra] = positionals;
  if (!kind || !id || extra.length) throw new AuthoringError(USAGE);
  const result = await createContentFile({
    kind,
    id,
    from: values.from,
    force: values.force,
    root: values.content ? resolve(values.content) : contentRoot(),
  });
  console.log(`wrote ${result.path} (draft: true): ${result.summary}`);
  console.log('next: replace every TODO, check with `npm run check`, then delete the draft line to publish');
} catch (error) {
  // parseArgs throws TypeErrors with a code for unknown or malformed options.
  const known = error instanceof AuthoringError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  if (!known) throw error;
  console.error(`new: ${(error as Error).message.split('\n')[0]}`);
  process.exitCode = 1;
}

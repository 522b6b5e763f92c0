/**
 * `npm run check`: validates every content file with the same parser the
 * site uses and prints each problem as `file:line field: message`.
 * Exit code 1 when there is any problem. With `--watch`, checks again on
 * every save and prints the new result.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { ParseResult } from '../lib/corpus.ts';
import { checkContent, contentRoot } from '../lib/corpus-fs.ts';
import { formatIssue } from '../lib/issues.ts';
import { KINDS, KIND_NAMES } from '../lib/kinds.ts';
import { watchContent } from '../lib/watch-fs.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, watch: { type: 'boolean' } } });
const root = values.content ? resolve(values.content) : contentRoot();

/** Prints a result; true when there were problems. */
function report({ corpus, issues, drafts }: ParseResult): boolean {
  for (const issue of issues) console.error(formatIssue(issue));
  const counts = KIND_NAMES.map((kind) => `${corpus[kind].length} ${KINDS[kind].collection}`).join(', ');
  const unpublished = drafts.length ? `; ${drafts.length} draft${drafts.length === 1 ? '' : 's'} (not published)` : '';
  if (issues.length) console.error(`\n${issues.length} problem${issues.length === 1 ? '' : 's'} found; valid so far: ${counts}${unpublished}`);
  else console.log(`content OK: ${counts}${unpublished}`);
  return issues.length > 0;
}

if (values.watch) {
  await watchContent(root, process.cwd(), ({ result, changed, ms }) => {
    const time = new Date().toTimeString().slice(0, 8);
    const what = changed.length ? `${changed.join(', ')} changed` : 'watching for changes';
    console.log(`\n[${time}] ${what}; checked in ${Math.round(ms)} ms`);
    report(result);
  });
} else if (report(await checkContent(root))) {
  process.exitCode = 1;
}

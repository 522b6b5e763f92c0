/**
 * `npm run check`: validates every content file with the same parser the
 * site uses and prints each problem as `file:line field: message`.
 * Exit code 1 when there is any problem.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { checkContent, contentRoot } from '../lib/corpus-fs.ts';
import { formatIssue } from '../lib/issues.ts';
import { KINDS, KIND_NAMES } from '../lib/kinds.ts';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const root = values.content ? resolve(values.content) : contentRoot();
const { corpus, issues } = await checkContent(root);

for (const issue of issues) console.error(formatIssue(issue));
const counts = KIND_NAMES.map((kind) => `${corpus[kind].length} ${KINDS[kind].collection}`).join(', ');
if (issues.length) {
  console.error(`\n${issues.length} problem${issues.length === 1 ? '' : 's'} found; valid so far: ${counts}`);
  process.exitCode = 1;
} else {
  console.log(`content OK: ${counts}`);
}

/**
 * `npm run bench:corpus -- --digests N --seed S [--out DIR]`: writes a
 * synthetic content tree and prints its path; with `--real`, the site's own
 * content with its digests cloned to N instead. Build the site from it with
 * `CONTENT_DIR=<path> npm run build`.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { defaultClonedDir, writeClonedCorpus } from './corpus/clone-real.ts';
import { defaultCorpusDir, writeCorpus } from './corpus/write.ts';

const { values } = parseArgs({
  options: {
    digests: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    real: { type: 'boolean', default: false },
  },
});

const digests = Number(values.digests);
if (!Number.isInteger(digests) || digests < 0) {
  console.error(`--digests must be a whole number, not "${values.digests}"`);
  process.exit(2);
}
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
let out: string;
if (values.real) {
  out = values.out ? resolve(values.out) : defaultClonedDir(digests);
  const { files } = await writeClonedCorpus(resolve('content'), out, digests);
  console.error(`${files} files (real content, digests cloned) in ${seconds()} s`);
} else {
  out = values.out ? resolve(values.out) : defaultCorpusDir(digests, values.seed);
  const { files, bytes } = await writeCorpus(out, { digests, seed: values.seed });
  console.error(`${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${seconds()} s`);
}
console.log(out);

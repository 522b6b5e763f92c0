/**
 * `npm run bench:corpus -- --digests N --seed S [--out DIR]`: writes a
 * synthetic content tree and prints its path. Build the site from it with
 * `CONTENT_DIR=<path> npm run build`.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { defaultCorpusDir, writeCorpus } from './corpus/write.ts';

const { values } = parseArgs({
  options: {
    digests: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});

const digests = Number(values.digests);
if (!Number.isInteger(digests) || digests < 0) {
  console.error(`--digests must be a whole number, not "${values.digests}"`);
  process.exit(2);
}
const out = values.out ? resolve(values.out) : defaultCorpusDir(digests, values.seed);
const started = performance.now();
const { files, bytes } = await writeCorpus(out, { digests, seed: values.seed });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.error(`${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${seconds} s`);
console.log(out);

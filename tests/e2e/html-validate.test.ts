/**
 * html-validate over every built page, with the project's configuration
 * (html-validate.config.mjs): zero errors.
 */
import { join } from 'node:path';
import { esmResolver, FlatConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { expect, test } from 'vitest';
import { DIST, htmlFiles } from '../support/built-site.ts';

test('every built page passes html-validate', async () => {
  const loader = FlatConfigLoader.fromDirectory(process.cwd(), [esmResolver()]);
  if (!loader) throw new Error('html-validate.config.mjs is missing');
  const validator = new HtmlValidate(loader);
  const files = htmlFiles();
  const problems: string[] = [];
  let errors = 0;
  for (const file of files) {
    const report = await validator.validateFile(join(DIST, file));
    for (const result of report.results) {
      for (const m of result.messages as Message[]) {
        if (m.severity === 2) errors++;
        problems.push(`dist/${file}:${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.ruleId}: ${m.message}`);
      }
    }
  }
  console.log(`html-validate: ${files.length} pages, ${errors} errors, ${problems.length - errors} warnings`);
  expect(files.length).toBeGreaterThan(0);
  expect(errors, problems.join('\n')).toBe(0);
});

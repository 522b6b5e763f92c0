/**
 * Prints one plain closing line per run, e.g. `unit: 112 passed, 0 failed`,
 * so that any CI can read the result without knowing vitest's output.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown> = []) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const projects = new Set<string>();
    for (const module of testModules) {
      projects.add(module.project.name);
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed' || state === 'failed') counts[state]++;
        else counts.skipped++;
      }
      // A file that failed to load, or whose setup failed and skipped its tests, counts as a failure too.
      const anyFailed = [...module.children.allTests()].some((test) => test.result().state === 'failed');
      if (module.state() === 'failed' && !anyFailed) counts.failed++;
    }
    const label = [...projects].join('+') || 'tests';
    const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
    // An error outside any test (an unhandled rejection) fails the run, so the line says so.
    const unhandled = unhandledErrors.length ? `, ${unhandledErrors.length} unhandled errors` : '';
    process.stdout.write(`\n${label}: ${counts.passed} passed, ${counts.failed} failed${skipped}${unhandled}\n`);
  }
}

import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { npmNodeOptions, parseBuildLog, parseDuration } from '../../../bench/build.ts';
import { lineCharts, niceScale } from '../../../bench/chart.ts';
import { packageOf, summarizeProfile } from '../../../bench/lib/profile.ts';
import { linearFit, median, percentile } from '../../../bench/lib/stats.ts';
import { table, withoutPaths } from '../../../bench/report.ts';
import { keystrokeLatencies } from '../../../bench/search/latency.ts';
import { sessionQueries } from '../../../bench/search/queries.ts';
import { inlineScriptBytes } from '../../../bench/weight.ts';

describe('stats', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);

  it('takes percentiles by nearest rank, whatever the input order', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('fits a line exactly through collinear points and less well otherwise', () => {
    const exact = linearFit([[1, 12], [5, 40], [10, 75]]);
    expect(exact.slope).toBeCloseTo(7);
    expect(exact.intercept).toBeCloseTo(5);
    expect(exact.r2).toBeCloseTo(1);
    expect(linearFit([[1, 10], [5, 20], [10, 90]]).r2).toBeLessThan(0.95);
  });
});

describe('keystrokeLatencies', () => {
  it('times each keystroke to the first render of its own query', () => {
    const keys = [{ t: 0, value: 'k' }, { t: 100, value: 'ka' }, { t: 200, value: 'kaz' }];
    const renders = [{ t: 12, query: 'k', count: 3 }, { t: 130, query: 'ka', count: 2 }, { t: 215, query: 'kaz', count: 1 }];
    expect(keystrokeLatencies(keys, renders)).toEqual({ latencies: [12, 30, 15], unpainted: 0 });
  });

  it('counts superseded keystrokes apart and does not time empty queries', () => {
    const keys = [{ t: 0, value: 'k' }, { t: 50, value: 'ka' }, { t: 400, value: '' }];
    const renders = [{ t: 300, query: 'ka', count: 2 }, { t: 410, query: '', count: 0 }];
    expect(keystrokeLatencies(keys, renders)).toEqual({ latencies: [250], unpainted: 1 });
  });

  it('does not credit a query typed twice with the earlier render', () => {
    const keys = [{ t: 0, value: 'a' }, { t: 100, value: '' }, { t: 200, value: 'a' }];
    const renders = [{ t: 10, query: 'a', count: 1 }];
    expect(keystrokeLatencies(keys, renders)).toEqual({ latencies: [10], unpainted: 1 });
  });

  it('ignores surrounding and repeated spaces when matching', () => {
    expect(keystrokeLatencies([{ t: 0, value: 'rail  corridor ' }], [{ t: 9, query: 'rail corridor', count: 1 }]).latencies).toEqual([9]);
  });
});

describe('sessionQueries', () => {
  it('scripts at least 20 queries in Latin, Cyrillic and Chinese script, most with an expected page', () => {
    const queries = sessionQueries('1');
    expect(queries.length).toBeGreaterThanOrEqual(20);
    expect(queries.some((q) => /\p{Script=Cyrillic}/u.test(q.text))).toBe(true);
    expect(queries.some((q) => /\p{Script=Han}/u.test(q.text))).toBe(true);
    expect(queries.filter((q) => q.expect).length).toBeGreaterThanOrEqual(20);
    for (const q of queries) if (q.expect) expect(q.expect).toMatch(/^\/(countries|actors|topics|events)\/[a-z0-9-]+\/$/);
    expect(sessionQueries('1')).toEqual(queries);
  });
});

describe('parseBuildLog', () => {
  it("reads the page count and Astro's phase timings", () => {
    const log = [
      '16:41:15 [types] Generated 19.35s',
      '16:41:25 [vite] ✓ built in 6.80s',
      '16:41:25 [vite] ✓ built in 115ms',
      ' generating static routes ',
      '16:41:37   ├─ /index.html (+75ms)',
      '16:41:37 ✓ Completed in 11.11s.',
      '16:41:37 [build] ✓ Completed in 18.88s.',
      '16:41:37 [build] 1486 page(s) built in 41.22s',
    ].join('\n');
    expect(parseBuildLog(log)).toEqual({ pages: 1486, images: 0, phases: { sync: 19.35, bundle: 6.8, render: 11.11 } });
  });

  it('counts the preview images written', () => {
    const log = [
      '  ├─ /og/site.png (+48ms) ',
      '  ├─ /digests/a/index.html (+3ms) ',
      '01:02:09 [kept-output] preview cards: 1493 files, 12 written',
    ].join('\n');
    expect(parseBuildLog(log).images).toBe(1494);
  });

  it('reads a bundle time given in milliseconds', () => {
    expect(parseBuildLog('[vite] ✓ built in 640ms').phases.bundle).toBeCloseTo(0.64);
  });

  it('reads durations over a minute', () => {
    expect(parseDuration('3m 8s')).toBe(188);
    expect(parseDuration('1m 21.5s')).toBe(81.5);
    expect(parseBuildLog('[types] Generated 3m 8s').phases.sync).toBe(188);
    expect(parseDuration('soon')).toBeUndefined();
  });
});

describe('chart', () => {
  it('picks tidy axis steps', () => {
    expect(niceScale(87)).toEqual({ max: 100, step: 20 });
    expect(niceScale(4.2)).toEqual({ max: 5, step: 1 });
  });

  it('draws one line per series with a legend, and escapes text', () => {
    const svg = lineCharts('Build <time>', 'desc & more', [
      {
        title: 'Time',
        xLabel: 'Digests',
        yLabel: 's',
        series: [
          { name: 'Ours', points: [[1000, 40], [5000, 150], [10000, 300]] },
          { name: 'Stock', points: [[1000, 15], [5000, 45], [10000, 90]] },
        ],
      },
    ]);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('<title id="chart-title">Build &lt;time&gt;</title>');
    expect(svg).toContain('desc &amp; more');
    expect(svg.match(/<path d="M/g)).toHaveLength(2);
    expect(svg).toContain('>Ours</text>');
    expect(svg).toContain('>Stock</text>');
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });
});

describe('profile summary', () => {
  it('names packages, project files and native frames', () => {
    expect(packageOf('file:///x/node_modules/@astrojs/compiler/dist/a.js')).toBe('@astrojs/compiler');
    expect(packageOf('file:///x/node_modules/micromark/lib/a.js')).toBe('micromark');
    expect(packageOf('file:///x/src/lib/graph.ts')).toBe('src/lib/graph.ts');
    expect(packageOf('file:///x/dist/.prerender/chunks/_id__CPyoSAqD.mjs')).toBe('built pages (_id_)');
    expect(packageOf('file:///x/dist/.prerender/prerender-entry.jmWJpsnf.mjs')).toBe('built pages (prerender-entry)');
    expect(packageOf('node:internal/modules/esm/utils')).toBe('node (built-in)');
    expect(packageOf('')).toBe('(native)');
  });

  it('adds up self time per package, largest first', () => {
    const summary = summarizeProfile(
      {
        nodes: [
          { id: 1, callFrame: { functionName: 'parse', url: 'file:///x/node_modules/micromark/a.js', lineNumber: 1 } },
          { id: 2, callFrame: { functionName: 'build', url: 'file:///x/src/lib/graph.ts', lineNumber: 1 } },
        ],
        samples: [1, 1, 2, 1],
        timeDeltas: [1000, 1000, 1000, 1000],
      },
    );
    expect(summary.totalMs).toBe(4);
    expect(summary.byPackage).toEqual([
      { name: 'micromark', ms: 3, share: 0.75 },
      { name: 'src/lib/graph.ts', ms: 1, share: 0.25 },
    ]);
    expect(summary.byFunction[0]!.name).toBe('parse (micromark)');
  });
});

describe('withoutPaths', () => {
  it('renames absolute paths in profile rows and leaves project-relative ones', () => {
    expect(withoutPaths('markTerms (/scratch/ours/dist/.prerender/chunks/_id__CPyoSAqD.mjs)')).toBe('markTerms (built pages (_id_))');
    expect(withoutPaths('/scratch/ours/dist/.prerender/chunks/server_DdO1NxuR.mjs')).toBe('built pages (server)');
    expect(withoutPaths('src/lib/markdown/mentions.ts')).toBe('src/lib/markdown/mentions.ts');
  });
});

describe('report table', () => {
  it('right-aligns columns of figures only', () => {
    expect(table(['Size', 'Time', 'Note'], [['1,000', '4.2 s', 'fine'], ['5,000', '–', 'slow']])).toBe(
      ['| Size | Time | Note |', '| --- | ---: | --- |', '| 1,000 | 4.2 s | fine |', '| 5,000 | – | slow |'].join('\n'),
    );
  });
});

describe('inlineScriptBytes', () => {
  it('counts inline module and classic scripts, not JSON-LD or external scripts', () => {
    const html = [
      '<script type="application/ld+json">{"@type":"Article"}</script>',
      '<script type="module">let a=1;</script>',
      '<script>b()</script>',
      '<script type="module" src="/_astro/x.js"></script>',
    ].join('');
    expect(inlineScriptBytes(html)).toBe('let a=1;'.length + 'b()'.length);
    expect(inlineScriptBytes('<p>no script</p>')).toBe(0);
  });
});

describe('node options', () => {
  it('are the ones npm gives the project’s scripts, and none where the project sets none', async () => {
    expect(await npmNodeOptions(join(import.meta.dirname, '../../..'))).toMatch(/^--max-semi-space-size=\d+$/);
    const bare = mkdtempSync(join(tmpdir(), 'npmrc-'));
    try {
      expect(await npmNodeOptions(bare)).toBeUndefined();
      writeFileSync(join(bare, '.npmrc'), '# a comment\nfund=false\n node-options = --max-old-space-size=100 \n');
      expect(await npmNodeOptions(bare)).toBe('--max-old-space-size=100');
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});

/**
 * Drives a search page in headless Chromium like a reader: types each query
 * one character at a time, then clears the box, and records when every
 * keystroke happened and when its results were painted.
 */
import type { Browser } from 'playwright-core';
import { percentile } from '../lib/stats.ts';
import { type Keystroke, keystrokeLatencies, type Render } from './latency.ts';
import type { SessionQuery } from './queries.ts';

/** A search page to measure. */
export interface SearchTarget {
  name: string;
  /** Absolute URL of the search page. */
  url: string;
  /** Selector of the search box on that page. */
  input: string;
  /** Selector of the result links, in rank order. */
  results: string;
}

export interface SessionOptions {
  /** CPU slowdown (1 = none, 4 = four times slower) via Emulation.setCPUThrottlingRate. */
  throttle: number;
  /** Pause between keystrokes, in milliseconds. */
  gapMs: number;
  /** Bytes the server has sent so far (see StaticServer.bytesSent). */
  bytesSent: () => number;
}

export interface SessionResult {
  target: string;
  throttle: number;
  keystrokes: number;
  /** Keystrokes whose results were never painted on their own (debounced or superseded). */
  unpainted: number;
  /** Keystroke → `search:painted` mark, in ms. */
  p50: number;
  p95: number;
  max: number;
  /** Keystroke → the end of the frame that set the mark (after its style, layout and paint). */
  frameP50: number;
  frameP95: number;
  /** Long tasks (over 50 ms) on the main thread while typing. */
  longTasks: { count: number; totalMs: number; maxMs: number };
  /** Long tasks while the page loaded, before typing began. */
  loadLongTasks: { count: number; maxMs: number };
  /** Bytes over the wire (gzip where compressible) by the load event, by the first painted result, and in all. */
  bytes: { load: number; firstResult: number; total: number };
  /** How many entity queries put the expected page first. */
  top1: { hits: number; of: number };
}

interface PageRecord {
  keys: Keystroke[];
  renders: Array<Render & { frame: number }>;
  longtasks: Array<{ start: number; duration: number }>;
}

/** Installed before any page script: records input, renders and long tasks. */
const INIT_SCRIPT = `(() => {
  const b = (window.__bench = { keys: [], renders: [], longtasks: [] });
  let keydown = null;
  addEventListener('keydown', (e) => { keydown = e.timeStamp; }, true);
  addEventListener('input', (e) => {
    if (!(e.target instanceof HTMLInputElement)) return;
    // Characters typed without a key event (CJK, Cyrillic) only fire input.
    const t = keydown !== null && e.timeStamp - keydown < 100 ? keydown : e.timeStamp;
    keydown = null;
    b.keys.push({ t, value: e.target.value });
  }, true);
  document.addEventListener('search:rendered', (e) => {
    const marks = performance.getEntriesByName('search:painted', 'mark');
    const t = marks.length ? marks[marks.length - 1].startTime : performance.now();
    const query = String(e.detail?.query ?? '');
    const count = Number(e.detail?.count ?? 0);
    // The mark is set in an animation-frame callback; a message posted from
    // there is handled once that frame's style, layout and paint are done.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      b.renders.push({ t, frame: performance.now(), query, count });
      if (query.trim() && window.__benchFirstResult) window.__benchFirstResult();
    };
    channel.port2.postMessage(0);
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pathOf = (href: string | null, base: string) => (href ? new URL(href, base).pathname : '');

/** Runs one typing session against one search page. */
export async function runSession(browser: Browser, target: SearchTarget, queries: readonly SessionQuery[], options: SessionOptions): Promise<SessionResult> {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const start = options.bytesSent();
    const bytes = () => options.bytesSent() - start;
    let firstResult: number | undefined;
    await page.exposeFunction('__benchFirstResult', () => (firstResult ??= bytes()));
    if (options.throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.throttle });
    await page.addInitScript(INIT_SCRIPT);

    await page.goto(target.url, { waitUntil: 'load' });
    const loadBytes = bytes();
    await page.waitForSelector(target.input, { state: 'visible' });
    // Let deferred page work settle, as a reader would take a moment before typing.
    await sleep(1000);
    const sessionStart = await page.evaluate(() => performance.now());
    await page.focus(target.input);

    let hits = 0;
    let of = 0;
    for (const query of queries) {
      for (const ch of query.text) {
        await page.keyboard.type(ch);
        await sleep(options.gapMs);
      }
      await page.waitForFunction(
        (text) => {
          const b = (window as unknown as { __bench: PageRecord }).__bench;
          const last = b.keys[b.keys.length - 1];
          return !!last && b.renders.some((r) => r.t >= last.t && r.query.trim() === text);
        },
        query.text.trim(),
        { polling: 50, timeout: 20_000 },
      );
      if (query.expect) {
        of++;
        const href = await page.$eval(target.results, (a) => a.getAttribute('href')).catch(() => null);
        if (pathOf(href, target.url) === query.expect) hits++;
      }
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await sleep(options.gapMs * 3);
    }
    await sleep(500);
    const record = await page.evaluate(() => (window as unknown as { __bench: PageRecord }).__bench);
    const keys = record.keys.filter((k) => k.t >= sessionStart);
    const marked = keystrokeLatencies(keys, record.renders);
    const framed = keystrokeLatencies(keys, record.renders.map((r) => ({ ...r, t: r.frame })));
    const during = record.longtasks.filter((t) => t.start >= sessionStart);
    const atLoad = record.longtasks.filter((t) => t.start < sessionStart);
    return {
      target: target.name,
      throttle: options.throttle,
      keystrokes: keys.filter((k) => k.value.trim()).length,
      unpainted: marked.unpainted,
      p50: percentile(marked.latencies, 50),
      p95: percentile(marked.latencies, 95),
      max: Math.max(...marked.latencies),
      frameP50: percentile(framed.latencies, 50),
      frameP95: percentile(framed.latencies, 95),
      longTasks: {
        count: during.length,
        totalMs: during.reduce((s, t) => s + t.duration, 0),
        maxMs: Math.max(0, ...during.map((t) => t.duration)),
      },
      loadLongTasks: { count: atLoad.length, maxMs: Math.max(0, ...atLoad.map((t) => t.duration)) },
      bytes: { load: loadBytes, firstResult: firstResult ?? Number.NaN, total: bytes() },
      top1: { hits, of },
    };
  } finally {
    await context.close();
  }
}

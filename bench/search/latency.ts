/** Pairs keystrokes with the results painted for them. Pure, so it is unit-tested. */

/** A keystroke: when the browser created the input event, and the box's value after it. */
export interface Keystroke {
  t: number;
  value: string;
}

/** A painted result list: when it reached the screen and for which query. */
export interface Render {
  t: number;
  query: string;
  count: number;
}

export interface KeystrokeLatencies {
  /** Milliseconds from each painted keystroke to its results, in typing order. */
  latencies: number[];
  /** Keystrokes whose own results were never painted (debounced or superseded). */
  unpainted: number;
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ');

/**
 * For each keystroke, the first render of the same query at or after it and
 * before that query is typed again. Empty queries are not timed.
 */
export function keystrokeLatencies(keys: readonly Keystroke[], renders: readonly Render[]): KeystrokeLatencies {
  const latencies: number[] = [];
  let unpainted = 0;
  keys.forEach((key, i) => {
    const query = norm(key.value);
    if (!query) return;
    const retyped = keys.slice(i + 1).find((k) => norm(k.value) === query)?.t ?? Infinity;
    const render = renders.find((r) => r.t >= key.t && r.t < retyped && norm(r.query) === query);
    if (render) latencies.push(render.t - key.t);
    else unpainted++;
  });
  return { latencies, unpainted };
}

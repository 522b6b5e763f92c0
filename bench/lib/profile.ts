/** Summarizes a V8 CPU profile (`node --cpu-prof`) by package and by function. */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileRow {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  byPackage: ProfileRow[];
  byFunction: ProfileRow[];
}

/**
 * Where a frame's code comes from, without machine paths: "micromark",
 * "@astrojs/compiler", "src/lib/graph.ts", "built pages (server)",
 * "node (built-in)", "(native)".
 */
export function packageOf(url: string): string {
  if (!url) return '(native)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.startsWith('node:')) return 'node (built-in)';
  if (url.startsWith('wasm:')) return 'WebAssembly';
  const path = url.replace(/^file:\/\//, '');
  // Astro's bundle of the pages, named like "_id__CPyoSAqD.mjs": drop the hash.
  if (path.includes('/.prerender/')) return `built pages (${path.split('/').pop()!.replace(/[._][\w-]{8}\.mjs$/, '')})`;
  const src = path.lastIndexOf('/src/');
  return src >= 0 ? path.slice(src + 1) : path.split('/').pop()!;
}

/** Self time per package and per function, largest first. */
export function summarizeProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfTime = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    selfTime.set(id, (selfTime.get(id) ?? 0) + dt);
    total += dt;
  });
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, t] of selfTime) {
    const frame = nodes.get(id)!.callFrame;
    const pkg = packageOf(frame.url);
    const fn = `${frame.functionName || '(anonymous)'} (${pkg})`;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + t);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + t);
  }
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: total ? us / total : 0 }));
  return { totalMs: total / 1000, byPackage: rows(byPackage), byFunction: rows(byFunction) };
}

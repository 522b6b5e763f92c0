import { Resvg, renderAsync } from '@resvg/resvg-js';
import { previewSvg } from '../src/lib/seo/preview-image-fs.ts';
const card = (n: number) => ({ siteName: 'Central Asia Security Digest', label: `Digest · Outlet ${n}`, title: `Card number ${n} of a batch about things`, summary: `Summary ${n}: officials confirm a post near the Wakhan corridor.`, host: 'example.org' });
const gc = (globalThis as any).gc as () => void;
const mode = process.argv[2];
const mb = (n: number) => (n / 2 ** 20).toFixed(0);
const opts = { fitTo: { mode: 'width' as const, value: 1200 }, font: { loadSystemFonts: false }, logLevel: 'off' as const };
const t = performance.now();
for (let i = 1; i <= 300; i++) {
  const svg = previewSvg(card(i));
  if (mode === 'async') { await (await renderAsync(svg, opts)).asPng(); }
  else if (mode === 'renderonly') { new Resvg(svg, opts).render(); }
  else if (mode === 'small') { new Resvg(svg, { ...opts, fitTo: { mode: 'width', value: 600 } }).render().asPng(); }
  if (i % 8 === 0) gc();
  if (i % 100 === 0) { const m = process.memoryUsage(); console.log(mode, i, 'rss', mb(m.rss), ((performance.now() - t) / i).toFixed(1), 'ms'); }
}

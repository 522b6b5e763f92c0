/**
 * A small SVG line-chart writer for the benchmark report: no dependencies,
 * deterministic output, readable in GitHub's Markdown view and in print
 * (series differ by dash and marker as well as colour).
 */

export interface Series {
  name: string;
  points: ReadonlyArray<readonly [x: number, y: number]>;
}

export interface Panel {
  title: string;
  xLabel: string;
  yLabel: string;
  series: readonly Series[];
  /** Formats an x value on the axis, e.g. 10000 → "10k". */
  formatX?: (x: number) => string;
}

const STYLES = [
  { color: '#1f5fa8', dash: '', marker: 'circle' },
  { color: '#b5462f', dash: '6 4', marker: 'square' },
  { color: '#2e7d32', dash: '2 3', marker: 'diamond' },
] as const;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const round = (n: number) => Math.round(n * 10) / 10;

/** A tidy axis maximum and step: 1, 2 or 5 times a power of ten. */
export function niceScale(max: number, ticks = 5): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 0.2 };
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return { max: Math.ceil(max / step) * step, step };
}

function marker(kind: string, x: number, y: number, color: string): string {
  if (kind === 'square') return `<rect x="${round(x - 4)}" y="${round(y - 4)}" width="8" height="8" fill="${color}"/>`;
  if (kind === 'diamond') return `<path d="M${round(x)} ${round(y - 5)}L${round(x + 5)} ${round(y)}L${round(x)} ${round(y + 5)}L${round(x - 5)} ${round(y)}Z" fill="${color}"/>`;
  return `<circle cx="${round(x)}" cy="${round(y)}" r="4" fill="${color}"/>`;
}

function panel(p: Panel, left: number, width: number, height: number): string {
  const m = { top: 40, right: 20, bottom: 70, left: 64 };
  const w = width - m.left - m.right;
  const h = height - m.top - m.bottom;
  const xs = p.series.flatMap((s) => s.points.map(([x]) => x));
  const ys = p.series.flatMap((s) => s.points.map(([, y]) => y));
  const xMax = Math.max(...xs);
  const y = niceScale(Math.max(...ys));
  const px = (x: number) => left + m.left + (x / xMax) * w;
  const py = (v: number) => m.top + h - (v / y.max) * h;
  const fmt = p.formatX ?? String;
  const out: string[] = [];
  out.push(`<text x="${left + m.left}" y="22" class="title">${escapeXml(p.title)}</text>`);
  for (let v = 0; v <= y.max + y.step / 2; v += y.step) {
    const yy = round(py(v));
    out.push(`<line x1="${left + m.left}" x2="${left + m.left + w}" y1="${yy}" y2="${yy}" class="grid"/>`);
    out.push(`<text x="${left + m.left - 8}" y="${yy + 4}" text-anchor="end">${round(v)}</text>`);
  }
  for (const x of [...new Set(xs)].sort((a, b) => a - b)) {
    out.push(`<text x="${round(px(x))}" y="${m.top + h + 18}" text-anchor="middle">${escapeXml(fmt(x))}</text>`);
  }
  out.push(`<line x1="${left + m.left}" x2="${left + m.left + w}" y1="${m.top + h}" y2="${m.top + h}" class="axis"/>`);
  out.push(`<line x1="${left + m.left}" x2="${left + m.left}" y1="${m.top}" y2="${m.top + h}" class="axis"/>`);
  out.push(`<text x="${left + m.left + w / 2}" y="${m.top + h + 40}" text-anchor="middle">${escapeXml(p.xLabel)}</text>`);
  out.push(`<text transform="translate(${left + 16} ${m.top + h / 2}) rotate(-90)" text-anchor="middle">${escapeXml(p.yLabel)}</text>`);
  p.series.forEach((s, i) => {
    const style = STYLES[i % STYLES.length]!;
    const sorted = [...s.points].sort((a, b) => a[0] - b[0]);
    const d = sorted.map(([x, v], j) => `${j ? 'L' : 'M'}${round(px(x))} ${round(py(v))}`).join('');
    out.push(`<path d="${d}" fill="none" stroke="${style.color}" stroke-width="2.5"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`);
    for (const [x, v] of sorted) out.push(marker(style.marker, px(x), py(v), style.color));
    const lx = left + m.left + i * 170;
    const ly = m.top + h + 60;
    out.push(`<line x1="${lx}" x2="${lx + 24}" y1="${ly - 4}" y2="${ly - 4}" stroke="${style.color}" stroke-width="2.5"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`);
    out.push(marker(style.marker, lx + 12, ly - 4, style.color));
    out.push(`<text x="${lx + 30}" y="${ly}">${escapeXml(s.name)}</text>`);
  });
  return out.join('\n');
}

/** Panels side by side in one SVG, with a text description for screen readers. */
export function lineCharts(title: string, description: string, panels: readonly Panel[], panelWidth = 460, height = 340): string {
  const width = panelWidth * panels.length;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif" font-size="12">
<title id="chart-title">${escapeXml(title)}</title>
<desc id="chart-desc">${escapeXml(description)}</desc>
<style>.title{font-size:14px;font-weight:600}.grid{stroke:#ddd}.axis{stroke:#444}text{fill:#222}</style>
<rect width="100%" height="100%" fill="#fff"/>
${panels.map((p, i) => panel(p, i * panelWidth, panelWidth, height)).join('\n')}
</svg>
`;
}

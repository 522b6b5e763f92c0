/**
 * Country names on the map that do not run into each other. On a phone the
 * map shrinks to a third of its width while names must stay readable, so
 * they are drawn larger relative to the map and neighbours such as
 * Kyrgyzstan and Tajikistan would overlap. Names are placed one by one, most
 * important first, each at its country's centre or, if that collides, at the
 * nearest free spot a line above or below; a name with no free spot is left
 * out (the list beside the map names every country).
 */

/** A name to place, at its country's centre in map units. */
export interface LabelRequest {
  id: string;
  text: string;
  x: number;
  y: number;
}

export interface LabelBox {
  x: number;
  /** Baseline, as SVG text is placed. */
  y: number;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Positions for `labels` (given most important first) in a frame of
 * `width` × `height` map units, drawn `fontSize` high with characters about
 * `charWidth` wide. Labels left out are absent from the result.
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  { width, height, fontSize, charWidth, padding = 4 }: { width: number; height: number; fontSize: number; charWidth: number; padding?: number },
): Map<string, LabelBox> {
  const placed: Box[] = [];
  const result = new Map<string, LabelBox>();
  // A line and a bit: the boxes of two neighbouring offsets must not overlap each other.
  const step = fontSize * 1.3;
  const offsets = [0, -step, step, -2 * step, 2 * step];
  for (const label of labels) {
    const half = (label.text.length * charWidth) / 2 + padding;
    const x = Math.min(Math.max(label.x, half), width - half);
    for (const dy of offsets) {
      // Text is centred on x and sits on its baseline; the box covers ascent and a little descent.
      const y = Math.min(Math.max(label.y + dy, fontSize + padding), height - padding);
      const box = { left: x - half, right: x + half, top: y - fontSize, bottom: y + fontSize * 0.25 };
      if (placed.some((p) => overlaps(p, box))) continue;
      placed.push(box);
      result.set(label.id, { x: Math.round(x), y: Math.round(y) });
      break;
    }
  }
  return result;
}

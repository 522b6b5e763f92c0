/**
 * A PNG reader for the tests: enough of the format to read back the site's
 * own palette cards as RGB, and nothing the site needs.
 */
import { inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  /** PNG colour type: 3 is palette. */
  colorType: number;
  /** Three bytes a pixel. */
  rgb: Uint8Array;
}

/** Decodes an 8-bit palette PNG whose rows all use filter 0, as the card encoder writes them; throws on anything else. */
export function decodePalettePng(png: Uint8Array): DecodedPng {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let width = 0;
  let height = 0;
  let colorType = -1;
  let palette: Uint8Array = new Uint8Array(0);
  const data: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      colorType = body[9]!;
      if (body[8] !== 8 || colorType !== 3) throw new Error(`not an 8-bit palette PNG (depth ${body[8]}, colour type ${colorType})`);
    }
    if (type === 'PLTE') palette = body;
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    if (rows[y * (width + 1)] !== 0) throw new Error(`row ${y} uses filter ${rows[y * (width + 1)]}, not 0`);
    for (let x = 0; x < width; x++) {
      const index = rows[y * (width + 1) + 1 + x]!;
      rgb.set(palette.subarray(index * 3, index * 3 + 3), (y * width + x) * 3);
    }
  }
  return { width, height, colorType, rgb };
}

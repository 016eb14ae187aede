// PNG files made smaller: Chromium writes every screenshot in full colour with quick compression, but
// a flat picture (an icon, a preview card: two colours and the soft edges between them) needs no more
// than a small palette. Its most used colours are kept exactly; a rarer edge shade takes the nearest
// of them (a difference of a few levels, unseen), and the file is packed at zlib's best.
import { deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The chunks of a PNG, in order. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  const found = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    found.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return found;
}

/** Width, height and RGBA pixels of an 8-bit RGB, RGBA or palette PNG, not interlaced (what Chromium and smallerPng write). */
export function decodePng(png: Buffer): { width: number; height: number; rgba: Buffer } {
  const all = chunks(png);
  const header = all.find((c) => c.type === 'IHDR')!.data;
  const [width, height, depth, colourType, interlace] = [header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9], header[12]];
  if (depth !== 8 || ![2, 3, 6].includes(colourType!) || interlace !== 0) throw new Error(`PNG of bit depth ${depth}, colour type ${colourType}, interlace ${interlace}: only 8-bit RGB, RGBA or palette, not interlaced, is read`);
  const channels = { 2: 3, 3: 1, 6: 4 }[colourType as 2 | 3 | 6];
  const raw = inflateSync(Buffer.concat(all.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const prior = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[x - channels]! : 0;
      const b = prior[x]!;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const c = x >= channels ? prior[x - channels]! : 0;
        const pa = Math.abs(b - c);
        const pb = Math.abs(a - c);
        const pc = Math.abs(a + b - 2 * c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`PNG line ${y} has unknown filter ${filter}`);
      out[x] = (line[x]! + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: pixels };
  const rgba = Buffer.alloc(width * height * 4, 255);
  if (channels === 3) {
    for (let i = 0; i < width * height; i++) for (let k = 0; k < 3; k++) rgba[i * 4 + k] = pixels[i * 3 + k]!;
  }
  else {
    const palette = all.find((c) => c.type === 'PLTE')!.data;
    const alpha = all.find((c) => c.type === 'tRNS')?.data ?? Buffer.alloc(0);
    pixels.forEach((i, at) => {
      palette.copy(rgba, at * 4, i * 3, i * 3 + 3);
      rgba[at * 4 + 3] = alpha[i] ?? 255;
    });
  }
  return { width, height, rgba };
}

/** The nearest of `colours` to `colour` (RGBA packed in a number), by the sum of squared differences. */
function nearest(colour: number, colours: number[]): number {
  let best = 0;
  let bestDistance = Infinity;
  colours.forEach((other, i) => {
    let distance = 0;
    for (let shift = 0; shift < 32; shift += 8) distance += (((colour >>> shift) & 0xff) - ((other >>> shift) & 0xff)) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  return best;
}

/**
 * The picture with a palette of its `colourCount` most used colours (at most 256), when that file is
 * smaller. Two colours and their soft edges look the same with 32: the edge between them in 30 shades.
 */
export function smallerPng(png: Buffer, colourCount: number): Buffer {
  if (colourCount < 2 || colourCount > 256) throw new RangeError(`a palette holds 2 to 256 colours, not ${colourCount}`);
  const { width, height, rgba } = decodePng(png);
  // Pixels as RGBA numbers; a flat picture is mostly runs of one colour, counted a run at a time.
  const pixels = new Uint32Array(width * height);
  for (let i = 0, at = 0; i < pixels.length; i++, at += 4) pixels[i] = ((rgba[at]! << 24) | (rgba[at + 1]! << 16) | (rgba[at + 2]! << 8) | rgba[at + 3]!) >>> 0;
  const uses = new Map<number, number>();
  for (let i = 0; i < pixels.length; ) {
    const colour = pixels[i]!;
    let end = i + 1;
    while (end < pixels.length && pixels[end] === colour) end++;
    uses.set(colour, (uses.get(colour) ?? 0) + end - i);
    i = end;
  }
  const colours = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)!).slice(0, colourCount);
  const index = new Map([...uses.keys()].map((colour) => [colour, nearest(colour, colours)]));
  const indexed = Buffer.alloc((width + 1) * height);
  // Each line starts with its filter, 0 (none): the best for a palette.
  let last = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const colour = pixels[y * width + x]!;
      if (colour !== last) [last, lastIndex] = [colour, index.get(colour)!];
      indexed[y * (width + 1) + 1 + x] = lastIndex;
    }
  }
  const palette = Buffer.alloc(colours.length * 3);
  const alpha = Buffer.alloc(colours.length);
  colours.forEach((colour, i) => {
    palette.writeUIntBE(colour >>> 8, i * 3, 3);
    alpha[i] = colour & 0xff;
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  const opaque = alpha.every((a) => a === 255);
  const lastSeeThrough = alpha.findLastIndex((a) => a !== 255);
  const written = Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', palette),
    ...(opaque ? [] : [chunk('tRNS', alpha.subarray(0, lastSeeThrough + 1))]),
    chunk('IDAT', deflateSync(indexed, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return written.length < png.length ? written : png;
}
